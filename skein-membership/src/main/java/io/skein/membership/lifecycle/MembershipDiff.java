package io.skein.membership.lifecycle;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events between two views of one node: a pure function, so events are never computed by
 * hand at the place a change is made and cannot drift from the state.
 *
 * <p>Order: member status events in address order, then removals, then Unreachable, then
 * Reachable. A member seen for the first time in a status gets that status's event (a joiner
 * that receives the full state hears MemberUp for every member already Up). Leader changes are
 * not here: {@link LeaderHandover} tracks them, since they depend on which views were observed.
 */
public final class MembershipDiff {

  private MembershipDiff() {}

  /** The events that take {@code before} to {@code after}. */
  public static List<ClusterEvent> diff(MembershipState before, MembershipState after) {
    List<ClusterEvent> events = new ArrayList<>();
    for (Member m : after.members()) {
      Optional<Member> old = before.member(m.uniqueAddress());
      if (old.isEmpty() || old.get().status() != m.status()) {
        statusEvent(m).ifPresent(events::add);
      }
    }
    for (Member old : before.members()) {
      if (!after.gossip().hasMember(old.uniqueAddress())) {
        Member removed = new Member(old.uniqueAddress(), MemberStatus.REMOVED, old.upNumber(),
            old.dc(), old.rack(), old.roles());
        events.add(new ClusterEvent.MemberRemoved(removed, old.status()));
      }
    }
    Set<UniqueAddress> wasUnreachable = before.reachability().allUnreachableOrTerminated();
    Set<UniqueAddress> isUnreachable = after.reachability().allUnreachableOrTerminated();
    for (UniqueAddress node : isUnreachable) {
      if (!wasUnreachable.contains(node) && !node.equals(after.self())) {
        after.member(node).ifPresent(m -> events.add(new ClusterEvent.Unreachable(m)));
      }
    }
    for (UniqueAddress node : wasUnreachable) {
      if (!isUnreachable.contains(node) && !node.equals(after.self())) {
        after.member(node).ifPresent(m -> events.add(new ClusterEvent.Reachable(m)));
      }
    }
    return events;
  }

  /** The event announcing that {@code m} is now in its status. */
  static Optional<ClusterEvent> statusEvent(Member m) {
    return switch (m.status()) {
      case JOINING -> Optional.of(new ClusterEvent.MemberJoined(m));
      case WEAKLY_UP -> Optional.of(new ClusterEvent.MemberWeaklyUp(m));
      case UP -> Optional.of(new ClusterEvent.MemberUp(m));
      case LEAVING -> Optional.of(new ClusterEvent.MemberLeft(m));
      case EXITING -> Optional.of(new ClusterEvent.MemberExited(m));
      case DOWN -> Optional.of(new ClusterEvent.MemberDowned(m));
      case REMOVED -> Optional.empty();
    };
  }
}
