package io.skein.engine.zsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZSetAlgebraScanTest {

  private final EngineHarness h = new EngineHarness();

  @BeforeEach
  void fill() {
    h.run("ZADD", "a", "1", "x", "2", "y", "3", "z");
    h.run("ZADD", "b", "10", "y", "20", "z", "30", "w");
  }

  @Test
  void unionInterDiffWithWeightsAndAggregate() {
    assertThat(h.run("ZUNION", "2", "a", "b", "WITHSCORES"))
        .isEqualTo(List.of("x", "1", "y", "12", "z", "23", "w", "30"));
    assertThat(h.run("ZINTER", "2", "a", "b", "WEIGHTS", "2", "1", "AGGREGATE", "MIN"))
        .isEqualTo(List.of("y", "z"));
    assertThat(h.run("ZINTER", "2", "a", "b", "AGGREGATE", "MAX", "WITHSCORES"))
        .isEqualTo(List.of("y", "10", "z", "20"));
    assertThat(h.run("ZDIFF", "2", "a", "b", "WITHSCORES")).isEqualTo(List.of("x", "1"));
    assertThat(h.run("ZINTER", "2", "a", "missing")).isEqualTo(List.of());
    assertThat(h.resp3().run("ZDIFF", "1", "a", "WITHSCORES"))
        .isEqualTo(List.of(List.of("x", 1.0), List.of("y", 2.0), List.of("z", 3.0)));
  }

  @Test
  void storesReplaceTheDestinationAndDeleteItWhenEmpty() {
    assertThat(h.run("ZUNIONSTORE", "a", "2", "a", "b")).isEqualTo(4L);
    assertThat(h.run("ZSCORE", "a", "z")).isEqualTo("23");
    assertThat(h.run("ZINTERSTORE", "d", "2", "b", "missing")).isEqualTo(0L);
    assertThat(h.run("EXISTS", "d")).isEqualTo(0L);
    assertThat(h.run("ZDIFFSTORE", "d", "2", "a", "b")).isEqualTo(1L);
    assertThat(h.run("ZRANGE", "d", "0", "-1")).isEqualTo(List.of("x"));
  }

  @Test
  void infinitiesCombineAsRedisDoes() {
    h.run("ZADD", "p", "inf", "m");
    h.run("ZADD", "n", "-inf", "m");
    assertThat(h.run("ZUNION", "2", "p", "n", "WITHSCORES")).isEqualTo(List.of("m", "0"));
    assertThat(h.run("ZUNION", "1", "p", "WEIGHTS", "0", "WITHSCORES"))
        .isEqualTo(List.of("m", "0"));
  }

  @Test
  void argumentErrors() {
    assertThat(h.run("ZUNION", "0", "a"))
        .isEqualTo("-ERR at least 1 input key is needed for 'zunion' command");
    assertThat(h.run("ZUNION", "3", "a", "b")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZUNION", "x", "a")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("ZUNION", "2", "a", "b", "WEIGHTS", "1", "x"))
        .isEqualTo("-ERR weight value is not a float");
    assertThat(h.run("ZUNION", "2", "a", "b", "AGGREGATE", "AVG")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZDIFF", "2", "a", "b", "WEIGHTS", "1", "1")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZUNIONSTORE", "d", "2", "a", "b", "WITHSCORES"))
        .isEqualTo("-ERR syntax error");
    assertThat(h.run("ZINTERCARD", "2", "a", "b", "LIMIT", "-1"))
        .isEqualTo("-ERR LIMIT can't be negative");
  }

  @Test
  void intercardHonoursLimit() {
    assertThat(h.run("ZINTERCARD", "2", "a", "b")).isEqualTo(2L);
    assertThat(h.run("ZINTERCARD", "2", "a", "b", "LIMIT", "1")).isEqualTo(1L);
    assertThat(h.run("ZINTERCARD", "2", "a", "b", "LIMIT", "0")).isEqualTo(2L);
  }

  @Test
  void randmemberCountsAndScores() {
    assertThat(List.of("x", "y", "z")).contains((String) h.run("ZRANDMEMBER", "a"));
    assertThat(h.run("ZRANDMEMBER", "missing")).isNull();
    assertThat((List<?>) h.run("ZRANDMEMBER", "a", "2")).hasSize(2).doesNotHaveDuplicates();
    assertThat((List<?>) h.run("ZRANDMEMBER", "a", "10")).hasSize(3);
    assertThat((List<?>) h.run("ZRANDMEMBER", "a", "-7")).hasSize(7);
    assertThat((List<?>) h.run("ZRANDMEMBER", "a", "-2", "WITHSCORES")).hasSize(4);
    assertThat(h.run("ZRANDMEMBER", "a", "1", "FOO")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZRANDMEMBER", "a", "0")).isEqualTo(List.of());
    assertThat((List<?>) h.resp3().run("ZRANDMEMBER", "a", "3", "WITHSCORES")).hasSize(3)
        .allSatisfy(p -> assertThat((List<?>) p).hasSize(2));
  }

  @Test
  void scanOfASmallSetReturnsEverythingAtOnce() {
    assertThat(h.run("ZSCAN", "a", "0", "MATCH", "[xy]"))
        .isEqualTo(List.of("0", List.of("x", "1", "y", "2")));
    assertThat(h.run("ZSCAN", "a", "abc")).isEqualTo("-ERR invalid cursor");
    assertThat(h.run("ZSCAN", "a", "0", "COUNT", "0")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZSCAN", "missing", "0")).isEqualTo(List.of("0", List.of()));
  }

  @Test
  void scanOfALargeSetSurvivesGrowthAndReturnsEveryStableMember() {
    for (int i = 0; i < 500; i++) {
      h.run("ZADD", "big", Integer.toString(i), "m" + i);
    }
    Set<String> seen = new HashSet<>();
    String cursor = "0";
    int calls = 0;
    do {
      List<?> reply = (List<?>) h.run("ZSCAN", "big", cursor, "COUNT", "20");
      cursor = (String) reply.get(0);
      List<?> items = (List<?>) reply.get(1);
      for (int i = 0; i < items.size(); i += 2) {
        seen.add((String) items.get(i));
      }
      // Grow the set mid-scan: rehashing must not hide the original members.
      h.run("ZADD", "big", "0", "extra" + calls++);
    } while (!cursor.equals("0"));
    List<String> originals = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      originals.add("m" + i);
    }
    assertThat(seen).containsAll(originals);
  }
}
