package io.skein.membership.gossip;

import io.skein.routing.topology.PeerState;

/**
 * Where the {@link GossipHandler} reports what it sees, for the server to export as Prometheus
 * metrics on {@code /metrics}:
 * <ul>
 *   <li>{@value #TRANSITIONS_TOTAL}{@code {peer,to}}, a counter: {@link #transition} adds 1;
 *       {@code to} is the state's lower-case name ({@code normal}, {@code down});</li>
 *   <li>{@value #STATE_CURRENT}{@code {peer}}, a gauge: {@link #state} sets it to
 *       {@link #stateCode} (0 normal, 1 down, 2 joining, 3 leaving);</li>
 *   <li>{@value #PHI_SCORE}{@code {peer}}, a gauge: {@link #phi} sets it (finite, {@code >= 0};
 *       0 until the peer's first heartbeat).</li>
 * </ul>
 * {@code peer} is the peer's {@code host:port}.
 *
 * <p>Contract: implementations are thread-safe and fast (they are called from I/O threads while
 * a peer's lock is held, and from the evaluation tick for every peer), and never throw.
 */
public interface FailureMetrics {

  String TRANSITIONS_TOTAL = "peer_state_transitions_total";
  String STATE_CURRENT = "peer_state_current";
  String PHI_SCORE = "gossip_phi_score";

  /** Metrics that go nowhere: the handler's default. */
  FailureMetrics NONE = new FailureMetrics() {
    @Override
    public void transition(String peer, PeerState to) {}

    @Override
    public void state(String peer, PeerState state) {}

    @Override
    public void phi(String peer, double phi) {}
  };

  /** {@code peer} moved to {@code to}: one more {@value #TRANSITIONS_TOTAL}. */
  void transition(String peer, PeerState to);

  /** {@code peer} is in {@code state}: sets {@value #STATE_CURRENT}. */
  void state(String peer, PeerState state);

  /** {@code peer}'s suspicion level now: sets {@value #PHI_SCORE}. */
  void phi(String peer, double phi);

  /**
   * The value of {@value #STATE_CURRENT} for a state: 0 normal, 1 down, 2 joining, 3 leaving.
   * Fixed here rather than taken from the enum's order, so a dashboard's thresholds do not move
   * if the enum grows.
   */
  static int stateCode(PeerState state) {
    return switch (state) {
      case NORMAL -> 0;
      case DOWN -> 1;
      case JOINING -> 2;
      case LEAVING -> 3;
    };
  }

  /** The {@code to} label of {@value #TRANSITIONS_TOTAL}: the state's lower-case name. */
  static String stateLabel(PeerState state) {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }
}
