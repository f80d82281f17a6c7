package io.skein.membership.lifecycle;

import io.skein.membership.member.UniqueAddress;

/**
 * What a node makes of a full state it received: the pure rule behind
 * {@link ClusterMembership#onGossip} for envelopes and welcomes.
 *
 * <ul>
 *   <li>remote names this node as removed → this node is done ({@link Kind#SELF_REMOVED});</li>
 *   <li>not from a member this node reaches, or not listing this node → ignored;</li>
 *   <li>same version → the seen sets are united;</li>
 *   <li>remote newer → adopted; local newer → kept, and the sender is told;</li>
 *   <li>concurrent → merged (nobody has seen the result but this node), and the sender is told.</li>
 * </ul>
 * In every accepted case this node has now seen the result. "Talk back" (send our envelope to the
 * sender) is asked for whenever the sender's copy lacks something ours has, including our seen
 * mark, so two nodes that exchanged a state both know the other saw it.
 */
final class GossipReception {

  private GossipReception() {}

  enum Kind { IGNORED, SAME, NEWER, OLDER, MERGED, SELF_REMOVED }

  record Outcome(Kind kind, MembershipState state, boolean talkback, String reason) {}

  static Outcome receive(MembershipState local, UniqueAddress from, Gossip remote) {
    UniqueAddress self = local.self();
    Gossip mine = local.gossip();
    if (remote.isTombstoned(self)) {
      return new Outcome(Kind.SELF_REMOVED, local.with(remote), false, "this node was removed");
    }
    if (!remote.hasMember(self)) {
      return ignored(local, "it does not list this node");
    }
    if (!mine.hasMember(self)) {
      // A joiner whose welcome was lost hears the state from another member: as good as a welcome.
      return new Outcome(Kind.NEWER, local.with(remote.seenBy(self)), true, "");
    }
    if (mine.isTombstoned(from)) {
      return ignored(local, "the sender was removed");
    }
    if (!mine.hasMember(from)) {
      return ignored(local, "the sender is not a member");
    }
    if (!mine.reachability().isReachable(self, from)) {
      return ignored(local, "this node holds the sender unreachable");
    }
    boolean theyLackOurMark = !remote.seenByNode(self);
    return switch (remote.version().compare(mine.version())) {
      case SAME -> new Outcome(Kind.SAME, local.with(mine.mergeSeen(remote).seenBy(self)),
          theyLackOurMark || !remote.overview().seen().containsAll(mine.overview().seen()), "");
      case AFTER -> new Outcome(Kind.NEWER, local.with(remote.seenBy(self)), theyLackOurMark, "");
      case BEFORE -> new Outcome(Kind.OLDER, local, true, "");
      case CONCURRENT -> new Outcome(Kind.MERGED, local.with(mine.merge(remote).seenBy(self)),
          true, "");
    };
  }

  private static Outcome ignored(MembershipState local, String reason) {
    return new Outcome(Kind.IGNORED, local, false, reason);
  }
}
