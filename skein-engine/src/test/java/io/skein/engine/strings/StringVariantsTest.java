package io.skein.engine.strings;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StringVariantsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void setnxWritesOnlyAbsentKeys() {
    assertThat(h.run("SETNX", "k", "1")).isEqualTo(1L);
    assertThat(h.run("SETNX", "k", "2")).isEqualTo(0L);
    assertThat(h.run("GET", "k")).isEqualTo("1");
    assertThat(h.run("SETNX", "k")).isEqualTo("-ERR wrong number of arguments for 'setnx' command");
  }

  @Test
  void setexAndPsetexSetAnExpiryAndRejectBadOnes() {
    assertThat(h.run("SETEX", "k", "10", "v")).isEqualTo("+OK");
    assertThat(h.run("PTTL", "k")).isEqualTo(10_000L);
    assertThat(h.run("PSETEX", "p", "1500", "v")).isEqualTo("+OK");
    assertThat(h.run("PTTL", "p")).isEqualTo(1500L);
    assertThat(h.run("SETEX", "k", "0", "w")).isEqualTo("-ERR invalid expire time in 'setex' command");
    assertThat(h.run("PSETEX", "k", "-1", "w"))
        .isEqualTo("-ERR invalid expire time in 'psetex' command");
    assertThat(h.run("SETEX", "k", "x", "w")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("SETEX", "k", "9223372036854775807", "w"))
        .isEqualTo("-ERR invalid expire time in 'setex' command");
    assertThat(h.run("GET", "k")).isEqualTo("v");
  }

  @Test
  void getsetReturnsTheOldValueAndClearsTheTtl() {
    assertThat(h.run("GETSET", "k", "1")).isNull();
    h.run("EXPIRE", "k", "100");
    assertThat(h.run("GETSET", "k", "2")).isEqualTo("1");
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
  }

  @Test
  void getdelDeletesAfterReading() {
    h.run("SET", "k", "v");
    assertThat(h.run("GETDEL", "k")).isEqualTo("v");
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
    assertThat(h.run("GETDEL", "k")).isNull();
  }

  @Test
  void getexChangesOrRemovesTheExpiry() {
    h.run("SET", "k", "v");
    assertThat(h.run("GETEX", "k")).isEqualTo("v");
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
    assertThat(h.run("GETEX", "k", "EX", "100")).isEqualTo("v");
    assertThat(h.run("TTL", "k")).isEqualTo(100L);
    assertThat(h.run("GETEX", "k", "PX", "5000")).isEqualTo("v");
    assertThat(h.run("PTTL", "k")).isEqualTo(5000L);
    long at = h.clock.millis() + 7000;
    assertThat(h.run("GETEX", "k", "PXAT", Long.toString(at))).isEqualTo("v");
    assertThat(h.run("PEXPIRETIME", "k")).isEqualTo(at);
    assertThat(h.run("GETEX", "k", "PERSIST")).isEqualTo("v");
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
    assertThat(h.run("GETEX", "k", "EXAT", "1")).isEqualTo("v");
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
  }

  @Test
  void getexValidatesSyntaxBeforeTheKeyAndTheValueAfter() {
    h.run("SET", "k", "v");
    assertThat(h.run("GETEX", "k", "EX", "10", "PX", "10")).isEqualTo("-ERR syntax error");
    assertThat(h.run("GETEX", "k", "PERSIST", "EX", "10")).isEqualTo("-ERR syntax error");
    assertThat(h.run("GETEX", "k", "EX")).isEqualTo("-ERR syntax error");
    assertThat(h.run("GETEX", "k", "EX", "0")).isEqualTo("-ERR invalid expire time in 'getex' command");
    assertThat(h.run("GETEX", "k", "EX", "a")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("GETEX", "missing", "EX", "0")).isNull();
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
  }

  @Test
  void msetAndMgetHandleManyKeys() {
    assertThat(h.run("MSET", "a", "1", "b", "2", "a", "3")).isEqualTo("+OK");
    assertThat(h.run("MGET", "a", "b", "c")).isEqualTo(Arrays.asList("3", "2", null));
    assertThat(h.run("MSET", "a", "1", "b")).isEqualTo("-ERR wrong number of arguments for 'mset' command");
    assertThat(h.run("GET", "a")).isEqualTo("3");
  }

  @Test
  void msetClearsTtls() {
    h.run("SET", "a", "1", "EX", "100");
    h.run("MSET", "a", "2");
    assertThat(h.run("TTL", "a")).isEqualTo(-1L);
  }

  @Test
  void msetnxSetsAllOrNothing() {
    assertThat(h.run("MSETNX", "a", "1", "b", "2")).isEqualTo(1L);
    assertThat(h.run("MSETNX", "b", "x", "c", "3")).isEqualTo(0L);
    assertThat(h.run("MGET", "a", "b", "c")).isEqualTo(Arrays.asList("1", "2", null));
    assertThat(h.run("MSETNX", "a")).isEqualTo("-ERR wrong number of arguments for 'msetnx' command");
    assertThat(h.run("MSETNX", "x", "1", "y")).isEqualTo("-ERR wrong number of arguments for 'msetnx' command");
  }

  @Test
  void readsCountKeyspaceHitsAndMisses() {
    var stats = h.engine.keyspace().stats();
    h.run("SET", "a", "1");
    h.run("MGET", "a", "b");
    h.run("STRLEN", "a");
    h.run("GETRANGE", "nope", "0", "1");
    assertThat(stats.keyspaceHits.sum()).isEqualTo(2);
    assertThat(stats.keyspaceMisses.sum()).isEqualTo(2);
  }
}
