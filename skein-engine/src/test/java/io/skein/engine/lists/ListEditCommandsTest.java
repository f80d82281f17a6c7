package io.skein.engine.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListEditCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void linsertPlacesBeforeOrAfterTheFirstPivot() {
    h.run("RPUSH", "k", "a", "b", "a");
    assertThat(h.run("LINSERT", "k", "BEFORE", "a", "x")).isEqualTo(4L);
    assertThat(h.run("LINSERT", "k", "after", "a", "y")).isEqualTo(5L);
    assertThat(h.run("LINSERT", "k", "AFTER", "a", "y")).isEqualTo(6L);
    assertThat(h.run("LRANGE", "k", "0", "-1"))
        .isEqualTo(List.of("x", "a", "y", "y", "b", "a"));
  }

  @Test
  void linsertAnswersMinusOneWithoutPivotAndZeroWithoutKey() {
    assertThat(h.run("LINSERT", "k", "BEFORE", "a", "x")).isEqualTo(0L);
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
    h.run("RPUSH", "k", "a");
    assertThat(h.run("LINSERT", "k", "BEFORE", "nope", "x")).isEqualTo(-1L);
    assertThat(h.run("LINSERT", "k", "MIDDLE", "a", "x")).isEqualTo("-ERR syntax error");
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("a"));
  }

  @Test
  void lremRemovesFromHeadTailOrEverywhere() {
    h.run("RPUSH", "k", "a", "b", "a", "c", "a");
    assertThat(h.run("LREM", "k", "1", "a")).isEqualTo(1L);
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("b", "a", "c", "a"));
    assertThat(h.run("LREM", "k", "-1", "a")).isEqualTo(1L);
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("b", "a", "c"));
    h.run("RPUSH", "k", "a", "a");
    assertThat(h.run("LREM", "k", "0", "a")).isEqualTo(3L);
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("b", "c"));
    assertThat(h.run("LREM", "k", "0", "zzz")).isEqualTo(0L);
    assertThat(h.run("LREM", "missing", "0", "a")).isEqualTo(0L);
    assertThat(h.run("LREM", "k", "x", "a"))
        .isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("LREM", "k", "-9223372036854775808", "b")).isEqualTo(1L);
    assertThat(h.run("LREM", "k", "0", "c")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
  }

  @Test
  void ltrimKeepsTheRangeAndDeletesWhenEmpty() {
    h.run("RPUSH", "k", "a", "b", "c", "d", "e");
    assertThat(h.run("LTRIM", "k", "1", "-2")).isEqualTo("+OK");
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("b", "c", "d"));
    assertThat(h.run("LTRIM", "k", "-100", "100")).isEqualTo("+OK");
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("b", "c", "d"));
    assertThat(h.run("LTRIM", "k", "x", "1"))
        .isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("LTRIM", "k", "2", "1")).isEqualTo("+OK");
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
    assertThat(h.run("LTRIM", "missing", "0", "1")).isEqualTo("+OK");
    h.run("RPUSH", "k", "a", "b");
    h.run("LTRIM", "k", "5", "10");
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
  }

  @Test
  void lposFindsFirstMatchOrNull() {
    h.run("RPUSH", "k", "a", "b", "c", "1", "2", "3", "c", "c");
    assertThat(h.run("LPOS", "k", "c")).isEqualTo(2L);
    assertThat(h.run("LPOS", "k", "zz")).isNull();
    assertThat(h.run("LPOS", "missing", "c")).isNull();
    assertThat(h.run("LPOS", "missing", "c", "COUNT", "0")).isEqualTo(List.of());
  }

  @Test
  void lposRankCountAndMaxlen() {
    h.run("RPUSH", "k", "a", "b", "c", "1", "2", "3", "c", "c");
    assertThat(h.run("LPOS", "k", "c", "RANK", "2")).isEqualTo(6L);
    assertThat(h.run("LPOS", "k", "c", "RANK", "-1")).isEqualTo(7L);
    assertThat(h.run("LPOS", "k", "c", "RANK", "4")).isNull();
    assertThat(h.run("LPOS", "k", "c", "COUNT", "2")).isEqualTo(List.of(2L, 6L));
    assertThat(h.run("LPOS", "k", "c", "COUNT", "0")).isEqualTo(List.of(2L, 6L, 7L));
    assertThat(h.run("LPOS", "k", "c", "RANK", "-1", "COUNT", "2")).isEqualTo(List.of(7L, 6L));
    assertThat(h.run("LPOS", "k", "c", "COUNT", "0", "MAXLEN", "7")).isEqualTo(List.of(2L, 6L));
    assertThat(h.run("LPOS", "k", "c", "RANK", "-1", "MAXLEN", "1")).isEqualTo(7L);
    assertThat(h.run("LPOS", "k", "c", "RANK", "-1", "MAXLEN", "1", "COUNT", "0"))
        .isEqualTo(List.of(7L));
    assertThat(h.run("LPOS", "k", "zz", "COUNT", "0")).isEqualTo(List.of());
  }

  @Test
  void lposRejectsBadOptions() {
    h.run("RPUSH", "k", "a");
    assertThat(h.run("LPOS", "k", "a", "RANK", "0")).isEqualTo("-ERR RANK can't be zero: use 1 "
        + "to start from the first match, 2 from the second ... or use negative to start from "
        + "the end of the list");
    assertThat(h.run("LPOS", "k", "a", "RANK", "-9223372036854775808")).isEqualTo("-ERR value "
        + "is out of range, value must between -9223372036854775807 and 9223372036854775807");
    assertThat(h.run("LPOS", "k", "a", "RANK", "x"))
        .isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("LPOS", "k", "a", "COUNT", "-1")).isEqualTo("-ERR COUNT can't be negative");
    assertThat(h.run("LPOS", "k", "a", "MAXLEN", "-1")).isEqualTo("-ERR MAXLEN can't be negative");
    assertThat(h.run("LPOS", "k", "a", "COUNT")).isEqualTo("-ERR syntax error");
    assertThat(h.run("LPOS", "k", "a", "FOO", "1")).isEqualTo("-ERR syntax error");
    assertThat(h.run("LPOS", "missing", "a", "RANK", "0"))
        .as("options are checked before the key").asString().startsWith("-ERR RANK");
  }
}
