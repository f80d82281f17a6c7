package io.skein.membership.sbr;

import static io.skein.membership.sbr.Scenario.address;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SbrViewTest {

  private static Member up(String name, String dc) {
    return new Member(address(name), MemberStatus.UP, name.charAt(0) - 'A' + 1, dc, "r1", Set.of());
  }

  @Test
  void ofKeepsOnlyOurDatacenterAndDerivesTheUnreachableSetFromTheRecords() {
    Member removed = new Member(address("E"), MemberStatus.REMOVED, 5, "dc1", "r1", Set.of());
    SbrView view = SbrView.of(address("B"),
        List.of(up("A", "dc1"), up("B", "dc1"), up("C", "dc1"), up("D", "dc2"), removed),
        Set.of(new UnreachableObservation(address("B"), address("A")),
            new UnreachableObservation(address("C"), address("D")),
            new UnreachableObservation(address("A"), address("B"))),
        Set.of(address("B")));

    assertThat(view.members()).extracting(Member::uniqueAddress)
        .containsExactlyInAnyOrder(address("A"), address("B"), address("C"));
    assertThat(view.unreachable()).containsExactly(address("A"));
    assertThat(view.observations()).hasSize(2);
    assertThat(view.leader()).contains(address("B"));
    assertThat(view.selfIsLeader()).isTrue();
  }

  @Test
  void theLeaderIsTheFirstReachableUpOrLeavingMember() {
    Member joining = Member.joining(address("A"), "dc1", "r1", Set.of());
    Member leaving = up("C", "dc1").withStatus(MemberStatus.LEAVING);

    assertThat(SbrView.leaderOf(List.of(joining, up("B", "dc1"), leaving), Set.of(address("B"))))
        .contains(address("C"));
    assertThat(SbrView.leaderOf(List.of(joining), Set.of())).isEmpty();
  }

  @Test
  void refusesAViewThatCannotBeTrue() {
    assertThatThrownBy(() -> new SbrView(address("Z"), Set.of(up("A", "dc1")), Set.of(),
        Set.of(), Set.of(), Optional.empty()))
        .hasMessageContaining("self node-z:7000#1 (expected: one of the members)");
    assertThatThrownBy(() -> new SbrView(address("A"), Set.of(up("A", "dc1")),
        Set.of(address("A")), Set.of(), Set.of(), Optional.empty()))
        .hasMessageContaining("in the unreachable set");
    assertThatThrownBy(() -> new SbrView(address("A"),
        Set.of(up("A", "dc1"), up("A", "dc1").withStatus(MemberStatus.LEAVING)), Set.of(),
        Set.of(), Set.of(), Optional.empty()))
        .hasMessageContaining("listed twice");
  }
}
