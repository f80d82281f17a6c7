package io.skein.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blocking timeouts read as Redis 7.2 reads them on x86-64 (getTimeoutFromObjectOrReply: an
 * x87 long double, times 1000, rounded up). Expected values were worked out with exact
 * rational arithmetic rounding to a 64-bit significand at each step.
 */
class TimeoutArgTest {

  private static final long NOW = 1_700_000_000_000L;

  private static long millis(String text) {
    return Args.parseTimeoutMillis(text.getBytes(StandardCharsets.ISO_8859_1), NOW);
  }

  private static String error(String text, long now) {
    try {
      Args.parseTimeoutMillis(text.getBytes(StandardCharsets.ISO_8859_1), now);
      return "no error";
    } catch (RedisException e) {
      return e.getMessage();
    }
  }

  @ParameterizedTest(name = "{0} s -> {1} ms")
  @CsvSource({
      "0, 0",
      "1, 1000",
      "0.5, 500",
      "1.5, 1500",
      "+2, 2000",
      ".5, 500",
      "5., 5000",
      "1E3, 1000000",
      "0.3, 300",
      // Tiny positive timeouts round up to 1 ms instead of becoming 0, "block for ever".
      "0.001, 1",
      "0.0001, 1",
      "1e-300, 1",
      // x87 rounding: 0.253 is a hair above 0.253 as a long double, so it is 254 ms in Redis.
      "0.253, 254",
      "2.007, 2007",
      // Negative zero, and negatives that round up to zero, block for ever as in Redis.
      "-0, 0",
      "-0.0, 0",
      "-0.0001, 0",
      // -0.001 as a long double times 1000 is -0.99999999999999999995: it rounds up to 0.
      "-0.001, 0",
      "-0.0009, 0",
      "0e999999, 0",
      // Hex floats are numbers to strtold.
      "0x10, 16000",
      "0X1p-1, 500",
      "9223372036854775.807, 9223372036854775807",
  })
  void acceptsWhatRedisAccepts(String text, long expected) {
    assertThat(Args.parseTimeoutMillis(text.getBytes(StandardCharsets.US_ASCII), 0))
        .as(text).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.002", "-1", "-1.5", "-inf", "-Infinity", "-1e300", "-1e4000"})
  void negativeMillisecondsAreNegative(String text) {
    assertThat(error(text, NOW)).isEqualTo("ERR timeout is negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"inf", "+INF", "infinity", "1e400", "1e4000",
      "9223372036854775.8075"})
  void productsAboveLongMaxAreOutOfRange(String text) {
    assertThat(error(text, 0)).isEqualTo("ERR timeout is out of range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nan", "-nan", "NaN", "abc", "", " 1", "1 ", "1e", "1e+", "e5", ".",
      "0x", "0x1p", "1..2", "inff", "1e5000", "1e-5000", "--1", "1,5"})
  void otherTextIsNotAFloat(String text) {
    assertThat(error(text, NOW)).isEqualTo("ERR timeout is not a float or out of range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775", "9223372036854775.807"})
  void aDeadlinePastLongMaxIsOutOfRange(String text) {
    assertThat(error(text, NOW)).isEqualTo("ERR timeout is out of range");
    assertThat(error(text, 0)).isEqualTo("no error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0.5"})
  void readingStopsAtANulByteAsInACString(String text) {
    assertThat(millis(text + "\0garbage")).isEqualTo(millis(text));
    assertThat(millis("\0")).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {5119, 5120})
  void fiveKilobytesOfTextIsTooLong(int length) {
    String text = "1." + "0".repeat(length - 2);
    if (length < 5120) {
      assertThat(millis(text)).isEqualTo(1000);
    } else {
      assertThat(error(text, NOW)).isEqualTo("ERR timeout is not a float or out of range");
    }
  }
}
