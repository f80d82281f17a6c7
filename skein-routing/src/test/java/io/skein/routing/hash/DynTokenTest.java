package io.skein.routing.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DynTokenTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "2147483647, 2147483647", "4294967295, 4294967295",
      "' 101 ', 101", "0000000007, 7"})
  void parsesDecimalTokensInRange(String text, long expected) {
    assertThat(DynToken.parse(text).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4294967296", "99999999999", "-1", "+5", "0x10", "", " ", "1.5",
      "12a", "１２"})
  void refusesTokensOutOfRangeOrMalformedInsteadOfSaturating(String text) {
    assertThatThrownBy(() -> DynToken.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token: '" + text + "'")
        .hasMessageContaining("0..4294967295");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 4294967296L, Long.MIN_VALUE})
  void constructorRefusesValuesOutsideU32(long value) {
    assertThatThrownBy(() -> new DynToken(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void fromU32ReadsTheBitsUnsigned(int bits) {
    assertThat(DynToken.fromU32(bits).value()).isEqualTo(Integer.toUnsignedLong(bits));
  }
}
