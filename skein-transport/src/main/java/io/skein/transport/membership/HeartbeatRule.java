package io.skein.transport.membership;

import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.MemberInfo;
import io.skein.membership.swim.SwimStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which messages are heartbeats for the data plane's phi detectors.
 *
 * <p>Every SWIM message a peer sends us directly (a probe, an ack, gossip, a push-pull, or the
 * driver's own heartbeat) proves that the link from that peer works, so it feeds that peer's
 * detector once, whatever it says. An ack relayed through an indirect probe does not: it proves
 * the member is alive, not that this node can reach it, and the data plane sends directly.
 * Lifecycle messages do not count either, so a node on its way out cannot look alive through
 * them.
 *
 * <p>A message counts only while both protocols still hold its sender's incarnation live: SWIM
 * has it Alive or Suspect (not Dead until it refutes, not Left), and the lifecycle does not have
 * it Leaving, Exiting, Down or Removed. Otherwise a peer marked Down at once because it left,
 * or because the cluster downed it, would come back Normal on the next message it still sends.
 * A sender SWIM does not know yet does not count until SWIM has taken it in (the message itself
 * usually introduces it, and is processed first).
 */
final class HeartbeatRule {

  private static final Set<MemberStatus> ON_THE_WAY_OUT = EnumSet.of(MemberStatus.LEAVING,
      MemberStatus.EXITING, MemberStatus.DOWN, MemberStatus.REMOVED);

  private HeartbeatRule() {}

  /**
   * Whether a message from the peer SWIM knows as {@code sender} (its latest incarnation at the
   * message's source address) is a heartbeat, given the lifecycle's view {@code lifecycle}.
   */
  static boolean counts(Optional<MemberInfo> sender, MembershipState lifecycle) {
    if (sender.isEmpty()) {
      return false;
    }
    SwimStatus swim = sender.get().status();
    if (swim != SwimStatus.ALIVE && swim != SwimStatus.SUSPECT) {
      return false;
    }
    UniqueAddress incarnation = sender.get().address();
    if (lifecycle.gossip().isTombstoned(incarnation)) {
      return false;
    }
    return lifecycle.member(incarnation)
        .map(m -> !ON_THE_WAY_OUT.contains(m.status()))
        .orElse(true);
  }
}
