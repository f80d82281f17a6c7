package io.skein.membership.sbr;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** keep-majority as a table: each row is a split, seen from one member, and what it decides. */
class KeepMajorityStrategyTest {

  private static final KeepMajorityStrategy KEEP_MAJORITY =
      new KeepMajorityStrategy(Optional.empty());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // 2|3: the three survive, seen from either side
      "A B C | D E                  => keep A B C [DownUnreachable]",
      "A B C | D E (self D)         => down D E [DownReachable]",
      "A B | C D E                  => down A B [DownReachable]",
      "A B | C D E (self C)         => keep C D E",
      "A C E | B D                  => keep A C E",
      "A C E | B D (self B)         => down B D",
      // 3|3 and 2|2: a tie keeps the side holding the lowest address
      "A B C | D E F                => keep A B C",
      "A B C | D E F (self D)       => down D E F",
      "B C D | A E F                => down B C D",
      "A B | C D                    => keep A B",
      "A B | C D (self C)           => down C D",
      // 1|4
      "A | B C D E                  => down A",
      "A | B C D E (self B)         => keep B C D E",
      // 2|2|1: no side is a majority, every side downs itself
      "A B | C D | E                => down A B",
      "A B | C D | E (self C)       => down C D",
      "A B | C D | E (self E)       => down E",
      // members already Down neither count nor get downed again
      "A B | C:down D:down E        => keep A B",
  })
  void decidesLikeTheTable(String row) {
    Scenario.parse(row).assertDecidedBy(KEEP_MAJORITY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // a tie won only because E is still Joining here: E may be Up over there
      "A B | C D E:joining          => down A B [DownReachable]",
      "A B | C D E:joining (self C) => down C D E",
      "A B | C D E (self C)         => keep C D E",
      "A B | C D E:weaklyup         => down A B",
      // a win that needs our Leaving member: it may already have left over there
      "C D E:leaving | A B (self C) => down C D E",
      // joining members on our side are downed with it but never counted for it
      "A B F:joining | C D E        => down A B F",
  })
  void countsMembershipChangesAgainstItself(String row) {
    Scenario.parse(row).assertDecidedBy(KEEP_MAJORITY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C/db | D/db E/db         => down A B C",
      "A B C/db | D/db E/db (self D) => keep D E",
      "A/db B | C/db D E            => keep A B",
  })
  void countsOnlyTheRoleWhenGiven(String row) {
    Scenario.parse(row).assertDecidedBy(new KeepMajorityStrategy(Optional.of("db")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A B | C => down all [DownAll]"})
  void downsAllWhenNoMemberHasTheRole(String row) {
    Scenario.parse(row).assertDecidedBy(new KeepMajorityStrategy(Optional.of("db")));
  }
}
