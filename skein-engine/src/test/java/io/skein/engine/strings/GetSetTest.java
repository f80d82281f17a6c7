package io.skein.engine.strings;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

class GetSetTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void setThenGetReturnsTheValue() {
    assertThat(h.run("SET", "k", "v")).isEqualTo("+OK");
    assertThat(h.run("GET", "k")).isEqualTo("v");
    assertThat(h.run("GET", "missing")).isNull();
  }

  @Test
  void nxAndXxDecideWhetherToWrite() {
    assertThat(h.run("SET", "k", "1", "XX")).isNull();
    assertThat(h.run("SET", "k", "1", "NX")).isEqualTo("+OK");
    assertThat(h.run("SET", "k", "2", "NX")).isNull();
    assertThat(h.run("SET", "k", "3", "XX", "GET")).isEqualTo("1");
    assertThat(h.run("GET", "k")).isEqualTo("3");
  }

  @Test
  void expiryIsMillisecondExact() {
    h.run("SET", "k", "v", "PX", "100");
    h.advanceMillis(99);
    assertThat(h.run("GET", "k")).isEqualTo("v");
    h.advanceMillis(1);
    assertThat(h.run("GET", "k")).isNull();
  }

  @Test
  void badOptionsChangeNothing() {
    h.run("SET", "k", "v");
    assertThat(h.run("SET", "k", "w", "NX", "XX")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SET", "k", "w", "EX", "0"))
        .isEqualTo("-ERR invalid expire time in 'set' command");
    assertThat(h.run("SET", "k", "w", "EX", "abc"))
        .isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("SET", "k")).isEqualTo("-ERR wrong number of arguments for 'set' command");
    assertThat(h.run("GET", "k")).isEqualTo("v");
  }

  @Test
  void getOptionOnWrongTypeFailsBeforeWriting() {
    h.run("SET", "k", "v");
    assertThat(h.run("DEL", "k", "nope")).isEqualTo(1L);
  }
}
