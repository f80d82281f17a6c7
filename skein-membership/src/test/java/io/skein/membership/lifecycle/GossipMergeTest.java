package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.gossip;
import static io.skein.membership.lifecycle.Fixtures.member;
import static io.skein.membership.lifecycle.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GossipMergeTest {

  @Test
  void concurrentStatusesMergeToTheOneFurtherAlong() {
    Gossip base = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP));
    Gossip left = base.withMember(member(2, MemberStatus.LEAVING)).changedBy(node(1));
    Gossip right = base.withMember(member(2, MemberStatus.DOWN)).changedBy(node(2));
    assertThat(left.version().compare(right.version())).isEqualTo(VectorRelation.CONCURRENT);
    Gossip merged = left.merge(right);
    assertThat(merged.member(node(2)).orElseThrow().status()).isEqualTo(MemberStatus.DOWN);
    assertThat(merged).isEqualTo(right.merge(left));
    assertThat(merged.version().compare(left.version())).isEqualTo(VectorRelation.AFTER);
    assertThat(merged.version().compare(right.version())).isEqualTo(VectorRelation.AFTER);
  }

  @Test
  void nobodyHasSeenAMergedState() {
    Gossip base = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP));
    Gossip left = base.changedBy(node(1));
    Gossip right = base.changedBy(node(2));
    assertThat(left.merge(right).overview().seen()).isEmpty();
  }

  @Test
  void onEqualStatusesTheLowerUpNumberWins() {
    Gossip base = gossip(member(1, MemberStatus.UP), member(3, MemberStatus.JOINING));
    Gossip left = base.withMember(member(3, MemberStatus.UP, 2)).changedBy(node(1));
    Gossip right = base.withMember(member(3, MemberStatus.UP, 5)).changedBy(node(2));
    assertThat(left.merge(right).member(node(3)).orElseThrow().upNumber()).isEqualTo(2);
    assertThat(right.merge(left).member(node(3)).orElseThrow().upNumber()).isEqualTo(2);
  }

  @Test
  void aMemberOnlyOneSideKnowsIsKept() {
    Gossip base = gossip(member(1, MemberStatus.UP));
    Gossip left = base.withMember(member(2, MemberStatus.JOINING)).changedBy(node(1));
    Gossip right = base.withMember(member(3, MemberStatus.JOINING)).changedBy(node(2));
    assertThat(left.merge(right).members()).containsOnlyKeys(node(1), node(2), node(3));
  }

  @Test
  void aTombstoneWinsOverAnOlderStateThatStillListsTheMember() {
    Gossip base = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.DOWN));
    Gossip removed = base.removeMembers(List.of(node(2)), 500).changedBy(node(1));
    Gossip stale = base.changedBy(node(2));
    Gossip merged = stale.merge(removed);
    assertThat(merged.members()).containsOnlyKeys(node(1));
    assertThat(merged.tombstones()).containsKey(node(2));
    assertThat(merged.version().versions()).doesNotContainKey(Gossip.vclockKey(node(2)));
  }

  @Test
  void reachabilityRecordsOfRemovedMembersDoNotSurviveAMerge() {
    Gossip base = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP),
        member(3, MemberStatus.UP));
    Gossip withRecord = base.withReachability(
        Reachability.empty().unreachable(node(1), node(3))).changedBy(node(1));
    Gossip removed = base.removeMembers(List.of(node(3)), 1).changedBy(node(2));
    Gossip merged = withRecord.merge(removed);
    assertThat(merged.reachability().records()).isEmpty();
  }

  @Test
  void aSeenMarkMustNameAMember() {
    Gossip g = gossip(member(1, MemberStatus.UP));
    assertThatThrownBy(() -> new Gossip(g.members(),
        new GossipOverview(java.util.Set.of(node(9)), Reachability.empty()), g.version(),
        g.tombstones()))
        .hasMessageContaining("gossip seen: 127.0.0.1:7009#9 (expected: a member)");
  }

  /** Random concurrent edits of one base: merge is commutative and idempotent on members. */
  @ParameterizedTest
  @ValueSource(longs = {3, 17, 99, 4242, 65_537})
  void mergeIsCommutativeAndIdempotent(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MemberStatus[] statuses = MemberStatus.values();
    for (int round = 0; round < 300; round++) {
      Gossip base = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.JOINING),
          member(3, MemberStatus.UP), member(4, MemberStatus.UP));
      Gossip left = randomEdit(base, random, statuses).changedBy(node(1));
      Gossip right = randomEdit(base, random, statuses).changedBy(node(2));
      String where = "seed " + seed + " round " + round + ": " + left + " / " + right;
      assertThat(left.merge(right)).as(where).isEqualTo(right.merge(left));
      Gossip merged = left.merge(right);
      assertThat(merged.merge(merged)).as(where).isEqualTo(merged);
      for (Member m : merged.members().values()) {
        int precedence = m.status().precedence();
        left.member(m.uniqueAddress()).ifPresent(
            l -> assertThat(precedence).as(where).isLessThanOrEqualTo(l.status().precedence()));
        right.member(m.uniqueAddress()).ifPresent(
            r -> assertThat(precedence).as(where).isLessThanOrEqualTo(r.status().precedence()));
      }
    }
  }

  private static Gossip randomEdit(Gossip g, SplittableRandom random, MemberStatus[] statuses) {
    for (Member m : List.copyOf(g.members().values())) {
      MemberStatus next = statuses[random.nextInt(statuses.length)];
      if (next == MemberStatus.REMOVED && random.nextInt(3) == 0) {
        g = g.removeMembers(List.of(m.uniqueAddress()), random.nextInt(100));
      } else if (m.status().canMoveTo(next)) {
        g = g.withMember(next == MemberStatus.UP ? m.up(1 + random.nextInt(5))
            : m.withStatus(next));
      }
    }
    return g;
  }
}
