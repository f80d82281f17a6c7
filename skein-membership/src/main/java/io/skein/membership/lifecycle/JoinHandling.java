package io.skein.membership.lifecycle;

import io.skein.membership.lifecycle.GossipPdu.Join;
import io.skein.membership.lifecycle.GossipPdu.Welcome;
import io.skein.membership.lifecycle.MembershipOutput.Outbound;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.List;
import java.util.Optional;

/**
 * How a member answers a {@link Join}, Akka's way:
 * <ul>
 *   <li>a node that is not in a cluster itself admits nobody;</li>
 *   <li>a removed incarnation may not come back (its tombstone stands);</li>
 *   <li>a node already admitted is welcomed again (its first welcome may have been lost);</li>
 *   <li>a new incarnation of a member's address first has the old incarnation marked Down and is
 *       not admitted until the old one is removed (it keeps retrying), so one address never
 *       names two live members;</li>
 *   <li>otherwise the node is added as Joining and welcomed with the new state.</li>
 * </ul>
 */
final class JoinHandling {

  private static final System.Logger LOG = System.getLogger(JoinHandling.class.getName());

  private JoinHandling() {}

  static MembershipOutput onJoin(ClusterMembership node, Join join) {
    UniqueAddress joiner = join.from();
    UniqueAddress self = node.self();
    MembershipState state = node.state();
    Gossip gossip = state.gossip();
    if (!node.isMember() || joiner.equals(self) || gossip.isTombstoned(joiner)) {
      LOG.log(System.Logger.Level.DEBUG, "[{0}][peer {1}] join ignored", self, joiner);
      return MembershipOutput.NONE;
    }
    if (gossip.hasMember(joiner)) {
      return new MembershipOutput(List.of(welcome(self, joiner, gossip)), List.of());
    }
    Optional<Member> previous = gossip.memberList().stream()
        .filter(m -> m.uniqueAddress().address().equals(joiner.address()))
        .findFirst();
    if (previous.isPresent()) {
      Member old = previous.get();
      if (!old.status().canMoveTo(MemberStatus.DOWN)) {
        return MembershipOutput.NONE;
      }
      LOG.log(System.Logger.Level.INFO, "[{0}][member {1}] Down: replaced by incarnation {2}",
          self, old.uniqueAddress(), joiner.uid());
      Gossip next = gossip.withMember(old.withStatus(MemberStatus.DOWN)).changedBy(self);
      return node.commit(state.with(next), List.of());
    }
    Member member = Member.joining(joiner, join.dc(), join.rack(), join.roles());
    Gossip next = gossip.withMember(member).changedBy(self);
    return node.commit(state.with(next), List.of(welcome(self, joiner, next)));
  }

  private static Outbound welcome(UniqueAddress self, UniqueAddress joiner, Gossip gossip) {
    return new Outbound(joiner.address(), new Welcome(self, joiner, gossip));
  }
}
