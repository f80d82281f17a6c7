package io.skein.engine.zsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZRangePopTest {

  private final EngineHarness h = new EngineHarness();

  @BeforeEach
  void fill() {
    h.run("ZADD", "z", "1", "a", "2", "b", "3", "c", "4", "d");
  }

  @Test
  void rankRangesCountFromBothEnds() {
    assertThat(h.run("ZRANGE", "z", "0", "-1")).isEqualTo(List.of("a", "b", "c", "d"));
    assertThat(h.run("ZRANGE", "z", "-2", "10")).isEqualTo(List.of("c", "d"));
    assertThat(h.run("ZRANGE", "z", "3", "1")).isEqualTo(List.of());
    assertThat(h.run("ZRANGE", "z", "0", "1", "REV", "WITHSCORES"))
        .isEqualTo(List.of("d", "4", "c", "3"));
    assertThat(h.run("ZREVRANGE", "z", "0", "0")).isEqualTo(List.of("d"));
    assertThat(h.resp3().run("ZRANGE", "z", "0", "1", "WITHSCORES"))
        .isEqualTo(List.of(List.of("a", 1.0), List.of("b", 2.0)));
    assertThat(h.run("ZRANGE", "missing", "0", "-1")).isEqualTo(List.of());
  }

  @Test
  void scoreAndLexRangesWithLimitAndRev() {
    assertThat(h.run("ZRANGE", "z", "(1", "3", "BYSCORE")).isEqualTo(List.of("b", "c"));
    assertThat(h.run("ZRANGE", "z", "+inf", "-inf", "BYSCORE", "REV", "LIMIT", "1", "2"))
        .isEqualTo(List.of("c", "b"));
    assertThat(h.run("ZRANGEBYSCORE", "z", "-inf", "+inf", "LIMIT", "-1", "2"))
        .isEqualTo(List.of());
    assertThat(h.run("ZRANGEBYSCORE", "z", "2", "+inf", "WITHSCORES", "LIMIT", "1", "-1"))
        .isEqualTo(List.of("c", "3", "d", "4"));
    assertThat(h.run("ZREVRANGEBYSCORE", "z", "3", "(1")).isEqualTo(List.of("c", "b"));
    h.run("ZADD", "l", "0", "a", "0", "b", "0", "c");
    assertThat(h.run("ZRANGE", "l", "[b", "+", "BYLEX")).isEqualTo(List.of("b", "c"));
    assertThat(h.run("ZRANGEBYLEX", "l", "-", "(c", "LIMIT", "1", "5")).isEqualTo(List.of("b"));
    assertThat(h.run("ZREVRANGEBYLEX", "l", "+", "-")).isEqualTo(List.of("c", "b", "a"));
  }

  @Test
  void optionRulesFollowRedis() {
    assertThat(h.run("ZRANGE", "z", "0", "1", "LIMIT", "0", "1")).isEqualTo(
        "-ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
    assertThat(h.run("ZRANGE", "z", "-", "+", "BYLEX", "WITHSCORES"))
        .isEqualTo("-ERR syntax error, WITHSCORES not supported in combination with BYLEX");
    assertThat(h.run("ZRANGE", "z", "0", "1", "BYSCORE", "BYLEX")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZRANGEBYSCORE", "z", "0", "1", "REV")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZRANGE", "z", "a", "1")).isEqualTo(
        "-ERR value is not an integer or out of range");
    assertThat(h.run("ZRANGE", "z", "a", "1", "BYSCORE"))
        .isEqualTo("-ERR min or max is not a float");
    assertThat(h.run("ZRANGESTORE", "d", "z", "0", "1", "WITHSCORES"))
        .isEqualTo("-ERR syntax error");
  }

  @Test
  void rangestoreReplacesOrDeletesTheDestination() {
    h.run("SET", "d", "string");
    assertThat(h.run("ZRANGESTORE", "d", "z", "1", "2")).isEqualTo(2L);
    assertThat(h.run("ZRANGE", "d", "0", "-1", "WITHSCORES"))
        .isEqualTo(List.of("b", "2", "c", "3"));
    assertThat(h.run("ZRANGESTORE", "d", "z", "5", "9", "BYSCORE")).isEqualTo(0L);
    assertThat(h.run("EXISTS", "d")).isEqualTo(0L);
  }

  @Test
  void removeRanges() {
    assertThat(h.run("ZREMRANGEBYRANK", "z", "0", "0")).isEqualTo(1L);
    assertThat(h.run("ZREMRANGEBYSCORE", "z", "(2", "3")).isEqualTo(1L);
    assertThat(h.run("ZREMRANGEBYSCORE", "z", "x", "3"))
        .isEqualTo("-ERR min or max is not a float");
    assertThat(h.run("ZRANGE", "z", "0", "-1")).isEqualTo(List.of("b", "d"));
    assertThat(h.run("ZREMRANGEBYLEX", "z", "-", "+")).isEqualTo(2L);
    assertThat(h.run("EXISTS", "z")).isEqualTo(0L);
  }

  @Test
  void popsInBothProtocols() {
    assertThat(h.run("ZPOPMIN", "z")).isEqualTo(List.of("a", "1"));
    assertThat(h.run("ZPOPMAX", "z", "2")).isEqualTo(List.of("d", "4", "c", "3"));
    assertThat(h.run("ZPOPMIN", "z", "-1"))
        .isEqualTo("-ERR value is out of range, must be positive");
    assertThat(h.run("ZPOPMIN", "z", "0")).isEqualTo(List.of());
    h.resp3();
    assertThat(h.run("ZPOPMIN", "z")).isEqualTo(List.of("b", 2.0));
    assertThat(h.run("EXISTS", "z")).isEqualTo(0L);
    assertThat(h.run("ZPOPMIN", "z")).isEqualTo(List.of());
    h.run("ZADD", "y", "1", "a", "2", "b");
    assertThat(h.run("ZPOPMAX", "y", "5")).isEqualTo(List.of(List.of("b", 2.0), List.of("a", 1.0)));
  }

  @Test
  void zmpopTakesTheFirstNonEmptyKey() {
    assertThat(h.run("ZMPOP", "2", "none", "z", "MAX", "COUNT", "2"))
        .isEqualTo(List.of("z", List.of(List.of("d", "4"), List.of("c", "3"))));
    assertThat(h.run("ZMPOP", "1", "none", "MIN")).isNull();
    assertThat(h.run("ZMPOP", "0", "z", "MIN")).isEqualTo("-ERR numkeys should be greater than 0");
    assertThat(h.run("ZMPOP", "1", "z", "MIN", "COUNT", "0"))
        .isEqualTo("-ERR count should be greater than 0");
    assertThat(h.run("ZMPOP", "1", "z", "SIDEWAYS")).isEqualTo("-ERR syntax error");
    assertThat(h.run("ZMPOP", "3", "z", "MIN")).isEqualTo("-ERR syntax error");
  }

  @Test
  void blockingPopsAnswerAtOnceOrNullWhenTheyCannotBlock() {
    assertThat(h.run("BZPOPMIN", "none", "z", "0")).isEqualTo(List.of("z", "a", "1"));
    assertThat(h.run("BZPOPMAX", "none", "1.5")).isNull();
    assertThat(h.run("BZPOPMAX", "z", "-1")).isEqualTo("-ERR timeout is negative");
    assertThat(h.run("BZPOPMAX", "z", "x"))
        .isEqualTo("-ERR timeout is not a float or out of range");
    assertThat(h.run("BZMPOP", "0.1", "1", "z", "MAX"))
        .isEqualTo(List.of("z", List.of(List.of("d", "4"))));
    assertThat(h.run("BZMPOP", "0", "1", "none", "MAX")).isNull();
  }
}
