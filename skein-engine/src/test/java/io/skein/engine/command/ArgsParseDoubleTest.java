package io.skein.engine.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.core.DoubleFormat;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArgsParseDoubleTest {

  private static double parse(String s) {
    return Args.parseDouble(s.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void integerFastPathReadsWhatTheGeneralParserReads() {
    String[] texts = {"0", "-0", "7", "-7", "000123", "-000", "999999999999999",
        "-999999999999999", "9999999999999999", "12345678901234567890", "1.5", "-2.25", "1e3",
        "+5", "inf", "-inf"};
    for (String t : texts) {
      assertThat(Double.doubleToRawLongBits(parse(t))).as(t)
          .isEqualTo(Double.doubleToRawLongBits(DoubleFormat.parse(t)));
    }
  }

  @Test
  void randomIntegersParseExactly() {
    long seed = 7L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 10_000; i++) {
      long v = random.nextLong(-999_999_999_999_999L, 1_000_000_000_000_000L);
      assertThat(parse(Long.toString(v))).as("seed %d value %d", seed, v).isEqualTo((double) v);
    }
  }

  @Test
  void notANumberIsRefused() {
    for (String t : new String[] {"", "-", "1-2", "12a", "nan", " 1"}) {
      assertThatThrownBy(() -> parse(t)).as(t).isInstanceOf(RedisException.class);
    }
  }
}
