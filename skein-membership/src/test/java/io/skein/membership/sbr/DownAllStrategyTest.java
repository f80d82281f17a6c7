package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** down-all and off as tables. */
class DownAllStrategyTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C | D E                  => down all [DownAll]",
      "A B C | D E (self D)         => down all [DownAll]",
      "A | B C D E                  => down all",
      "A B C | D:down E             => down A B C E",
  })
  void downAllDownsEveryMemberOnEverySide(String row) {
    Scenario.parse(row).assertDecidedBy(new DownAllStrategy());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C | D E                  => keep all [KeepAll]",
      "A | B C D E                  => keep all",
  })
  void noSbrNeverDownsAnybody(String row) {
    Scenario.parse(row).assertDecidedBy(new NoSbr());
  }

  @Test
  void strategiesAreNamedAsInTheConfig() {
    assertThat(new DownAllStrategy().name()).isEqualTo("down-all");
    assertThat(new NoSbr().name()).isEqualTo("off");
  }
}
