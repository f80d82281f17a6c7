package io.skein.membership.sbr;

import io.skein.membership.member.UniqueAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link DowningStrategy} decided, as Akka's resolver names it. A decision is a rule, not
 * a list: {@link #nodesToDown} applies it to a view, and the result never holds a member that is
 * already Down or Exiting.
 *
 * <p>Sides are from the deciding node's point of view: "reachable" is its own side, including
 * itself; "unreachable" is everything it cannot reach.
 */
public sealed interface DowningDecision {

  DowningDecision DOWN_UNREACHABLE = new DownUnreachable();
  DowningDecision DOWN_REACHABLE = new DownReachable();
  DowningDecision DOWN_ALL = new DownAll();
  DowningDecision KEEP_ALL = new KeepAll();

  /** The members this decision marks Down in {@code view}. */
  Set<UniqueAddress> nodesToDown(SbrView view);

  /** Whether the decision was driven by indirectly connected members. */
  default boolean isIndirectlyConnected() {
    return false;
  }

  /** Keep this side, down the other side(s). */
  record DownUnreachable() implements DowningDecision {
    @Override
    public Set<UniqueAddress> nodesToDown(SbrView view) {
      return intersect(view.downable(), view.unreachable());
    }

    @Override
    public String toString() {
      return "DownUnreachable";
    }
  }

  /** Down this side, self included: the other side is the one that should survive. */
  record DownReachable() implements DowningDecision {
    @Override
    public Set<UniqueAddress> nodesToDown(SbrView view) {
      Set<UniqueAddress> result = new HashSet<>(view.downable());
      result.removeAll(view.unreachable());
      return Set.copyOf(result);
    }

    @Override
    public String toString() {
      return "DownReachable";
    }
  }

  /** Down every member on every side: no side can be trusted to be the only survivor. */
  record DownAll() implements DowningDecision {
    @Override
    public Set<UniqueAddress> nodesToDown(SbrView view) {
      return view.downable();
    }

    @Override
    public String toString() {
      return "DownAll";
    }
  }

  /** Down nobody; {@link NoSbr}'s answer. */
  record KeepAll() implements DowningDecision {
    @Override
    public Set<UniqueAddress> nodesToDown(SbrView view) {
      return Set.of();
    }

    @Override
    public String toString() {
      return "KeepAll";
    }
  }

  /**
   * Down the indirectly connected members (see {@link IndirectConnectivity}); if a clean partition
   * remains once the records between them are set aside, also apply {@code onTheRest}, the
   * strategy's decision for that partition.
   */
  record DownIndirectlyConnected(Optional<DowningDecision> onTheRest)
      implements DowningDecision {

    public DownIndirectlyConnected {
      if (onTheRest.filter(DowningDecision::isIndirectlyConnected).isPresent()) {
        throw new IllegalArgumentException(
            "onTheRest: " + onTheRest.get() + " (expected: a decision on a clean partition)");
      }
    }

    @Override
    public Set<UniqueAddress> nodesToDown(SbrView view) {
      Set<UniqueAddress> result = new HashSet<>(IndirectConnectivity.of(view));
      onTheRest.ifPresent(
          d -> result.addAll(d.nodesToDown(IndirectConnectivity.withoutIndirectRecords(view))));
      return intersect(view.downable(), result);
    }

    @Override
    public boolean isIndirectlyConnected() {
      return true;
    }

    @Override
    public String toString() {
      return "DownIndirectlyConnected" + onTheRest.map(d -> "+" + d).orElse("");
    }
  }

  /** The lease was denied after indirect connectivity: down those members and this side. */
  record ReverseDownIndirectlyConnected() implements DowningDecision {
    @Override
    public Set<UniqueAddress> nodesToDown(SbrView view) {
      Set<UniqueAddress> result = new HashSet<>(IndirectConnectivity.of(view));
      result.addAll(DOWN_REACHABLE.nodesToDown(view));
      return intersect(view.downable(), result);
    }

    @Override
    public boolean isIndirectlyConnected() {
      return true;
    }

    @Override
    public String toString() {
      return "ReverseDownIndirectlyConnected";
    }
  }

  /**
   * Take the lease first, waiting {@code delay} before the attempt (the minority's handicap);
   * apply {@code ifAcquired} if it is granted and {@link #ifDenied()} if not. The runtime makes
   * the attempt; {@link #nodesToDown} answers for the granted case.
   *
   * @param ifAcquired {@link DownUnreachable} or {@link DownIndirectlyConnected}
   * @param delay how long to wait before trying
   */
  record AcquireLease(DowningDecision ifAcquired, Duration delay) implements DowningDecision {

    public AcquireLease {
      if (!(ifAcquired instanceof DownUnreachable
          || ifAcquired instanceof DownIndirectlyConnected)) {
        throw new IllegalArgumentException("ifAcquired: " + ifAcquired
            + " (expected: DownUnreachable or DownIndirectlyConnected)");
      }
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay: " + delay + " (expected: >= 0)");
      }
    }

    /** The decision when another side holds the lease: down this side instead. */
    public DowningDecision ifDenied() {
      return ifAcquired instanceof DownUnreachable
          ? DOWN_REACHABLE
          : new ReverseDownIndirectlyConnected();
    }

    @Override
    public Set<UniqueAddress> nodesToDown(SbrView view) {
      return ifAcquired.nodesToDown(view);
    }

    @Override
    public boolean isIndirectlyConnected() {
      return ifAcquired.isIndirectlyConnected();
    }

    @Override
    public String toString() {
      return "AcquireLease(" + ifAcquired + ", after " + delay.toMillis() + " ms)";
    }
  }

  private static Set<UniqueAddress> intersect(Set<UniqueAddress> a, Set<UniqueAddress> b) {
    Set<UniqueAddress> result = new HashSet<>(a);
    result.retainAll(b);
    return Set.copyOf(result);
  }
}
