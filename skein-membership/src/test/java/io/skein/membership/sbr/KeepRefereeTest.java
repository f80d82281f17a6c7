package io.skein.membership.sbr;

import io.skein.core.HostAndPort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** keep-referee as a table; the referee is C. */
class KeepRefereeTest {

  private static final HostAndPort C = Scenario.address("C").address();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C | D E                  => keep A B C [DownUnreachable]",
      "A B C | D E (self D)         => down D E [DownReachable]",
      "A B | C D E                  => down A B",
      "A B | C D E (self C)         => keep C D E",
      // the referee alone is enough with down_all_if_less_than_nodes 1
      "C | A B D E                  => keep C",
      "C | A B D E (self A)         => down A B D E",
      "A B | C | D E                => down A B",
  })
  void theRefereesSideSurvives(String row) {
    Scenario.parse(row).assertDecidedBy(new KeepReferee(C, 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // no member at C's address: every side downs itself
      "A B D | E F                  => down A B D",
      "A B D | E F (self E)         => down E F",
      // the referee was downed: the same
      "A B C:down | D E             => down A B",
  })
  void aMissingRefereeDownsEverySide(String row) {
    Scenario.parse(row).assertDecidedBy(new KeepReferee(C, 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "C D | A B E                  => down all [DownAll]",
      "C D | A B E (self A)         => down A B E",
      "A B C | D E                  => keep A B C",
  })
  void downsAllWhenTheRefereesSideIsTooSmall(String row) {
    Scenario.parse(row).assertDecidedBy(new KeepReferee(C, 3));
  }
}
