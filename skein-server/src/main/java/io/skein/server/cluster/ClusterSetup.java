package io.skein.server.cluster;

import io.skein.membership.gossip.FailureMetrics;
import io.skein.routing.pool.TopologyHolder;
import io.skein.transport.PeerTransport;
import io.skein.transport.membership.MembershipSettings;
import java.util.Optional;

/**
 * What a node needs to join the cluster: the topology it starts from (validated for coverage
 * when the pool was built), the peer transport to reach the other nodes, and how to run
 * membership (failure detection, lifecycle, split-brain resolver) over it.
 *
 * @param topology the ring, whose peer states the failure detector keeps
 * @param transport the peer transport, not yet started
 * @param timeoutMillis how long a client waits for its consistency level ({@code timeout})
 * @param membership how membership runs; empty runs the static topology with no failure
 *     detection ({@code enable_gossip: false})
 * @param failureMetrics where the failure detector reports (Prometheus on a real node)
 * @param whenDowned what this node does once the split-brain resolver downs it
 */
public record ClusterSetup(TopologyHolder topology, PeerTransport transport, long timeoutMillis,
    Optional<MembershipSettings> membership, FailureMetrics failureMetrics,
    WhenDowned whenDowned) {

  public ClusterSetup {
    if (timeoutMillis <= 0) {
      throw new IllegalArgumentException("timeout: " + timeoutMillis + " (expected: > 0 ms)");
    }
  }

  /** The data plane only, over a static topology. */
  public ClusterSetup(TopologyHolder topology, PeerTransport transport, long timeoutMillis) {
    this(topology, transport, timeoutMillis, Optional.empty(), FailureMetrics.NONE,
        WhenDowned.DEFAULT);
  }
}
