package io.skein.engine.strings;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

class CounterCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void incrAndDecrStartFromZero() {
    assertThat(h.run("INCR", "n")).isEqualTo(1L);
    assertThat(h.run("INCR", "n")).isEqualTo(2L);
    assertThat(h.run("DECR", "m")).isEqualTo(-1L);
    assertThat(h.run("INCRBY", "n", "40")).isEqualTo(42L);
    assertThat(h.run("DECRBY", "n", "50")).isEqualTo(-8L);
    assertThat(h.run("GET", "n")).isEqualTo("-8");
  }

  @Test
  void countersKeepTheTtl() {
    h.run("SET", "n", "5", "EX", "100");
    h.run("INCR", "n");
    assertThat(h.run("TTL", "n")).isEqualTo(100L);
    h.run("INCRBYFLOAT", "n", "0.5");
    assertThat(h.run("TTL", "n")).isEqualTo(100L);
  }

  @Test
  void nonIntegersAndOverflowAreRejected() {
    h.run("SET", "s", "abc");
    assertThat(h.run("INCR", "s")).isEqualTo("-ERR value is not an integer or out of range");
    h.run("SET", "s", " 1");
    assertThat(h.run("INCR", "s")).isEqualTo("-ERR value is not an integer or out of range");
    h.run("SET", "s", "01");
    assertThat(h.run("INCR", "s")).isEqualTo("-ERR value is not an integer or out of range");
    h.run("SET", "big", "9223372036854775807");
    assertThat(h.run("INCR", "big")).isEqualTo("-ERR increment or decrement would overflow");
    h.run("SET", "small", "-9223372036854775808");
    assertThat(h.run("DECR", "small")).isEqualTo("-ERR increment or decrement would overflow");
    assertThat(h.run("DECRBY", "x", "-9223372036854775808"))
        .isEqualTo("-ERR decrement would overflow");
    assertThat(h.run("INCRBY", "x", "1.5")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("GET", "big")).isEqualTo("9223372036854775807");
    assertThat(h.run("EXISTS", "x")).isEqualTo(0L);
  }

  @Test
  void incrbyChecksItsArgumentBeforeTheType() {
    h.run("SET", "s", "1");
    assertThat(h.run("INCRBY", "s", "x")).isEqualTo("-ERR value is not an integer or out of range");
  }

  @Test
  void incrbyfloatFormatsAsRedis() {
    h.run("SET", "f", "10.5");
    assertThat(h.run("INCRBYFLOAT", "f", "0.1")).isEqualTo("10.6");
    assertThat(h.run("INCRBYFLOAT", "new", "1")).isEqualTo("1");
    assertThat(h.run("INCRBYFLOAT", "new", "0.25")).isEqualTo("1.25");
    h.run("SET", "big", "17179869184");
    assertThat(h.run("INCRBYFLOAT", "big", "1.5")).isEqualTo("17179869185.5");
    h.run("SET", "e", "5.0e3");
    assertThat(h.run("INCRBYFLOAT", "e", "2.0e2")).isEqualTo("5200");
    assertThat(h.run("INCRBYFLOAT", "z", "0.024390243902439025")).isNotEqualTo("0");
    assertThat(h.run("INCRBYFLOAT", "z", "-0.02439024390243902")).isEqualTo("0");
    h.run("SET", "huge", "1e20");
    assertThat(h.run("INCRBYFLOAT", "huge", "0.1")).isEqualTo("100000000000000000000");
    assertThat(h.run("GET", "f")).isEqualTo("10.6");
  }

  @Test
  void incrbyfloatRejectsBadNumbersAndInfinity() {
    h.run("SET", "f", "1");
    assertThat(h.run("INCRBYFLOAT", "f", "abc")).isEqualTo("-ERR value is not a valid float");
    assertThat(h.run("INCRBYFLOAT", "f", " 1")).isEqualTo("-ERR value is not a valid float");
    assertThat(h.run("INCRBYFLOAT", "f", "nan")).isEqualTo("-ERR value is not a valid float");
    assertThat(h.run("INCRBYFLOAT", "f", "inf"))
        .isEqualTo("-ERR increment would produce NaN or Infinity");
    assertThat(h.run("INCRBYFLOAT", "f", "1e5000")).isEqualTo("-ERR value is not a valid float");
    h.run("SET", "g", "1e4932");
    assertThat(h.run("INCRBYFLOAT", "g", "1e4932"))
        .isEqualTo("-ERR increment would produce NaN or Infinity");
    h.run("SET", "s", "x");
    assertThat(h.run("INCRBYFLOAT", "s", "1")).isEqualTo("-ERR value is not a valid float");
    assertThat(h.run("GET", "f")).isEqualTo("1");
  }
}
