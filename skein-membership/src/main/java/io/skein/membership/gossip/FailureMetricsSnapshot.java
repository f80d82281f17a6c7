package io.skein.membership.gossip;

import io.skein.routing.topology.PeerState;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The values of the failure metrics at one moment (see {@link CountingFailureMetrics}), keyed by
 * the peer's {@code host:port}.
 *
 * @param transitions per peer, per target state, the value of {@code peer_state_transitions_total}
 * @param states per peer, the state behind {@code peer_state_current}
 * @param phis per peer, {@code gossip_phi_score}
 */
public record FailureMetricsSnapshot(Map<String, Map<PeerState, Long>> transitions,
    Map<String, PeerState> states, Map<String, Double> phis) {

  public FailureMetricsSnapshot {
    transitions = transitions.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    states = Map.copyOf(states);
    phis = Map.copyOf(phis);
  }

  /** How many times {@code peer} moved to {@code to}. */
  public long transitions(String peer, PeerState to) {
    return transitions.getOrDefault(peer, Map.of()).getOrDefault(to, 0L);
  }

  /** Every transition counted, all peers and states together. */
  public long totalTransitions() {
    return transitions.values().stream()
        .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
  }

  /** The last state reported for {@code peer}. */
  public Optional<PeerState> state(String peer) {
    return Optional.ofNullable(states.get(peer));
  }

  /** The value of {@code peer_state_current} for {@code peer}, if reported. */
  public Optional<Integer> stateCode(String peer) {
    return state(peer).map(FailureMetrics::stateCode);
  }

  /** The last phi reported for {@code peer}. */
  public OptionalDouble phi(String peer) {
    Double phi = phis.get(peer);
    return phi == null ? OptionalDouble.empty() : OptionalDouble.of(phi);
  }
}
