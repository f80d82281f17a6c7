package io.skein.membership.sbr;

import io.skein.membership.member.Member;
import java.util.Optional;

/**
 * keep-oldest: the side holding the oldest member (lowest up number, with {@code role} if given)
 * survives, whatever its size.
 *
 * <p>Choose it when one member is special because it is the oldest (it runs a singleton, or
 * holds work that is costly to move): that member never moves during a partition. Its weakness:
 * the oldest member alone can keep the cluster while every other member stops. {@code downIfAlone}
 * answers that: if the oldest is cut off from all the others (and there are at least two of
 * them), it downs itself and the others survive. In a cluster of two, the oldest is kept even
 * alone, because the other side is no bigger.
 *
 * <p>Membership edge case, as in {@link KeepMajorityStrategy}: a win is checked again without
 * this side's Leaving members (the oldest may have left on the other side) and, with
 * {@code downIfAlone}, counting Joining and WeaklyUp members (they may have become Up and changed
 * who is alone); if the answer changes, this side downs itself.
 */
public final class KeepOldestStrategy implements DowningStrategy {

  private final boolean downIfAlone;
  private final Optional<String> role;

  public KeepOldestStrategy(boolean downIfAlone, Optional<String> role) {
    this.downIfAlone = downIfAlone;
    this.role = role;
  }

  public boolean downIfAlone() {
    return downIfAlone;
  }

  public Optional<String> role() {
    return role;
  }

  @Override
  public String name() {
    return "keep-oldest";
  }

  @Override
  public DowningDecision decide(SbrView view) {
    return IndirectConnectivity.decide(view, this::decideClean);
  }

  private DowningDecision decideClean(SbrView view) {
    Sides normal = Sides.of(view, role, Member.AGE_ORDER);
    if (normal.isEmpty()) {
      return DowningDecision.DOWN_ALL; // no member with the role: nothing worth keeping
    }
    DowningDecision decision = oldest(normal);
    if (!decision.equals(DowningDecision.DOWN_UNREACHABLE)) {
      return decision;
    }
    Sides again = Sides.of(view, role, downIfAlone, true, Member.AGE_ORDER);
    if (again.isEmpty() || !oldest(again).equals(DowningDecision.DOWN_UNREACHABLE)) {
      return DowningDecision.DOWN_REACHABLE;
    }
    return DowningDecision.DOWN_UNREACHABLE;
  }

  private DowningDecision oldest(Sides sides) {
    int thisSide = sides.reachable().size();
    int otherSide = sides.unreachable().size();
    if (sides.isReachable(sides.first())) {
      // The oldest is here. Alone against two or more, it gives way; against one, it stays.
      return downIfAlone && thisSide == 1 && otherSide >= 2
          ? DowningDecision.DOWN_REACHABLE
          : DowningDecision.DOWN_UNREACHABLE;
    }
    return downIfAlone && otherSide == 1 && thisSide >= 2
        ? DowningDecision.DOWN_UNREACHABLE
        : DowningDecision.DOWN_REACHABLE;
  }

  @Override
  public String toString() {
    return "KeepOldest(downIfAlone " + downIfAlone + role.map(r -> ", role " + r).orElse("") + ")";
  }
}
