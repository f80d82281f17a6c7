package io.skein.server.admin;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.skein.routing.pool.TopologyHolder;

/**
 * What the admin endpoints read and change: the seam between {@link AdminHttpServer} and the
 * node. {@link NodeAdminModel} is the node's; a test may supply its own.
 *
 * <p>Contract: every method may be called from the admin event loop at any time, so
 * implementations are thread-safe and answer without blocking (a scrape reads counters, it
 * does not wait for them).
 */
public interface AdminModel {

  /** How logs name this node, e.g. {@code dc1-r1-n1}. */
  String nodeName();

  /** The failure detector's phi for peer {@code index}; empty where nothing watches it. */
  default java.util.OptionalDouble phi(int index) {
    return java.util.OptionalDouble.empty();
  }

  /**
   * The current topology: {@code /cluster_describe}, {@code /ring} and
   * {@code /get_consistency} read it; {@code /set_consistency} changes it through
   * {@link TopologyHolder#updateConsistency}, which takes effect for the next request.
   */
  TopologyHolder topology();

  /** The fields of {@code /info}, read when it is asked for. */
  NodeInfo info();

  /** The metrics {@code /metrics} exposes. */
  PrometheusRegistry registry();
}
