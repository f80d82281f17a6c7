package io.skein.membership.sbr;

import io.skein.membership.member.Member;
import java.util.Optional;

/**
 * keep-majority: the side with more members survives; on a tie, the side holding the lowest
 * address. Counts only members with {@code role} when one is given; downs all if no member has
 * it.
 *
 * <p>Choose it when the cluster changes size (nodes come and go with autoscaling): it needs no
 * number configured. Its weakness: a split into three or more parts with no majority downs
 * every part, and an even split is won by an arbitrary (but agreed) side.
 *
 * <p>Membership edge case: a Joining or WeaklyUp member may have been made Up on the other side
 * while the network split, and a Leaving member on this side may have left there. When this side
 * wins only under the normal count, it recounts pessimistically (without this side's Leaving,
 * with the other side's Joining and WeaklyUp); if it would then lose, it downs itself, so the two
 * sides never both stay up. (Akka downs all in that case; downing only this side keeps the other
 * side up if it did see the change, and costs nothing if it did not, because then it downs itself
 * by the same rule.)
 */
public final class KeepMajorityStrategy implements DowningStrategy {

  private final Optional<String> role;

  public KeepMajorityStrategy(Optional<String> role) {
    this.role = role;
  }

  public Optional<String> role() {
    return role;
  }

  @Override
  public String name() {
    return "keep-majority";
  }

  @Override
  public DowningDecision decide(SbrView view) {
    return IndirectConnectivity.decide(view, this::decideClean);
  }

  private DowningDecision decideClean(SbrView view) {
    Sides normal = Sides.of(view, role, Member.ADDRESS_ORDER);
    if (normal.isEmpty()) {
      return DowningDecision.DOWN_ALL; // no member with the role: nothing worth keeping
    }
    DowningDecision decision = majority(normal, normal);
    if (!decision.equals(DowningDecision.DOWN_UNREACHABLE)) {
      return decision;
    }
    Sides ours = Sides.of(view, role, false, true, Member.ADDRESS_ORDER);
    Sides theirs = Sides.of(view, role, true, false, Member.ADDRESS_ORDER);
    if (ours.isEmpty() || !majority(ours, theirs).equals(DowningDecision.DOWN_UNREACHABLE)) {
      return DowningDecision.DOWN_REACHABLE;
    }
    return DowningDecision.DOWN_UNREACHABLE;
  }

  /** Our count from {@code ours}, theirs from {@code theirs}; a tie by {@code ours}'s lowest. */
  private static DowningDecision majority(Sides ours, Sides theirs) {
    int thisSide = ours.reachable().size();
    int otherSide = theirs.unreachable().size();
    if (thisSide == otherSide) {
      return ours.isReachable(ours.first())
          ? DowningDecision.DOWN_UNREACHABLE
          : DowningDecision.DOWN_REACHABLE;
    }
    return thisSide > otherSide ? DowningDecision.DOWN_UNREACHABLE : DowningDecision.DOWN_REACHABLE;
  }

  @Override
  public String toString() {
    return "KeepMajority" + role.map(r -> "(role " + r + ")").orElse("");
  }
}
