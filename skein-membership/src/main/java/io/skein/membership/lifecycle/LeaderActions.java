package io.skein.membership.lifecycle;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the leader does to move members along their life. A pure function of the leader's view;
 * a node that is not the leader of its own view gets its state back unchanged.
 *
 * <p>On a converged view (every Up/Leaving member has seen it, nobody blocking is unreachable):
 * <ul>
 *   <li>Joining and WeaklyUp → Up, with up numbers continuing from the highest in use, handed
 *       out in address order (so every leader that sees the same view numbers the same way);</li>
 *   <li>Leaving → Exiting (Skein has no shard hand-off to wait for; data moves are the control
 *       plane's business once the member is gone);</li>
 *   <li>Exiting → Removed once the exiting member has seen that it is Exiting (or cannot be
 *       reached), so a leaving node learns it may stop;</li>
 *   <li>Down → Removed.</li>
 * </ul>
 * On a view that is not converged only two things may happen: Down → Removed when every
 * reachable Up/Leaving member has seen the Down (the tombstone protects against the unreachable
 * ones), and, once convergence has been blocked for {@code weakly-up-after}, reachable Joining
 * members → WeaklyUp.
 *
 * <p>A change is recorded as a new version by the leader, seen only by the leader.
 */
public final class LeaderActions {

  private LeaderActions() {}

  /**
   * The result of one round.
   *
   * @param state the new view (the same object when nothing changed)
   * @param events what changed, in the order the bus should see it
   * @param removed the members removed this round (the caller tells them they are gone)
   */
  public record Result(MembershipState state, List<ClusterEvent> events, List<Member> removed) {
    public Result {
      events = List.copyOf(events);
      removed = List.copyOf(removed);
    }

    public boolean changed() {
      return !events.isEmpty();
    }
  }

  /**
   * The lifecycle rule alone, without the side conditions (reachability, who has seen what):
   * where a member in {@code status} goes next under a view that is or is not converged, and
   * whether WeaklyUp is due. Empty when the leader leaves it where it is.
   */
  public static Optional<MemberStatus> nextStatus(
      MemberStatus status, boolean converged, boolean weaklyUpDue) {
    if (converged) {
      return switch (status) {
        case JOINING, WEAKLY_UP -> Optional.of(MemberStatus.UP);
        case LEAVING -> Optional.of(MemberStatus.EXITING);
        case EXITING, DOWN -> Optional.of(MemberStatus.REMOVED);
        case UP, REMOVED -> Optional.empty();
      };
    }
    return switch (status) {
      case JOINING -> weaklyUpDue ? Optional.of(MemberStatus.WEAKLY_UP) : Optional.empty();
      case DOWN -> Optional.of(MemberStatus.REMOVED);
      default -> Optional.empty();
    };
  }

  /**
   * One round of leader actions on {@code state} at {@code nowMillis}.
   *
   * @param weaklyUpDue whether convergence has been blocked long enough for WeaklyUp (the caller
   *     owns that timer; see {@link ClusterMembership})
   */
  public static Result perform(MembershipState state, long nowMillis, boolean weaklyUpDue) {
    if (!state.isLeader()) {
      return new Result(state, List.of(), List.of());
    }
    boolean converged = state.isConverged();
    boolean downRemovable = converged || state.isSeenByAllReachable();
    Gossip gossip = state.gossip();
    int upNumber = state.highestUpNumber();
    List<Member> removed = new ArrayList<>();
    for (Member m : state.members()) {
      Optional<MemberStatus> next = nextStatus(m.status(), converged, weaklyUpDue);
      if (next.isEmpty()) {
        continue;
      }
      switch (next.get()) {
        case UP -> gossip = gossip.withMember(m.up(++upNumber));
        case WEAKLY_UP -> {
          if (state.isReachable(m.uniqueAddress())) {
            gossip = gossip.withMember(m.withStatus(MemberStatus.WEAKLY_UP));
          }
        }
        case EXITING -> gossip = gossip.withMember(m.withStatus(MemberStatus.EXITING));
        case REMOVED -> {
          if (mayRemove(state, m, downRemovable)) {
            removed.add(m);
          }
        }
        default -> throw new IllegalStateException(m + " -> " + next.get() + " (not a leader action)");
      }
    }
    if (gossip.equals(state.gossip()) && removed.isEmpty()) {
      return new Result(state, List.of(), List.of());
    }
    List<UniqueAddress> gone = removed.stream().map(Member::uniqueAddress).toList();
    MembershipState next =
        state.with(gossip.removeMembers(gone, nowMillis).changedBy(state.self()));
    return new Result(next, MembershipDiff.diff(state, next), removed);
  }

  private static boolean mayRemove(MembershipState state, Member m, boolean downRemovable) {
    if (m.status() == MemberStatus.DOWN) {
      return downRemovable;
    }
    // Exiting: only on convergence (nextStatus said so), and once it knows, unless it is gone.
    return state.gossip().seenByNode(m.uniqueAddress()) || !state.isReachable(m.uniqueAddress());
  }
}
