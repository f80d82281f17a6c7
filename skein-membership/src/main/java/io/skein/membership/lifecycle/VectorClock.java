package io.skein.membership.lifecycle;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The version of a membership state: one counter per node that changed it.
 *
 * <p>A node key is the string form of the node's {@link io.skein.membership.member.UniqueAddress}
 * ({@code host:port#uid}) so that a restarted node starts a fresh entry. A missing entry means 0.
 * Entries of removed members are {@linkplain #prune pruned} so the clock does not grow with every
 * node that ever passed through the cluster.
 *
 * <p>Immutable; every operation returns a new clock.
 *
 * @param versions node key to counter (every counter &gt;= 1), sorted by key
 */
public record VectorClock(SortedMap<String, Long> versions) {

  private static final VectorClock EMPTY = new VectorClock(new TreeMap<>());

  public VectorClock {
    TreeMap<String, Long> copy = new TreeMap<>();
    for (Map.Entry<String, Long> e : versions.entrySet()) {
      if (e.getKey() == null || e.getKey().isEmpty()) {
        throw new IllegalArgumentException("vector clock node: empty (expected: a node key)");
      }
      if (e.getValue() == null || e.getValue() < 1) {
        throw new IllegalArgumentException(
            "vector clock counter of " + e.getKey() + ": " + e.getValue() + " (expected: >= 1)");
      }
      copy.put(e.getKey(), e.getValue());
    }
    versions = Collections.unmodifiableSortedMap(copy);
  }

  /** The clock of a state nobody has changed yet. */
  public static VectorClock empty() {
    return EMPTY;
  }

  /** A clock with the given counters, e.g. {@code of(Map.of("a", 2L))}. */
  public static VectorClock of(Map<String, Long> versions) {
    return new VectorClock(new TreeMap<>(versions));
  }

  /** The counter of {@code node}; 0 when the node never changed the state. */
  public long versionOf(String node) {
    return versions.getOrDefault(node, 0L);
  }

  /** This clock after {@code node} made one more change. */
  public VectorClock increment(String node) {
    TreeMap<String, Long> next = new TreeMap<>(versions);
    next.put(node, Math.addExact(versionOf(node), 1L));
    return new VectorClock(next);
  }

  /** The least clock that is at or after both: the entry-wise maximum. */
  public VectorClock merge(VectorClock other) {
    TreeMap<String, Long> next = new TreeMap<>(versions);
    other.versions.forEach((node, counter) -> next.merge(node, counter, Math::max));
    return new VectorClock(next);
  }

  /** This clock without the entry of {@code node} (the node was removed from the cluster). */
  public VectorClock prune(String node) {
    if (!versions.containsKey(node)) {
      return this;
    }
    TreeMap<String, Long> next = new TreeMap<>(versions);
    next.remove(node);
    return new VectorClock(next);
  }

  /** How this clock stands to {@code other}; see {@link VectorRelation}. */
  public VectorRelation compare(VectorClock other) {
    boolean thisAhead = false;
    boolean otherAhead = false;
    for (Map.Entry<String, Long> e : versions.entrySet()) {
      long theirs = other.versionOf(e.getKey());
      thisAhead |= e.getValue() > theirs;
      otherAhead |= e.getValue() < theirs;
    }
    for (Map.Entry<String, Long> e : other.versions.entrySet()) {
      otherAhead |= e.getValue() > versionOf(e.getKey());
    }
    if (thisAhead && otherAhead) {
      return VectorRelation.CONCURRENT;
    }
    if (thisAhead) {
      return VectorRelation.AFTER;
    }
    return otherAhead ? VectorRelation.BEFORE : VectorRelation.SAME;
  }

  public boolean isEmpty() {
    return versions.isEmpty();
  }

  @Override
  public String toString() {
    return "VectorClock" + versions;
  }
}
