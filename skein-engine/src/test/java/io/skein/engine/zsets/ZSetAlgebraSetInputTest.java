package io.skein.engine.zsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plain sets as inputs of the sorted-set algebra: every member scores 1, as in Redis. */
class ZSetAlgebraSetInputTest {

  private static final String WRONGTYPE =
      "-WRONGTYPE Operation against a key holding the wrong kind of value";

  private final EngineHarness h = new EngineHarness();

  @BeforeEach
  void fill() {
    h.run("ZADD", "z", "5", "x", "7", "y");
    h.run("SADD", "s", "x", "w");
    h.run("SADD", "ints", "1", "2", "3");
  }

  @Test
  void unionScoresSetMembersAsOneAndWeightsThem() {
    assertThat(h.run("ZUNION", "2", "z", "s", "WITHSCORES"))
        .isEqualTo(List.of("w", "1", "x", "6", "y", "7"));
    assertThat(h.run("ZUNION", "2", "z", "s", "WEIGHTS", "1", "10", "WITHSCORES"))
        .isEqualTo(List.of("y", "7", "w", "10", "x", "15"));
    assertThat(h.run("ZUNION", "2", "s", "ints", "WITHSCORES"))
        .isEqualTo(List.of("1", "1", "2", "1", "3", "1", "w", "1", "x", "1"));
  }

  @Test
  void interAndDiffReadSetsOnEitherSide() {
    assertThat(h.run("ZINTER", "2", "s", "z", "AGGREGATE", "MAX", "WITHSCORES"))
        .isEqualTo(List.of("x", "5"));
    assertThat(h.run("ZINTER", "2", "s", "z", "WITHSCORES")).isEqualTo(List.of("x", "6"));
    assertThat(h.run("ZDIFF", "2", "s", "z", "WITHSCORES")).isEqualTo(List.of("w", "1"));
    assertThat(h.run("ZDIFF", "2", "z", "s", "WITHSCORES")).isEqualTo(List.of("y", "7"));
    assertThat(h.run("ZINTERCARD", "2", "s", "z")).isEqualTo(1L);
    assertThat(h.run("ZINTERCARD", "2", "s", "s", "LIMIT", "1")).isEqualTo(1L);
    assertThat(h.run("ZINTERCARD", "1", "ints")).isEqualTo(3L);
  }

  @Test
  void storeFormsWriteASortedSet() {
    assertThat(h.run("ZUNIONSTORE", "d", "2", "s", "ints")).isEqualTo(5L);
    assertThat(h.run("TYPE", "d")).isEqualTo("+zset");
    assertThat(h.run("ZSCORE", "d", "w")).isEqualTo("1");
    assertThat(h.run("ZINTERSTORE", "d", "2", "s", "z", "WEIGHTS", "3", "1")).isEqualTo(1L);
    assertThat(h.run("ZSCORE", "d", "x")).isEqualTo("8");
    assertThat(h.run("ZDIFFSTORE", "d", "1", "s")).isEqualTo(2L);
    assertThat(h.run("ZRANGE", "d", "0", "-1", "WITHSCORES"))
        .isEqualTo(List.of("w", "1", "x", "1"));
    // The source set itself is left alone, even when it is also the destination.
    assertThat(h.run("ZUNIONSTORE", "s", "2", "s", "z")).isEqualTo(3L);
    assertThat(h.run("TYPE", "s")).isEqualTo("+zset");
    assertThat(h.run("SCARD", "ints")).isEqualTo(3L);
  }

  @Test
  void largeHashtableSetsCombineLikeSmallOnes() {
    List<String> sadd = new ArrayList<>(List.of("SADD", "big"));
    for (int i = 0; i < 300; i++) {
      sadd.add("m" + i);
    }
    h.run(sadd.toArray(String[]::new));
    assertThat(h.run("OBJECT", "ENCODING", "big")).isEqualTo("hashtable");
    h.run("ZADD", "some", "2", "m7", "2", "m299", "2", "absent");
    assertThat(h.run("ZINTER", "2", "big", "some", "WITHSCORES"))
        .isEqualTo(List.of("m299", "3", "m7", "3"));
    assertThat(h.run("ZUNIONSTORE", "d", "2", "big", "some")).isEqualTo(301L);
    assertThat(h.run("ZDIFFSTORE", "d", "2", "big", "some")).isEqualTo(298L);
    assertThat(h.run("ZINTERCARD", "2", "some", "big")).isEqualTo(2L);
  }

  @Test
  void resp3RepliesCarryDoubleScores() {
    assertThat(h.resp3().run("ZINTER", "2", "s", "z", "WITHSCORES"))
        .isEqualTo(List.of(List.of("x", 6.0)));
  }

  @Test
  void otherTypesAreStillWrongTypeAndCheckedBeforeOptions() {
    h.run("SET", "str", "v");
    h.run("RPUSH", "list", "x");
    h.run("HSET", "hash", "x", "1");
    for (String other : List.of("str", "list", "hash")) {
      assertThat(h.run("ZUNION", "2", "z", other)).as(other).isEqualTo(WRONGTYPE);
      assertThat(h.run("ZINTER", "2", "s", other)).as(other).isEqualTo(WRONGTYPE);
      assertThat(h.run("ZDIFF", "2", "z", other)).as(other).isEqualTo(WRONGTYPE);
      assertThat(h.run("ZINTERCARD", "2", "z", other)).as(other).isEqualTo(WRONGTYPE);
      assertThat(h.run("ZUNIONSTORE", "d2", "2", "s", other)).as(other).isEqualTo(WRONGTYPE);
      assertThat(h.run("ZINTERSTORE", "d2", "1", other)).as(other).isEqualTo(WRONGTYPE);
      assertThat(h.run("ZDIFFSTORE", "d2", "1", other)).as(other).isEqualTo(WRONGTYPE);
    }
    assertThat(h.run("ZUNION", "2", "s", "str", "WEIGHTS", "x", "y")).isEqualTo(WRONGTYPE);
    assertThat(h.run("EXISTS", "d2")).isEqualTo(0L);
  }
}
