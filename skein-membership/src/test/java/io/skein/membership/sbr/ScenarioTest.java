package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The table notation itself: rows build the views they describe, and wrong rows fail. */
class ScenarioTest {

  @Test
  void aCleanSplitSeenFromTheFirstMember() {
    Scenario s = Scenario.parse("A B C | D E => keep A B C");

    assertThat(s.view().self()).isEqualTo(Scenario.address("A"));
    assertThat(s.names(s.view().unreachable())).containsExactly("D", "E");
    assertThat(s.view().observations()).hasSize(6); // A, B, C each lose D and E
    assertThat(s.names(s.view().seenBy())).containsExactly("A", "B", "C");
    assertThat(s.view().leader()).contains(Scenario.address("A"));
    assertThat(s.names(s.expectedDown())).containsExactly("D", "E");
  }

  @Test
  void selfStatusUpNumberAndRolesComeFromTheTokens() {
    Scenario s = Scenario.parse("A:joining B@9/db/web | C (self C) => down C");

    Member a = s.view().member(Scenario.address("A")).orElseThrow();
    Member b = s.view().member(Scenario.address("B")).orElseThrow();
    assertThat(s.view().self()).isEqualTo(Scenario.address("C"));
    assertThat(a.status()).isEqualTo(MemberStatus.JOINING);
    assertThat(a.upNumber()).isEqualTo(Member.NOT_UP);
    assertThat(b.upNumber()).isEqualTo(9);
    assertThat(b.roles()).containsExactlyInAnyOrder("db", "web");
    assertThat(s.view().member(Scenario.address("C")).orElseThrow().upNumber()).isEqualTo(3);
  }

  @Test
  void aOneWayLossIsOneRecordAndKeepsGossipFlowingAroundIt() {
    Scenario s = Scenario.parse("A B C ; B-x>C => keep all");

    assertThat(s.view().observations()).containsExactly(
        new UnreachableObservation(Scenario.address("B"), Scenario.address("C")));
    assertThat(s.names(s.view().seenBy())).containsExactly("A", "B", "C");
  }

  @Test
  void aRowWithTheWrongOutcomeFails() {
    Scenario wrong = Scenario.parse("A B C | D E => keep D E");
    Scenario wrongDecision = Scenario.parse("A B C | D E => keep A B C [DownAll]");
    KeepMajorityStrategy strategy = new KeepMajorityStrategy(Optional.empty());

    assertThatThrownBy(() -> wrong.assertDecidedBy(strategy))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("A B C | D E => keep D E");
    assertThatThrownBy(() -> wrongDecision.assertDecidedBy(strategy))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DownUnreachable");
  }

  @Test
  void malformedRowsAreRefused() {
    assertThatThrownBy(() -> Scenario.parse("A B | C"))
        .hasMessageContaining("expected: situation => outcome");
    assertThatThrownBy(() -> Scenario.parse("A B ; B~C => keep all"))
        .hasMessageContaining("expected: X-x-Y or X-x>Y");
    assertThatThrownBy(() -> Scenario.parse("A B => keep Z"))
        .hasMessageContaining("unknown member 'Z'");
  }
}
