package io.skein.membership.lifecycle;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.Member;

/** Log text for lifecycle events, in the {@code [member x] Status} form the logs use. */
final class EventText {

  private EventText() {}

  static String describe(ClusterEvent e) {
    if (e instanceof ClusterEvent.MemberJoined m) {
      return subject(m.member()) + " Joining";
    }
    if (e instanceof ClusterEvent.MemberWeaklyUp m) {
      return subject(m.member()) + " WeaklyUp (convergence blocked)";
    }
    if (e instanceof ClusterEvent.MemberUp m) {
      return subject(m.member()) + " Up (up number " + m.member().upNumber() + ")";
    }
    if (e instanceof ClusterEvent.MemberLeft m) {
      return subject(m.member()) + " Leaving";
    }
    if (e instanceof ClusterEvent.MemberExited m) {
      return subject(m.member()) + " Exiting";
    }
    if (e instanceof ClusterEvent.MemberDowned m) {
      return subject(m.member()) + " Down";
    }
    if (e instanceof ClusterEvent.MemberRemoved r) {
      return subject(r.member()) + " Removed (was " + r.previousStatus() + ")";
    }
    if (e instanceof ClusterEvent.Unreachable u) {
      return subject(u.member()) + " Unreachable";
    }
    if (e instanceof ClusterEvent.Reachable r) {
      return subject(r.member()) + " Reachable";
    }
    if (e instanceof ClusterEvent.LeaderChanged l) {
      return "[leader " + l.leader().map(Object::toString).orElse("none") + "] Leader changed";
    }
    return e.toString();
  }

  private static String subject(Member m) {
    return "[member " + m.uniqueAddress() + "]";
  }
}
