package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataCentersTest {

  private static Member in(int i, String dc, int upNumber) {
    return new Member(node(i), MemberStatus.UP, upNumber, dc, "r1", Set.of());
  }

  @Test
  void theDcFieldWinsThenADcRoleThenTheDefault() {
    assertThat(DataCenters.memberDc(in(1, "eu", 1))).isEqualTo("eu");
    assertThat(DataCenters.memberDc(new Member(node(2), MemberStatus.UP, 2, "", "r1",
        Set.of("voter", "dc-us")))).isEqualTo("us");
    assertThat(DataCenters.memberDc(in(3, " ", 3))).isEqualTo(DataCenters.DEFAULT_DC);
    assertThat(DataCenters.dcFromRoles(Set.of("dc-"))).isEmpty();
  }

  @Test
  void peersSplitIntoSameDcAndCrossDcWithoutTheLocalMember() {
    Member local = in(1, "eu", 1);
    DataCenters.DcPartition p = DataCenters.partitionByDc(local,
        List.of(local, in(2, "eu", 2), in(3, "us", 3), in(4, "eu", 4)));
    assertThat(p.inDc()).extracting(Member::uniqueAddress).containsExactly(node(2), node(4));
    assertThat(p.crossDc()).extracting(Member::uniqueAddress).containsExactly(node(3));
  }

  @Test
  void crossDcPeersGetTheSlowerHeartbeatSettings() {
    CrossDcSettings cross = CrossDcSettings.DEFAULTS;
    Member local = in(1, "eu", 1);
    assertThat(DataCenters.heartbeatIntervalFor(local, in(2, "eu", 2), 1_000, cross))
        .isEqualTo(1_000);
    assertThat(DataCenters.heartbeatIntervalFor(local, in(3, "us", 3), 1_000, cross))
        .isEqualTo(3_000);
    assertThat(DataCenters.acceptablePauseFor(local, in(3, "us", 3), 3_000, cross))
        .isEqualTo(10_000);
    assertThat(DataCenters.sameDc(local, in(2, "eu", 9))).isTrue();
  }

  @Test
  void onlyTheOldestNodesOfADcMonitorTheOldestOfTheOthers() {
    CrossDcSettings two = new CrossDcSettings(3_000, 10_000, 2);
    List<Member> members = List.of(in(1, "eu", 1), in(2, "eu", 4), in(3, "eu", 2),
        in(4, "us", 5), in(5, "us", 3), in(6, "us", 6), in(7, "ap", 7));
    assertThat(DataCenters.crossDcMonitoringTargets(members.get(0), members, two))
        .extracting(Member::uniqueAddress).containsExactly(node(7), node(5), node(4));
    assertThat(DataCenters.crossDcMonitoringTargets(members.get(1), members, two))
        .as("the third oldest in eu does not monitor").isEmpty();
  }

  @Test
  void settingsOutOfRangeAreRejected() {
    assertThatThrownBy(() -> new CrossDcSettings(0, 1, 1))
        .hasMessage("cross-dc heartbeat-interval: 0 ms (expected: >= 1)");
    assertThatThrownBy(() -> LifecycleSettings.DEFAULTS.withWeaklyUpAfter(-1))
        .hasMessage("weakly-up-after: -1 ms (expected: >= 0)");
  }

  @Test
  void roundRobinTargetsSkipSelf() {
    List<String> peers = List.of("a", "b", "c");
    assertThat(GossipTargets.pickGossipTarget(peers, 0, "b")).contains("a");
    assertThat(GossipTargets.pickGossipTarget(peers, 1, "b")).contains("c");
    assertThat(GossipTargets.pickGossipTarget(peers, 2, "b")).contains("a");
    assertThat(GossipTargets.pickGossipTarget(peers, -1, "b")).contains("c");
    assertThat(GossipTargets.pickGossipTarget(List.of("b"), 5, "b")).isEmpty();
  }
}
