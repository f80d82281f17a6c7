package io.skein.engine.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

class ExpireCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void ttlFamilyReportsMissingAndPersistentKeys() {
    assertThat(h.run("TTL", "nope")).isEqualTo(-2L);
    assertThat(h.run("PTTL", "nope")).isEqualTo(-2L);
    assertThat(h.run("EXPIRETIME", "nope")).isEqualTo(-2L);
    h.run("SET", "k", "v");
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
    assertThat(h.run("PEXPIRETIME", "k")).isEqualTo(-1L);
  }

  @Test
  void expireSetsRelativeAndAbsoluteTimes() {
    long now = h.clock.millis();
    h.run("SET", "k", "v");
    assertThat(h.run("EXPIRE", "k", "100")).isEqualTo(1L);
    assertThat(h.run("PTTL", "k")).isEqualTo(100_000L);
    assertThat(h.run("PEXPIRE", "k", "1500")).isEqualTo(1L);
    assertThat(h.run("TTL", "k")).isEqualTo(2L); // 1.5 s rounds to 2, as Redis rounds
    assertThat(h.run("EXPIREAT", "k", Long.toString(now / 1000 + 60))).isEqualTo(1L);
    assertThat(h.run("EXPIRETIME", "k")).isEqualTo(now / 1000 + 60);
    assertThat(h.run("PEXPIREAT", "k", Long.toString(now + 2500))).isEqualTo(1L);
    assertThat(h.run("PEXPIRETIME", "k")).isEqualTo(now + 2500);
    h.advanceMillis(2499);
    assertThat(h.run("PTTL", "k")).isEqualTo(1L);
    h.advanceMillis(1);
    assertThat(h.run("GET", "k")).isNull();
    assertThat(h.run("EXPIRE", "k", "10")).isEqualTo(0L);
  }

  @Test
  void pastOrNonPositiveTimesDeleteTheKey() {
    h.run("SET", "a", "v");
    assertThat(h.run("EXPIRE", "a", "0")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "a")).isEqualTo(0L);
    h.run("SET", "b", "v");
    assertThat(h.run("PEXPIRE", "b", "-5")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "b")).isEqualTo(0L);
    h.run("SET", "c", "v");
    assertThat(h.run("EXPIREAT", "c", "1")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "c")).isEqualTo(0L);
  }

  @Test
  void conditionsFollowRedis7() {
    h.run("SET", "k", "v");
    assertThat(h.run("EXPIRE", "k", "100", "XX")).isEqualTo(0L);
    assertThat(h.run("EXPIRE", "k", "100", "GT")).isEqualTo(0L); // no TTL counts as infinite
    assertThat(h.run("EXPIRE", "k", "100", "LT")).isEqualTo(1L);
    assertThat(h.run("EXPIRE", "k", "200", "NX")).isEqualTo(0L);
    assertThat(h.run("EXPIRE", "k", "50", "GT")).isEqualTo(0L);
    assertThat(h.run("EXPIRE", "k", "200", "GT")).isEqualTo(1L);
    assertThat(h.run("EXPIRE", "k", "300", "LT")).isEqualTo(0L);
    assertThat(h.run("EXPIRE", "k", "150", "lt", "xx")).isEqualTo(1L);
    assertThat(h.run("TTL", "k")).isEqualTo(150L);
    h.run("PERSIST", "k");
    assertThat(h.run("EXPIRE", "k", "10", "NX")).isEqualTo(1L);
  }

  @Test
  void badOptionsAreRejectedBeforeAnyChange() {
    h.run("SET", "k", "v");
    assertThat(h.run("EXPIRE", "k", "10", "NX", "XX"))
        .isEqualTo("-ERR NX and XX, GT or LT options at the same time are not compatible");
    assertThat(h.run("EXPIRE", "k", "10", "NX", "GT"))
        .isEqualTo("-ERR NX and XX, GT or LT options at the same time are not compatible");
    assertThat(h.run("EXPIRE", "k", "10", "GT", "LT"))
        .isEqualTo("-ERR GT and LT options at the same time are not compatible");
    assertThat(h.run("EXPIRE", "k", "10", "FOO")).isEqualTo("-ERR Unsupported option FOO");
    assertThat(h.run("EXPIRE", "k", "ten")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("EXPIRE", "k", "9223372036854775807"))
        .isEqualTo("-ERR invalid expire time in 'expire' command");
    assertThat(h.run("EXPIRE", "k", "-9223372036854775807"))
        .isEqualTo("-ERR invalid expire time in 'expire' command");
    assertThat(h.run("PEXPIRE", "k", "9223372036854775807"))
        .isEqualTo("-ERR invalid expire time in 'pexpire' command");
    assertThat(h.run("EXPIREAT", "k", "9223372036854775807"))
        .isEqualTo("-ERR invalid expire time in 'expireat' command");
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
    assertThat(h.run("EXISTS", "k")).isEqualTo(1L);
  }

  @Test
  void persistRemovesOnlyAnExistingTtl() {
    assertThat(h.run("PERSIST", "nope")).isEqualTo(0L);
    h.run("SET", "k", "v");
    assertThat(h.run("PERSIST", "k")).isEqualTo(0L);
    h.run("EXPIRE", "k", "10");
    assertThat(h.run("PERSIST", "k")).isEqualTo(1L);
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
  }

  @Test
  void setWithoutKeepttlClearsTheExpiry() {
    h.run("SET", "k", "v", "EX", "10");
    h.run("SET", "k", "w");
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
    h.run("SET", "k", "v", "EX", "10");
    h.run("SET", "k", "w", "KEEPTTL");
    assertThat(h.run("TTL", "k")).isEqualTo(10L);
  }
}
