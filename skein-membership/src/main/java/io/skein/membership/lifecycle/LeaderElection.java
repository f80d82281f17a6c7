package io.skein.membership.lifecycle;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.Comparator;
import java.util.Optional;

/**
 * Who leads: a pure function of one node's view, so every node with the same view names the
 * same leader, and no vote is needed.
 *
 * <p>Akka's rule: among the members this view holds reachable (this node always counts itself
 * reachable) and that are not Down, the first in address order whose status is Up or Leaving.
 * When there is none (a new cluster whose first node is still Joining, or the last nodes are
 * leaving) the fallback is the lowest address with the best remaining status, in the order
 * WeaklyUp, Joining, Exiting. So a fresh cluster's first node can lead itself to Up, and the last
 * Exiting node can remove itself. Removed members are not in the state at all.
 *
 * <p>Views may differ for a while, so two nodes may each believe they lead; that is why leader
 * actions that change the set of serving members run only on a converged view.
 */
public final class LeaderElection {

  private LeaderElection() {}

  /** Preference among the fallback statuses (lower is better), then address. */
  private static final Comparator<Member> FALLBACK_ORDER =
      Comparator.comparingInt((Member m) -> fallbackRank(m.status()))
          .thenComparing(Member::uniqueAddress);

  private static int fallbackRank(MemberStatus status) {
    return switch (status) {
      case UP, LEAVING -> 0;
      case WEAKLY_UP -> 1;
      case JOINING -> 2;
      case EXITING -> 3;
      case DOWN, REMOVED -> 4;
    };
  }

  /** The leader of {@code state}, or empty when no member can lead. */
  public static Optional<UniqueAddress> electLeader(MembershipState state) {
    Reachability reachability = state.effectiveReachability();
    Member best = null;
    for (Member m : state.gossip().members().values()) {
      if (m.status() == MemberStatus.DOWN || m.status() == MemberStatus.REMOVED) {
        continue;
      }
      if (!m.uniqueAddress().equals(state.self()) && !reachability.isReachable(m.uniqueAddress())) {
        continue;
      }
      if (m.status().isUpOrLeaving()) {
        return Optional.of(m.uniqueAddress());
      }
      if (best == null || FALLBACK_ORDER.compare(m, best) < 0) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(Member::uniqueAddress);
  }
}
