package io.skein.membership.sbr;

import io.skein.membership.member.UniqueAddress;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Indirectly connected members: marked unreachable over some links, yet still talking to the
 * cluster through others. A clean partition or a crash never produces them; a flaky link or a
 * one-way block does. Keeping either end of such a link alive keeps the unreachability, and the
 * unstable reachability, alive, so Akka's rule is to down both ends first and then decide on what
 * is left.
 *
 * <p>A member is indirectly connected (Akka's definition) when
 * <ol>
 *   <li>it is both an observer and a subject of unreachability records: the records form a cycle
 *       ({@code B -x-> D} and {@code D -x-> B}), or
 *   <li>it is the observer or the subject of a record whose subject has nevertheless seen the
 *       current gossip: the subject was reached through a third member.
 * </ol>
 */
public final class IndirectConnectivity {

  private IndirectConnectivity() {}

  /** The indirectly connected members of {@code view}. */
  public static Set<UniqueAddress> of(SbrView view) {
    Set<UniqueAddress> result = new HashSet<>(inCycles(view));
    result.addAll(seenDespiteRecords(view));
    return Set.copyOf(result);
  }

  /**
   * Applies {@code cleanDecision} to {@code view}, unless there are indirectly connected members:
   * then they are downed first and {@code cleanDecision} applies to the partition that remains
   * once the records between them are set aside (if one remains).
   */
  public static DowningDecision decide(
      SbrView view, Function<SbrView, DowningDecision> cleanDecision) {
    Set<UniqueAddress> indirect = of(view);
    if (indirect.isEmpty()) {
      return cleanDecision.apply(view);
    }
    Set<UniqueAddress> rest = new HashSet<>(view.unreachable());
    rest.removeAll(indirect);
    if (rest.isEmpty()) {
      return new DowningDecision.DownIndirectlyConnected(Optional.empty());
    }
    SbrView remaining = withoutIndirectRecords(view);
    if (!of(remaining).isEmpty()) {
      // Akka's safety valve: a graph this tangled has no side worth trusting.
      return DowningDecision.DOWN_ALL;
    }
    return new DowningDecision.DownIndirectlyConnected(
        Optional.of(cleanDecision.apply(remaining)));
  }

  /**
   * {@code view} without the records between indirectly connected members (and without records
   * about members that are already Down or Exiting), its unreachable set derived again: the clean
   * partition, if any, that lies beneath the flaky links.
   */
  public static SbrView withoutIndirectRecords(SbrView view) {
    Set<UniqueAddress> cycles = inCycles(view);
    Set<UniqueAddress> seen = seenDespiteRecords(view);
    Set<UniqueAddress> downable = view.downable();
    Set<UnreachableObservation> kept = view.observations().stream()
        .filter(r -> downable.contains(r.observer()) && downable.contains(r.subject()))
        .filter(r -> !(cycles.contains(r.observer()) && cycles.contains(r.subject())))
        .filter(r -> !(seen.contains(r.observer()) && seen.contains(r.subject())))
        .collect(Collectors.toSet());
    return view.withObservations(kept);
  }

  private static Set<UniqueAddress> inCycles(SbrView view) {
    Set<UniqueAddress> observers = view.observations().stream()
        .map(UnreachableObservation::observer)
        .collect(Collectors.toSet());
    return view.observations().stream()
        .map(UnreachableObservation::subject)
        .filter(observers::contains)
        .collect(Collectors.toSet());
  }

  private static Set<UniqueAddress> seenDespiteRecords(SbrView view) {
    Set<UniqueAddress> result = new HashSet<>();
    for (UnreachableObservation r : view.observations()) {
      if (view.seenBy().contains(r.subject())) {
        result.add(r.observer());
        result.add(r.subject());
      }
    }
    return result;
  }
}
