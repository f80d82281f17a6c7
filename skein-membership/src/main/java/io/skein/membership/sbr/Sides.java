package io.skein.membership.sbr;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The counted members of a view split into this node's side (reachable) and the other side
 * (unreachable), in a given order.
 *
 * <p>Which members count follows Akka: Up and Leaving do; Down and Exiting never do; Joining and
 * WeaklyUp count only when asked ({@code includingPossiblyUp}), because the other side may have
 * made them Up during the partition; Leaving is left out when asked
 * ({@code excludingPossiblyExiting}), because the other side may have moved it to Exiting. The
 * strategies count pessimistically for their own side and optimistically for the other to catch
 * a membership change that happened while the network split.
 *
 * @param members every counted member, in order
 * @param reachable counted members on this node's side
 * @param unreachable counted members on the other side(s)
 */
record Sides(List<Member> members, List<Member> reachable, List<Member> unreachable) {

  /** Counts Up and Leaving members with the role, if any: the normal count. */
  static Sides of(SbrView view, Optional<String> role, Comparator<Member> order) {
    return of(view, role, false, false, order);
  }

  static Sides of(
      SbrView view,
      Optional<String> role,
      boolean includingPossiblyUp,
      boolean excludingPossiblyExiting,
      Comparator<Member> order) {
    List<Member> counted = view.members().stream()
        .filter(m -> counts(m.status(), includingPossiblyUp, excludingPossiblyExiting))
        .filter(m -> role.isEmpty() || m.hasRole(role.get()))
        .sorted(order)
        .toList();
    return new Sides(
        counted,
        counted.stream().filter(m -> !view.isUnreachable(m.uniqueAddress())).toList(),
        counted.stream().filter(m -> view.isUnreachable(m.uniqueAddress())).toList());
  }

  private static boolean counts(
      MemberStatus status, boolean includingPossiblyUp, boolean excludingPossiblyExiting) {
    return switch (status) {
      case UP -> true;
      case LEAVING -> !excludingPossiblyExiting;
      case JOINING, WEAKLY_UP -> includingPossiblyUp;
      case EXITING, DOWN, REMOVED -> false;
    };
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  /** The first counted member in this order (lowest address, or oldest). */
  Member first() {
    return members.get(0);
  }

  boolean isReachable(Member m) {
    return reachable.contains(m);
  }
}
