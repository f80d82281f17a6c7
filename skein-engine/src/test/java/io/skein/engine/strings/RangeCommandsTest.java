package io.skein.engine.strings;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

class RangeCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void appendCreatesAndExtendsKeepingTheTtl() {
    assertThat(h.run("APPEND", "k", "Hello")).isEqualTo(5L);
    h.run("EXPIRE", "k", "50");
    assertThat(h.run("APPEND", "k", " World")).isEqualTo(11L);
    assertThat(h.run("GET", "k")).isEqualTo("Hello World");
    assertThat(h.run("TTL", "k")).isEqualTo(50L);
    assertThat(h.run("STRLEN", "k")).isEqualTo(11L);
    assertThat(h.run("STRLEN", "nope")).isEqualTo(0L);
  }

  @Test
  void getrangeHandlesNegativeAndOutOfRangeIndexes() {
    h.run("SET", "k", "This is a string");
    assertThat(h.run("GETRANGE", "k", "0", "3")).isEqualTo("This");
    assertThat(h.run("GETRANGE", "k", "-3", "-1")).isEqualTo("ing");
    assertThat(h.run("GETRANGE", "k", "0", "-1")).isEqualTo("This is a string");
    assertThat(h.run("GETRANGE", "k", "10", "100")).isEqualTo("string");
    assertThat(h.run("GETRANGE", "k", "5", "3")).isEqualTo("");
    assertThat(h.run("GETRANGE", "k", "-1", "-5")).isEqualTo("");
    assertThat(h.run("GETRANGE", "k", "-100", "2")).isEqualTo("Thi");
    assertThat(h.run("GETRANGE", "k", "100", "200")).isEqualTo("");
    assertThat(h.run("SUBSTR", "k", "0", "1")).isEqualTo("Th");
    assertThat(h.run("GETRANGE", "missing", "0", "-1")).isEqualTo("");
    assertThat(h.run("GETRANGE", "k", "a", "1")).isEqualTo("-ERR value is not an integer or out of range");
    h.run("SET", "e", "");
    assertThat(h.run("GETRANGE", "e", "0", "-1")).isEqualTo("");
  }

  @Test
  void setrangePadsWithZeroBytes() {
    h.run("SET", "k", "Hello World");
    assertThat(h.run("SETRANGE", "k", "6", "Redis")).isEqualTo(11L);
    assertThat(h.run("GET", "k")).isEqualTo("Hello Redis");
    assertThat(h.run("SETRANGE", "n", "3", "ab")).isEqualTo(5L);
    assertThat(h.run("GET", "n")).isEqualTo("\0\0\0ab");
    assertThat(h.run("SETRANGE", "k", "0", "")).isEqualTo(11L);
    assertThat(h.run("SETRANGE", "none", "5", "")).isEqualTo(0L);
    assertThat(h.run("EXISTS", "none")).isEqualTo(0L);
  }

  @Test
  void setrangeRejectsBadOffsetsBeforeChanging() {
    h.run("SET", "k", "v");
    assertThat(h.run("SETRANGE", "k", "-1", "x")).isEqualTo("-ERR offset is out of range");
    assertThat(h.run("SETRANGE", "k", "536870912", "x"))
        .isEqualTo("-ERR string exceeds maximum allowed size (proto-max-bulk-len)");
    assertThat(h.run("SETRANGE", "k", "536870911", "xy"))
        .isEqualTo("-ERR string exceeds maximum allowed size (proto-max-bulk-len)");
    assertThat(h.run("SETRANGE", "k", "x", "x")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("GET", "k")).isEqualTo("v");
  }
}
