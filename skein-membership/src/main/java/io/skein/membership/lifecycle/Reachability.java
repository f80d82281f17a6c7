package io.skein.membership.lifecycle;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who cannot reach whom, as observer → subject records gossiped with the membership state.
 *
 * <p>Each observer owns its row: only the observer changes its records, and it bumps its own
 * version with every change, so two copies merge by taking, per observer, the row with the higher
 * version. A subject is reachable only when no observer has an UNREACHABLE or TERMINATED record on
 * it: one observer hearing a node again does not clear another observer's doubt. When every
 * record of an observer is REACHABLE the row is dropped (its version is kept), so a healthy
 * cluster gossips an empty table.
 *
 * <p>The records stay visible ({@link #records()}, {@link #observersOf}) because the split-brain
 * resolver reads them to find nodes that are only indirectly connected.
 *
 * <p>Immutable.
 *
 * @param records one record per (observer, subject), sorted by observer then subject
 * @param versions each observer's counter (covers every observer that has a record)
 */
public record Reachability(
    List<ReachabilityRecord> records, SortedMap<UniqueAddress, Long> versions) {

  private static final Comparator<ReachabilityRecord> ORDER =
      Comparator.comparing(ReachabilityRecord::observer).thenComparing(ReachabilityRecord::subject);

  private static final Reachability EMPTY = new Reachability(List.of(), new TreeMap<>());

  public Reachability {
    List<ReachabilityRecord> sorted = new ArrayList<>(records);
    sorted.sort(ORDER);
    for (int i = 0; i < sorted.size(); i++) {
      ReachabilityRecord r = sorted.get(i);
      if (i > 0 && ORDER.compare(sorted.get(i - 1), r) == 0) {
        throw new IllegalArgumentException(
            "reachability: two records " + r.observer() + " -> " + r.subject()
                + " (expected: one per pair)");
      }
      Long v = versions.get(r.observer());
      if (v == null || v < r.version()) {
        throw new IllegalArgumentException("reachability version of " + r.observer() + ": " + v
            + " (expected: >= " + r.version() + ")");
      }
    }
    records = List.copyOf(sorted);
    versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
  }

  /** Everyone reaches everyone. */
  public static Reachability empty() {
    return EMPTY;
  }

  /** {@code observer} can no longer reach {@code subject}. */
  public Reachability unreachable(UniqueAddress observer, UniqueAddress subject) {
    return change(observer, subject, ReachabilityStatus.UNREACHABLE);
  }

  /** {@code observer} reaches {@code subject} again. */
  public Reachability reachable(UniqueAddress observer, UniqueAddress subject) {
    return change(observer, subject, ReachabilityStatus.REACHABLE);
  }

  /** {@code observer} knows {@code subject} is gone for good; never undone. */
  public Reachability terminated(UniqueAddress observer, UniqueAddress subject) {
    return change(observer, subject, ReachabilityStatus.TERMINATED);
  }

  private Reachability change(
      UniqueAddress observer, UniqueAddress subject, ReachabilityStatus status) {
    if (observer.equals(subject)) {
      return this;
    }
    ReachabilityStatus current = status(observer, subject);
    if (current == status || current == ReachabilityStatus.TERMINATED) {
      return this;
    }
    long version = versionOf(observer) + 1;
    List<ReachabilityRecord> next = new ArrayList<>();
    boolean rowAllReachable = status == ReachabilityStatus.REACHABLE;
    for (ReachabilityRecord r : records) {
      if (r.observer().equals(observer)) {
        if (r.subject().equals(subject)) {
          continue;
        }
        rowAllReachable &= r.status() == ReachabilityStatus.REACHABLE;
      }
      next.add(r);
    }
    if (rowAllReachable) {
      next.removeIf(r -> r.observer().equals(observer));
    } else {
      next.add(new ReachabilityRecord(observer, subject, status, version));
    }
    TreeMap<UniqueAddress, Long> nextVersions = new TreeMap<>(versions);
    nextVersions.put(observer, version);
    return new Reachability(next, nextVersions);
  }

  /** Both tables together: per observer, the row with the higher version wins. */
  public Reachability merge(Reachability other) {
    TreeMap<UniqueAddress, Long> nextVersions = new TreeMap<>(versions);
    other.versions.forEach((observer, v) -> nextVersions.merge(observer, v, Math::max));
    List<ReachabilityRecord> next = new ArrayList<>();
    for (UniqueAddress observer : nextVersions.keySet()) {
      Reachability winner = other.versionOf(observer) > versionOf(observer) ? other : this;
      next.addAll(winner.rowOf(observer));
    }
    return new Reachability(next, nextVersions);
  }

  /** This table without any record by or about {@code nodes} (they left the cluster). */
  public Reachability remove(Collection<UniqueAddress> nodes) {
    Set<UniqueAddress> gone = Set.copyOf(nodes);
    List<ReachabilityRecord> next = new ArrayList<>(records);
    next.removeIf(r -> gone.contains(r.observer()) || gone.contains(r.subject()));
    TreeMap<UniqueAddress, Long> nextVersions = new TreeMap<>(versions);
    nextVersions.keySet().removeAll(gone);
    return new Reachability(next, nextVersions);
  }

  /** This table ignoring what {@code observers} say (e.g. observers that are Down). */
  public Reachability withoutObservers(Collection<UniqueAddress> observers) {
    Set<UniqueAddress> ignored = Set.copyOf(observers);
    List<ReachabilityRecord> next = new ArrayList<>(records);
    next.removeIf(r -> ignored.contains(r.observer()));
    TreeMap<UniqueAddress, Long> nextVersions = new TreeMap<>(versions);
    nextVersions.keySet().removeAll(ignored);
    return new Reachability(next, nextVersions);
  }

  /** The observer's counter; 0 when it never recorded anything. */
  public long versionOf(UniqueAddress observer) {
    return versions.getOrDefault(observer, 0L);
  }

  /** What {@code observer} says about {@code subject}; REACHABLE when it says nothing. */
  public ReachabilityStatus status(UniqueAddress observer, UniqueAddress subject) {
    return record(observer, subject).map(ReachabilityRecord::status)
        .orElse(ReachabilityStatus.REACHABLE);
  }

  /** The worst any observer says about {@code subject}: TERMINATED, then UNREACHABLE. */
  public ReachabilityStatus status(UniqueAddress subject) {
    ReachabilityStatus worst = ReachabilityStatus.REACHABLE;
    for (ReachabilityRecord r : records) {
      if (r.subject().equals(subject)) {
        if (r.status() == ReachabilityStatus.TERMINATED) {
          return ReachabilityStatus.TERMINATED;
        }
        if (r.status() == ReachabilityStatus.UNREACHABLE) {
          worst = ReachabilityStatus.UNREACHABLE;
        }
      }
    }
    return worst;
  }

  /** True only when no observer has an UNREACHABLE or TERMINATED record on {@code subject}. */
  public boolean isReachable(UniqueAddress subject) {
    return status(subject) == ReachabilityStatus.REACHABLE;
  }

  /** Whether {@code observer}'s own record lets it reach {@code subject}. */
  public boolean isReachable(UniqueAddress observer, UniqueAddress subject) {
    return status(observer, subject) == ReachabilityStatus.REACHABLE;
  }

  /** Whether no observer doubts any subject. */
  public boolean isAllReachable() {
    return records.stream().allMatch(r -> r.status() == ReachabilityStatus.REACHABLE);
  }

  /** Subjects some observer holds UNREACHABLE (not counting TERMINATED), in address order. */
  public Set<UniqueAddress> allUnreachable() {
    return subjectsWhere(r -> r.status() == ReachabilityStatus.UNREACHABLE);
  }

  /** Subjects some observer holds UNREACHABLE or TERMINATED, in address order. */
  public Set<UniqueAddress> allUnreachableOrTerminated() {
    return subjectsWhere(r -> r.status() != ReachabilityStatus.REACHABLE);
  }

  /** The observers that hold {@code subject} UNREACHABLE or TERMINATED, in address order. */
  public Set<UniqueAddress> observersOf(UniqueAddress subject) {
    TreeSet<UniqueAddress> out = new TreeSet<>();
    for (ReachabilityRecord r : records) {
      if (r.subject().equals(subject) && r.status() != ReachabilityStatus.REACHABLE) {
        out.add(r.observer());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The record of {@code observer} on {@code subject}, if it has one. */
  public Optional<ReachabilityRecord> record(UniqueAddress observer, UniqueAddress subject) {
    for (ReachabilityRecord r : records) {
      if (r.observer().equals(observer) && r.subject().equals(subject)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private List<ReachabilityRecord> rowOf(UniqueAddress observer) {
    return records.stream().filter(r -> r.observer().equals(observer)).toList();
  }

  private Set<UniqueAddress> subjectsWhere(java.util.function.Predicate<ReachabilityRecord> p) {
    TreeSet<UniqueAddress> out = new TreeSet<>();
    for (ReachabilityRecord r : records) {
      if (p.test(r)) {
        out.add(r.subject());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Observer to subject to status, for logs and the admin page. */
  public Map<UniqueAddress, Map<UniqueAddress, ReachabilityStatus>> table() {
    TreeMap<UniqueAddress, Map<UniqueAddress, ReachabilityStatus>> out = new TreeMap<>();
    for (ReachabilityRecord r : records) {
      out.computeIfAbsent(r.observer(), o -> new TreeMap<>()).put(r.subject(), r.status());
    }
    return Collections.unmodifiableMap(out);
  }
}
