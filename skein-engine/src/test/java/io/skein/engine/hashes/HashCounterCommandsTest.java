package io.skein.engine.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

class HashCounterCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void hincrbyCreatesAndAdds() {
    assertThat(h.run("HINCRBY", "h", "n", "5")).isEqualTo(5L);
    assertThat(h.run("HINCRBY", "h", "n", "-7")).isEqualTo(-2L);
    assertThat(h.run("HGET", "h", "n")).isEqualTo("-2");
  }

  @Test
  void hincrbyRejectsBadInputWithoutChanges() {
    h.run("HSET", "h", "s", "abc", "n", "9223372036854775806", "sp", " 1");
    assertThat(h.run("HINCRBY", "h", "s", "1")).isEqualTo("-ERR hash value is not an integer");
    assertThat(h.run("HINCRBY", "h", "sp", "1")).isEqualTo("-ERR hash value is not an integer");
    assertThat(h.run("HINCRBY", "h", "n", "x"))
        .isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("HINCRBY", "h", "n", "2"))
        .isEqualTo("-ERR increment or decrement would overflow");
    assertThat(h.run("HGET", "h", "n")).isEqualTo("9223372036854775806");
    assertThat(h.run("HINCRBY", "h", "n", "1")).isEqualTo(Long.MAX_VALUE);
    assertThat(h.run("HINCRBY", "fresh", "n", "nope"))
        .isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("EXISTS", "fresh")).isEqualTo(0L);
  }

  @Test
  void hincrbyfloatPrintsLikeRedis() {
    assertThat(h.run("HINCRBYFLOAT", "h", "f", "10.5")).isEqualTo("10.5");
    assertThat(h.run("HINCRBYFLOAT", "h", "f", "0.1")).isEqualTo("10.6");
    assertThat(h.run("HINCRBYFLOAT", "h", "f", "-5")).isEqualTo("5.6");
    assertThat(h.run("HINCRBYFLOAT", "h", "g", "0.1")).isEqualTo("0.1");
    assertThat(h.run("HINCRBYFLOAT", "h", "g", "0.2")).isEqualTo("0.3");
    assertThat(h.run("HINCRBYFLOAT", "h", "e", "5.0e3")).isEqualTo("5000");
    assertThat(h.run("HINCRBYFLOAT", "h", "e", "-5000")).isEqualTo("0");
    h.run("HSET", "h", "i", "3");
    assertThat(h.run("HINCRBYFLOAT", "h", "i", "1.5")).isEqualTo("4.5");
    assertThat(h.run("HGET", "h", "i")).isEqualTo("4.5");
  }

  @Test
  void hincrbyfloatRejectsBadInputWithoutChanges() {
    h.run("HSET", "h", "s", "abc", "f", "1.5");
    assertThat(h.run("HINCRBYFLOAT", "h", "s", "1")).isEqualTo("-ERR hash value is not a float");
    assertThat(h.run("HINCRBYFLOAT", "h", "f", "x")).isEqualTo("-ERR value is not a valid float");
    assertThat(h.run("HINCRBYFLOAT", "h", "f", "inf")).isEqualTo("-ERR value is NaN or Infinity");
    assertThat(h.run("HINCRBYFLOAT", "h", "z", "1e308")).isEqualTo("1" + "0".repeat(308));
    assertThat(h.run("HINCRBYFLOAT", "h", "z", "1e308"))
        .isEqualTo("-ERR increment would produce NaN or Infinity");
    assertThat(h.run("HGET", "h", "s")).isEqualTo("abc");
  }
}
