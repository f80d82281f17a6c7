package io.skein.membership.gossip;

import io.skein.routing.topology.PeerState;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link FailureMetrics} kept in memory: the counters and gauges the Prometheus adapter would
 * hold, readable as a {@link FailureMetricsSnapshot}. For tests, the simulation and the admin
 * page of a node without Prometheus. Thread-safe.
 */
public final class CountingFailureMetrics implements FailureMetrics {

  private record Key(String peer, PeerState to) {}

  private final Map<Key, LongAdder> transitions = new ConcurrentHashMap<>();
  private final Map<String, PeerState> states = new ConcurrentHashMap<>();
  private final Map<String, Double> phis = new ConcurrentHashMap<>();

  @Override
  public void transition(String peer, PeerState to) {
    transitions.computeIfAbsent(new Key(peer, to), k -> new LongAdder()).increment();
  }

  @Override
  public void state(String peer, PeerState state) {
    states.put(peer, state);
  }

  @Override
  public void phi(String peer, double phi) {
    phis.put(peer, phi);
  }

  /** What has been reported so far; later reports do not change it. */
  public FailureMetricsSnapshot snapshot() {
    Map<String, Map<PeerState, Long>> counts = new HashMap<>();
    transitions.forEach((key, count) -> counts
        .computeIfAbsent(key.peer(), p -> new EnumMap<>(PeerState.class))
        .put(key.to(), count.sum()));
    return new FailureMetricsSnapshot(counts, states, phis);
  }
}
