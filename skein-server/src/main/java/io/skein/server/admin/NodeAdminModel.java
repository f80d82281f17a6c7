package io.skein.server.admin;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.skein.core.Clock;
import io.skein.engine.Engine;
import io.skein.routing.pool.TopologyHolder;
import io.skein.server.ServerContext;
import io.skein.server.cluster.ClusterStats;
import io.skein.server.commands.Versions;
import java.util.Map;

/**
 * The node's {@link AdminModel}: the topology holder the dispatcher plans against, the node's
 * metrics registry, and {@code /info} read from the {@link ServerContext}'s counters.
 */
public final class NodeAdminModel implements AdminModel {

  private final String nodeName;
  private final TopologyHolder topology;
  private final PrometheusRegistry registry;
  private final ServerContext context;
  private final Clock clock;

  /**
   * @param nodeName how logs and {@code /info}'s {@code source} name the node
   * @param topology the holder whose pools requests are planned against
   * @param registry the registry {@link NodeMetrics#register} filled
   * @param context the node's shared state, for connection and key counts
   * @param clock the node's clock, for uptime and the timestamp
   */
  public NodeAdminModel(String nodeName, TopologyHolder topology, PrometheusRegistry registry,
      ServerContext context, Clock clock) {
    this.nodeName = nodeName;
    this.topology = topology;
    this.registry = registry;
    this.context = context;
    this.clock = clock;
  }

  /** The figures {@link NodeMetrics} reads at scrape time, from {@code context}. */
  public static NodeMetrics.Sources sources(ServerContext context) {
    return new NodeMetrics.Sources(
        context.commandsProcessed::sum,
        () -> context.clients().size(),
        context.connectionsReceived::sum,
        () -> keys(context.engine()),
        () -> context.engine().keyspace().stats().usedMemory.sum(),
        () -> context.cluster() == null ? ClusterStats.NONE : context.cluster().stats());
  }

  @Override
  public java.util.OptionalDouble phi(int index) {
    return context.cluster() == null ? java.util.OptionalDouble.empty()
        : context.cluster().phi(index);
  }

  @Override
  public String nodeName() {
    return nodeName;
  }

  @Override
  public TopologyHolder topology() {
    return topology;
  }

  @Override
  public PrometheusRegistry registry() {
    return registry;
  }

  @Override
  public NodeInfo info() {
    long now = clock.millis();
    Engine engine = context.engine();
    long clients = context.clients().size();
    return new NodeInfo(nodeName, Versions.SKEIN, (now - context.startMillis()) / 1000,
        now / 1000, context.connectionsReceived.sum(), clients,
        Map.of("client_connections", clients,
            "client_requests", context.commandsProcessed.sum(),
            "client_rejected_connections", context.rejectedConnections.sum()),
        "embedded",
        Map.of("keys", keys(engine),
            "used_memory", engine.keyspace().stats().usedMemory.sum()));
  }

  private static long keys(Engine engine) {
    long keys = 0;
    for (int i = 0; i < engine.keyspace().databaseCount(); i++) {
      keys += engine.keyspace().database(i).size();
    }
    return keys;
  }
}
