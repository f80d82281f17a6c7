package io.skein.engine.zsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZAddScoreTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void zaddCountsAddedOrChangedWithCh() {
    assertThat(h.run("ZADD", "z", "1", "a", "2", "b")).isEqualTo(2L);
    assertThat(h.run("ZADD", "z", "5", "a", "3", "c")).isEqualTo(1L);
    assertThat(h.run("ZADD", "z", "CH", "6", "a", "3", "c", "4", "d")).isEqualTo(2L);
    assertThat(h.run("ZCARD", "z")).isEqualTo(4L);
    assertThat(h.run("ZSCORE", "z", "a")).isEqualTo("6");
  }

  @Test
  void optionConflictsAreRejectedBeforeAnyChange() {
    h.run("ZADD", "z", "1", "a");
    assertThat(h.run("ZADD", "z", "NX", "XX", "1", "b"))
        .isEqualTo("-ERR XX and NX options at the same time are not compatible");
    assertThat(h.run("ZADD", "z", "GT", "LT", "1", "b"))
        .isEqualTo("-ERR GT, LT, and/or NX options at the same time are not compatible");
    assertThat(h.run("ZADD", "z", "NX", "GT", "1", "b"))
        .isEqualTo("-ERR GT, LT, and/or NX options at the same time are not compatible");
    assertThat(h.run("ZADD", "z", "INCR", "1", "a", "2", "b"))
        .isEqualTo("-ERR INCR option supports a single increment-element pair");
    assertThat(h.run("ZADD", "z", "1", "b", "x", "c"))
        .isEqualTo("-ERR value is not a valid float");
    assertThat(h.run("ZADD", "z", "1", "b", "2")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZADD", "z", "nan", "b")).isEqualTo("-ERR value is not a valid float");
    assertThat(h.run("ZCARD", "z")).isEqualTo(1L);
  }

  @Test
  void nxXxGtLtDecideWhatChanges() {
    h.run("ZADD", "z", "5", "a");
    assertThat(h.run("ZADD", "z", "NX", "1", "a", "1", "b")).isEqualTo(1L);
    assertThat(h.run("ZADD", "z", "XX", "2", "a", "2", "c")).isEqualTo(0L);
    assertThat(h.run("ZSCORE", "z", "a")).isEqualTo("2");
    assertThat(h.run("ZSCORE", "z", "c")).isNull();
    assertThat(h.run("ZADD", "z", "GT", "CH", "1", "a", "9", "b")).isEqualTo(1L);
    assertThat(h.run("ZADD", "z", "LT", "CH", "3", "a", "0", "b")).isEqualTo(1L);
    assertThat(h.run("ZMSCORE", "z", "a", "b", "zz")).isEqualTo(java.util.Arrays.asList("2", "0", null));
    assertThat(h.run("ZADD", "nokey", "XX", "1", "a")).isEqualTo(0L);
    assertThat(h.run("EXISTS", "nokey")).isEqualTo(0L);
  }

  @Test
  void incrRepliesTheScoreOrNullWhenAborted() {
    assertThat(h.run("ZADD", "z", "INCR", "1.5", "a")).isEqualTo("1.5");
    assertThat(h.run("ZADD", "z", "INCR", "2", "a")).isEqualTo("3.5");
    assertThat(h.run("ZADD", "z", "NX", "INCR", "2", "a")).isNull();
    assertThat(h.run("ZADD", "z", "GT", "INCR", "-1", "a")).isNull();
    assertThat(h.run("ZADD", "z", "XX", "INCR", "1", "nope")).isNull();
    assertThat(h.resp3().run("ZADD", "z", "INCR", "1", "a")).isEqualTo(4.5);
  }

  @Test
  void zincrbyRefusesNan() {
    assertThat(h.run("ZINCRBY", "z", "inf", "a")).isEqualTo("inf");
    assertThat(h.run("ZINCRBY", "z", "-inf", "a"))
        .isEqualTo("-ERR resulting score is not a number (NaN)");
    assertThat(h.run("ZADD", "z", "INCR", "-inf", "a"))
        .isEqualTo("-ERR resulting score is not a number (NaN)");
    assertThat(h.run("ZSCORE", "z", "a")).isEqualTo("inf");
    assertThat(h.run("ZINCRBY", "z", "x", "a")).isEqualTo("-ERR value is not a valid float");
    assertThat(h.resp3().run("ZINCRBY", "z", "1", "b")).isEqualTo(1.0);
  }

  @Test
  void wrongTypeIsReported() {
    h.run("SET", "s", "v");
    String wrongType = "-WRONGTYPE Operation against a key holding the wrong kind of value";
    assertThat(h.run("ZADD", "s", "1", "a")).isEqualTo(wrongType);
    assertThat(h.run("ZSCORE", "s", "a")).isEqualTo(wrongType);
    assertThat(h.run("ZRANGE", "s", "0", "-1")).isEqualTo(wrongType);
    assertThat(h.run("ZUNION", "1", "s")).isEqualTo(wrongType);
    assertThat(h.run("GET", "s")).isEqualTo("v");
  }

  @Test
  void ranksWithAndWithoutScore() {
    h.run("ZADD", "z", "1", "a", "2", "b", "3", "c");
    assertThat(h.run("ZRANK", "z", "b")).isEqualTo(1L);
    assertThat(h.run("ZREVRANK", "z", "a")).isEqualTo(2L);
    assertThat(h.run("ZRANK", "z", "c", "WITHSCORE")).isEqualTo(List.of(2L, "3"));
    assertThat(h.run("ZRANK", "z", "x", "WITHSCORE")).isNull();
    assertThat(h.run("ZRANK", "z", "x")).isNull();
    assertThat(h.run("ZRANK", "z", "a", "FOO")).isEqualTo("-ERR syntax error");
    assertThat(h.resp3().run("ZREVRANK", "z", "c", "WITHSCORE")).isEqualTo(List.of(0L, 3.0));
  }

  @Test
  void zremDeletesTheKeyWhenEmpty() {
    h.run("ZADD", "z", "1", "a", "2", "b");
    assertThat(h.run("ZREM", "z", "a", "x")).isEqualTo(1L);
    assertThat(h.run("ZREM", "z", "b")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "z")).isEqualTo(0L);
    assertThat(h.run("ZREM", "z", "b")).isEqualTo(0L);
  }

  @Test
  void countsByScoreAndLex() {
    h.run("ZADD", "z", "1", "a", "2", "b", "2", "c", "3", "d");
    assertThat(h.run("ZCOUNT", "z", "-inf", "+inf")).isEqualTo(4L);
    assertThat(h.run("ZCOUNT", "z", "(1", "2")).isEqualTo(2L);
    assertThat(h.run("ZCOUNT", "z", "(2", "(3")).isEqualTo(0L);
    assertThat(h.run("ZCOUNT", "z", "3", "1")).isEqualTo(0L);
    assertThat(h.run("ZCOUNT", "z", "x", "1")).isEqualTo("-ERR min or max is not a float");
    assertThat(h.run("ZCOUNT", "z", "((1", "2")).isEqualTo("-ERR min or max is not a float");
    h.run("ZADD", "l", "0", "a", "0", "b", "0", "c", "0", "d");
    assertThat(h.run("ZLEXCOUNT", "l", "-", "+")).isEqualTo(4L);
    assertThat(h.run("ZLEXCOUNT", "l", "[b", "(d")).isEqualTo(2L);
    assertThat(h.run("ZLEXCOUNT", "l", "+", "-")).isEqualTo(0L);
    assertThat(h.run("ZLEXCOUNT", "l", "b", "+"))
        .isEqualTo("-ERR min or max not valid string range item");
  }

  @Test
  void encodingTurnsIntoSkiplistPastTheListpackLimits() {
    RedisZSet small = new RedisZSet(1);
    for (int i = 0; i < 128; i++) {
      small.put(io.skein.engine.util.ByteString.of("m" + i), i);
    }
    assertThat(small.encoding()).isEqualTo("listpack");
    small.put(io.skein.engine.util.ByteString.of("one-more"), 1);
    assertThat(small.encoding()).isEqualTo("skiplist");
    RedisZSet longMember = new RedisZSet(1);
    longMember.put(io.skein.engine.util.ByteString.of("x".repeat(65)), 1);
    assertThat(longMember.encoding()).isEqualTo("skiplist");
    long before = small.memoryEstimate();
    small.remove(io.skein.engine.util.ByteString.of("one-more"));
    assertThat(small.memoryEstimate()).isLessThan(before);
  }
}
