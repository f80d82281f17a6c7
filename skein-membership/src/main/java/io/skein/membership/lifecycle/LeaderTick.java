package io.skein.membership.lifecycle;

import io.skein.membership.lifecycle.GossipPdu.GossipEnvelope;
import io.skein.membership.lifecycle.MembershipOutput.Outbound;
import io.skein.membership.member.Member;
import io.skein.membership.member.UniqueAddress;
import java.util.List;

/**
 * The leader's part of each gossip tick: {@link LeaderActions} when this node leads, with the
 * clock for WeaklyUp (how long convergence has been blocked) and the final state sent to the
 * members the actions removed, so they learn they may stop. Not thread-safe; owned by
 * {@link ClusterMembership}.
 */
final class LeaderTick {

  private final UniqueAddress self;
  private final LifecycleSettings settings;
  private long blockedSinceMillis = -1;

  LeaderTick(UniqueAddress self, LifecycleSettings settings) {
    this.self = self;
    this.settings = settings;
  }

  /** The state after this tick's leader actions (unchanged unless leading); adds to {@code out}. */
  MembershipState run(MembershipState state, long now, List<Outbound> out) {
    if (!state.isLeader()) {
      blockedSinceMillis = -1;
      return state;
    }
    if (state.isConverged()) {
      blockedSinceMillis = -1;
    } else if (blockedSinceMillis < 0) {
      blockedSinceMillis = now;
    }
    boolean weaklyUpDue = settings.weaklyUpEnabled() && blockedSinceMillis >= 0
        && now - blockedSinceMillis >= settings.weaklyUpAfterMillis();
    LeaderActions.Result result = LeaderActions.perform(state, now, weaklyUpDue);
    for (Member gone : result.removed()) {
      UniqueAddress to = gone.uniqueAddress();
      if (!to.equals(self) && state.isReachable(to)) {
        out.add(new Outbound(to.address(), new GossipEnvelope(self, to, result.state().gossip())));
      }
    }
    return result.state();
  }
}
