package io.skein.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubleFormatTest {

  @Test
  void formatsAsRedisReplies() {
    assertThat(DoubleFormat.format(3.0)).isEqualTo("3");
    assertThat(DoubleFormat.format(-0.5)).isEqualTo("-0.5");
    assertThat(DoubleFormat.format(1.1)).isEqualTo("1.1");
    assertThat(DoubleFormat.format(1e10)).isEqualTo("10000000000");
    assertThat(DoubleFormat.format(1.5e-3)).isEqualTo("0.0015");
    assertThat(DoubleFormat.format(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(DoubleFormat.format(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(DoubleFormat.format(1.5e300)).isEqualTo("1.5e+300");
  }

  @Test
  void parsesWhatRedisAcceptsAndRejectsTheRest() {
    assertThat(DoubleFormat.parse("1.5")).isEqualTo(1.5);
    assertThat(DoubleFormat.parse("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(DoubleFormat.parse("+INF")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(DoubleFormat.parse("1e3")).isEqualTo(1000.0);
    assertThat(DoubleFormat.parse("nan")).isNull();
    assertThat(DoubleFormat.parse("abc")).isNull();
    assertThat(DoubleFormat.parse(" 1")).isNull();
    assertThat(DoubleFormat.parse("")).isNull();
    assertThat(DoubleFormat.parse("0x10")).isNull();
  }
}
