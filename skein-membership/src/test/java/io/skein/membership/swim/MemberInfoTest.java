package io.skein.membership.swim;

import static io.skein.membership.swim.SwimStatus.ALIVE;
import static io.skein.membership.swim.SwimStatus.DEAD;
import static io.skein.membership.swim.SwimStatus.LEFT;
import static io.skein.membership.swim.SwimStatus.SUSPECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.member.UniqueAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MemberInfoTest {

  private static final UniqueAddress A = TestNet.address(1);

  private static MemberInfo claim(SwimStatus status, long inc) {
    return new MemberInfo(A, "dc1", "r1", inc, status);
  }

  @ParameterizedTest(name = "{0}@{1} over {2}@{3} => {4}")
  @CsvSource({
      // update, inc, current, inc, overrides
      "ALIVE,   2, ALIVE,   1, true",
      "ALIVE,   1, ALIVE,   1, false",
      "ALIVE,   1, SUSPECT, 1, false",
      "ALIVE,   2, SUSPECT, 1, true",
      "ALIVE,   2, DEAD,    1, true",
      "ALIVE,   1, DEAD,    1, false",
      "ALIVE,   3, LEFT,    2, true",
      "SUSPECT, 1, ALIVE,   1, true",
      "SUSPECT, 2, ALIVE,   1, true",
      "SUSPECT, 1, ALIVE,   2, false",
      "SUSPECT, 1, SUSPECT, 1, false",
      "SUSPECT, 2, SUSPECT, 1, true",
      "SUSPECT, 5, DEAD,    1, false",
      "SUSPECT, 5, LEFT,    1, false",
      "DEAD,    1, ALIVE,   1, true",
      "DEAD,    1, SUSPECT, 1, true",
      "DEAD,    1, ALIVE,   2, false",
      "DEAD,    2, DEAD,    1, false",
      "DEAD,    1, LEFT,    1, false",
      "LEFT,    1, ALIVE,   1, true",
      "LEFT,    1, SUSPECT, 1, true",
      "LEFT,    1, DEAD,    1, false",
  })
  void precedenceFollowsIncarnationThenSeverity(
      SwimStatus update, long inc, SwimStatus current, long currentInc, boolean overrides) {
    assertThat(claim(update, inc).overrides(claim(current, currentInc))).isEqualTo(overrides);
  }

  @Test
  void onlyAnAliveClaimIntroducesAnUnknownMember() {
    assertThat(claim(ALIVE, 1).overrides(null)).isTrue();
    assertThat(claim(SUSPECT, 1).overrides(null)).isFalse();
    assertThat(claim(DEAD, 1).overrides(null)).isFalse();
    assertThat(claim(LEFT, 1).overrides(null)).isFalse();
  }

  @Test
  void claimsAboutDifferentMembersAreNotComparable() {
    MemberInfo other = new MemberInfo(TestNet.address(2), "dc1", "r1", 1, ALIVE);
    assertThatThrownBy(() -> claim(ALIVE, 2).overrides(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected: " + A);
  }

  @Test
  void negativeIncarnationIsRejected() {
    assertThatThrownBy(() -> claim(ALIVE, -1))
        .hasMessage("incarnation: -1 (expected: >= 0)");
  }
}
