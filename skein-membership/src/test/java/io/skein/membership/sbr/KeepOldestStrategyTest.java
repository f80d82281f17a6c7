package io.skein.membership.sbr;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** keep-oldest as a table. A is the oldest member unless {@code @n} gives up numbers. */
class KeepOldestStrategyTest {

  private static final KeepOldestStrategy DOWN_IF_ALONE =
      new KeepOldestStrategy(true, Optional.empty());
  private static final KeepOldestStrategy STAY_ALONE =
      new KeepOldestStrategy(false, Optional.empty());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // the oldest's side survives, even as the minority
      "A B | C D E                  => keep A B [DownUnreachable]",
      "A B | C D E (self C)         => down C D E [DownReachable]",
      "B C | A D E                  => down B C",
      "A B C | D E F                => keep A B C",
      "A@5 B | C D@1 E              => down A B",
      "A@5 B | C D@1 E (self D)     => keep C D E",
      // 2|2|1: only the oldest's side survives
      "A B | C D | E (self C)       => down C D",
      "A B | C D | E                => keep A B",
      // an isolated oldest gives way to the others when down_if_alone is on
      "A | B C D E                  => down A [DownReachable]",
      "A | B C D E (self B)         => keep B C D E [DownUnreachable]",
      // ... but not in a cluster of two: the other side is no bigger
      "A | B                        => keep A",
      "A | B (self B)               => down B",
      // a win that needs our Leaving oldest: it may already have left over there
      "A:leaving C D | B E (self C) => down A C D",
  })
  void decidesLikeTheTableWithDownIfAlone(String row) {
    Scenario.parse(row).assertDecidedBy(DOWN_IF_ALONE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A | B C D E                  => keep A",
      "A | B C D E (self B)         => down B C D E",
      "A B | C D E (self C)         => down C D E",
  })
  void keepsAnIsolatedOldestWithoutDownIfAlone(String row) {
    Scenario.parse(row).assertDecidedBy(STAY_ALONE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // the oldest with the role is B
      "A B/db | C/db D              => keep A B",
      "A C/db | B/db D              => down A C",
  })
  void takesTheOldestWithTheRoleWhenGiven(String row) {
    Scenario.parse(row).assertDecidedBy(new KeepOldestStrategy(true, Optional.of("db")));
  }
}
