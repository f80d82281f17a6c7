package io.skein.membership.lifecycle;

import io.skein.core.HostAndPort;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Small builders for lifecycle tests: node {@code i} is 127.0.0.1:(7000+i), uid i. */
final class Fixtures {

  private Fixtures() {}

  static UniqueAddress node(int i) {
    return new UniqueAddress(new HostAndPort("127.0.0.1", 7000 + i), i);
  }

  static Member member(int i, MemberStatus status) {
    return member(i, status, status == MemberStatus.JOINING || status == MemberStatus.WEAKLY_UP
        ? Member.NOT_UP : i);
  }

  static Member member(int i, MemberStatus status, int upNumber) {
    return new Member(node(i), status, upNumber, "dc1", "rack1", Set.of());
  }

  /** A gossip holding {@code members}, version {@code {node(1): 1}}, seen by nobody. */
  static Gossip gossip(Member... members) {
    TreeMap<UniqueAddress, Member> map = new TreeMap<>();
    for (Member m : members) {
      map.put(m.uniqueAddress(), m);
    }
    return new Gossip(map, GossipOverview.empty(),
        VectorClock.empty().increment(Gossip.vclockKey(node(1))), new TreeMap<>());
  }

  /** {@code g} seen by the given nodes. */
  static Gossip seenBy(Gossip g, int... nodes) {
    for (int i : nodes) {
      g = g.seenBy(node(i));
    }
    return g;
  }

  /** {@code g} seen by every member. */
  static Gossip seenByAll(Gossip g) {
    for (Member m : List.copyOf(g.members().values())) {
      g = g.seenBy(m.uniqueAddress());
    }
    return g;
  }

  static MembershipState view(int self, Gossip g) {
    return new MembershipState(node(self), g);
  }
}
