package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** static-quorum (quorum_size 3 unless a test says otherwise) as a table. */
class StaticQuorumStrategyTest {

  private static final StaticQuorumStrategy QUORUM_3 =
      new StaticQuorumStrategy(3, Optional.empty());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C | D E                  => keep A B C [DownUnreachable]",
      "A B C | D E (self D)         => down D E [DownReachable]",
      "A B | C D E                  => down A B",
      "A B | C D E (self C)         => keep C D E",
      "A | B C D E                  => down A",
      "A | B C D E (self B)         => keep B C D E",
      "A B C D | E                  => keep A B C D",
      // 2|2|1: no side has three members
      "A B | C D | E                => down A B",
      "A B | C D | E (self C)       => down C D",
      "A B | C D | E (self E)       => down E",
      // 3|1 of four members: fine, four is below 2 * 3 - 1
      "B C D | A                    => keep B C D",
      // too few left anywhere (two crashed, one cut off): nobody keeps a quorum
      "A B | C | D:down E:down      => down A B",
  })
  void decidesLikeTheTable(String row) {
    Scenario.parse(row).assertDecidedBy(QUORUM_3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // six members with quorum 3: both halves would keep a quorum
      "A B C | D E F                => down all [DownAll]",
      "A B C | D E F (self D)       => down all [DownAll]",
      "A B C D | E F                => down all [DownAll]",
  })
  void downsAllWhenTheClusterOutgrewTheQuorum(String row) {
    Scenario.parse(row).assertDecidedBy(QUORUM_3);
  }

  @Test
  void warnsAsSoonAsTheClusterIsLargerThanTwiceTheQuorumLessOne() {
    SbrView five = Scenario.parse("A B C D E => keep all").view();
    SbrView six = Scenario.parse("A B C D E F => keep all").view();

    assertThat(QUORUM_3.warning(five)).isEmpty();
    assertThat(QUORUM_3.warning(six)).hasValueSatisfying(w -> assertThat(w)
        .contains("cluster size 6 exceeds 5").contains("quorum_size 3").contains("downs all"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A/db B | C/db D/db E         => down A B",
      "A/db B C | D/db E/db (self D) => keep D E",
  })
  void countsOnlyTheRoleWhenGiven(String row) {
    Scenario.parse(row).assertDecidedBy(new StaticQuorumStrategy(2, Optional.of("db")));
  }

  @Test
  void refusesAQuorumBelowOne() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new StaticQuorumStrategy(0, Optional.empty()))
        .hasMessage("quorum_size: 0 (expected: >= 1)");
  }
}
