package io.skein.server.admin;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.skein.routing.dispatch.ClusterDispatcher;
import io.skein.routing.topology.PeerState;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.server.cluster.ClusterStats;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Skein's Prometheus metrics; docs/operations.md lists them. Server-wide figures are read from
 * {@link Sources} at scrape time; the cluster's are pushed through plain methods, so the
 * membership module (which cannot see the server) is adapted to them by whoever wires it.
 *
 * <p>Thread-safe; every update is a lock-free counter or gauge write.
 */
public final class NodeMetrics {

  public static final String COMMANDS = "skein_commands_total";
  public static final String CONNECTED_CLIENTS = "skein_connected_clients";
  public static final String CONNECTIONS_RECEIVED = "skein_connections_received_total";
  public static final String KEYS = "skein_keys";
  public static final String USED_MEMORY = "skein_used_memory_bytes";
  public static final String REPLICA_WRITES = "skein_replica_writes_applied_total";
  public static final String RETRIES_PENDING = "skein_replication_retries_pending";
  public static final String RETRIES_GAVE_UP = "skein_replication_retries_gave_up_total";
  public static final String READ_REPAIRS = "skein_replication_read_repairs_total";
  public static final String LEVEL_FAILURES = "skein_consistency_level_failures_total";
  public static final String SHADOW_DISAGREEMENTS = "distribution_shadow_disagreement_total";
  public static final String PEER_STATE_TRANSITIONS = "peer_state_transitions_total";
  public static final String PEER_STATE = "peer_state_current";
  public static final String PHI = "gossip_phi_score";

  /**
   * Where the server-wide figures come from, each read at scrape time.
   *
   * @param commands commands processed since start
   * @param connectedClients client connections open now
   * @param connectionsReceived client connections accepted since start
   * @param keys keys in the engine, every database
   * @param usedMemoryBytes the engine's estimate of its keys' and values' bytes
   */
  public record Sources(LongSupplier commands, LongSupplier connectedClients,
      LongSupplier connectionsReceived, LongSupplier keys, LongSupplier usedMemoryBytes,
      Supplier<ClusterStats> cluster) {}

  private final Counter peerStateTransitions;
  private final Gauge peerState;
  private final Gauge phi;

  private NodeMetrics(Counter peerStateTransitions, Gauge peerState, Gauge phi) {
    this.peerStateTransitions = peerStateTransitions;
    this.peerState = peerState;
    this.phi = phi;
  }

  /** Registers every metric in {@code registry}; call once per registry. */
  public static NodeMetrics register(PrometheusRegistry registry, Sources sources) {
    registerFigures(registry, sources);
    return registerPeers(registry);
  }

  /** Registers the node's figures, read from {@code sources} at scrape time. */
  public static void registerFigures(PrometheusRegistry registry, Sources sources) {
    counter(registry, COMMANDS, "Commands processed", sources.commands());
    gauge(registry, CONNECTED_CLIENTS, "Client connections open", sources.connectedClients());
    counter(registry, CONNECTIONS_RECEIVED, "Client connections accepted",
        sources.connectionsReceived());
    gauge(registry, KEYS, "Keys in this node's engine", sources.keys());
    gauge(registry, USED_MEMORY, "Engine's estimate of its keys' and values' bytes",
        sources.usedMemoryBytes());
    counter(registry, SHADOW_DISAGREEMENTS,
        "Keys whose owner under distribution_shadow differs from the real distribution",
        ClusterDispatcher::distributionShadowDisagreementTotal);
    Supplier<ClusterStats> c = sources.cluster();
    counter(registry, REPLICA_WRITES, "Commands this node applied as a replica",
        () -> c.get().replicaWritesApplied());
    gauge(registry, RETRIES_PENDING,
        "Writes waiting to reach a replica (failed sends, hints for peers that are down)",
        () -> c.get().retriesPending());
    counter(registry, RETRIES_GAVE_UP,
        "Writes given up after the retry window or because the retry queue was full",
        () -> c.get().retriesGaveUp());
    counter(registry, READ_REPAIRS, "Stale replicas repaired after a quorum read",
        () -> c.get().readRepairs());
    counter(registry, LEVEL_FAILURES, "Client commands answered with a consistency-level error",
        () -> c.get().levelFailures());
  }

  /** Registers the failure detector's per-peer metrics, fed through {@link #failureMetrics}. */
  public static NodeMetrics registerPeers(PrometheusRegistry registry) {
    return new NodeMetrics(
        Counter.builder().name(PEER_STATE_TRANSITIONS)
            .help("Peer state changes applied by the failure detector, by peer and new state")
            .labelNames("peer", "state").register(registry),
        Gauge.builder().name(PEER_STATE)
            .help("Each peer's state: 0 normal, 1 down, 2 joining, 3 leaving")
            .labelNames("peer").register(registry),
        Gauge.builder().name(PHI)
            .help("Each peer's phi-accrual suspicion at the last evaluation")
            .labelNames("peer").register(registry));
  }

  private static void counter(PrometheusRegistry r, String name, String help, LongSupplier s) {
    CounterWithCallback.builder().name(name).help(help)
        .callback(cb -> cb.call(s.getAsLong())).register(r);
  }

  private static void gauge(PrometheusRegistry r, String name, String help, LongSupplier s) {
    GaugeWithCallback.builder().name(name).help(help)
        .callback(cb -> cb.call(s.getAsLong())).register(r);
  }

  /** The failure detector's reports, as these metrics. */
  public FailureMetrics failureMetrics() {
    return new FailureMetrics() {
      @Override
      public void transition(String peer, PeerState to) {
        peerStateTransition(peer, FailureMetrics.stateLabel(to));
      }

      @Override
      public void state(String peer, PeerState state) {
        peerState(peer, state);
      }

      @Override
      public void phi(String peer, double value) {
        NodeMetrics.this.phi(peer, value);
      }
    };
  }

  /** A peer's state changed to {@code state} (a name such as {@code down}). */
  public void peerStateTransition(String peer, String state) {
    peerStateTransitions.labelValues(peer, state).inc();
  }

  /** A peer's current state as a code: 0 normal, 1 down, 2 joining, 3 leaving. */
  public void peerState(String peer, int code) {
    peerState.labelValues(peer).set(code);
  }

  /** A peer's current state. */
  public void peerState(String peer, PeerState state) {
    peerState(peer, stateCode(state));
  }

  /** The code {@link #PEER_STATE} reports for {@code state}. */
  public static int stateCode(PeerState state) {
    return switch (state) {
      case NORMAL -> 0;
      case DOWN -> 1;
      case JOINING -> 2;
      case LEAVING -> 3;
    };
  }

  /** A peer's phi at the latest evaluation. */
  public void phi(String peer, double value) {
    phi.labelValues(peer).set(value);
  }
}
