package io.skein.engine.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListMoveCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void lmoveTakesFromOneEndAndGivesToTheOther() {
    h.run("RPUSH", "src", "a", "b", "c");
    assertThat(h.run("LMOVE", "src", "dst", "RIGHT", "LEFT")).isEqualTo("c");
    assertThat(h.run("LMOVE", "src", "dst", "left", "right")).isEqualTo("a");
    assertThat(h.run("LRANGE", "dst", "0", "-1")).isEqualTo(List.of("c", "a"));
    assertThat(h.run("LMOVE", "src", "dst", "LEFT", "LEFT")).isEqualTo("b");
    assertThat(h.run("EXISTS", "src")).isEqualTo(0L);
    assertThat(h.run("LMOVE", "src", "dst", "LEFT", "LEFT")).isNull();
  }

  @Test
  void lmoveOnOneKeyRotates() {
    h.run("RPUSH", "k", "a", "b", "c");
    assertThat(h.run("LMOVE", "k", "k", "LEFT", "RIGHT")).isEqualTo("a");
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("b", "c", "a"));
    assertThat(h.run("RPOPLPUSH", "k", "k")).isEqualTo("a");
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("a", "b", "c"));
    h.run("RPUSH", "one", "x");
    assertThat(h.run("LMOVE", "one", "one", "LEFT", "LEFT")).isEqualTo("x");
    assertThat(h.run("LRANGE", "one", "0", "-1")).isEqualTo(List.of("x"));
  }

  @Test
  void lmoveChecksEverythingBeforeMoving() {
    h.run("RPUSH", "src", "a");
    h.run("SET", "str", "v");
    assertThat(h.run("LMOVE", "src", "dst", "UP", "LEFT")).isEqualTo("-ERR syntax error");
    assertThat(h.run("LMOVE", "src", "str", "LEFT", "LEFT"))
        .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value");
    assertThat(h.run("LRANGE", "src", "0", "-1")).isEqualTo(List.of("a"));
    assertThat(h.run("LMOVE", "missing", "str", "LEFT", "LEFT"))
        .as("an absent source answers null before the destination is looked at").isNull();
  }

  @Test
  void lmpopPopsFromTheFirstNonEmptyList() {
    h.run("RPUSH", "b", "1", "2", "3");
    assertThat(h.run("LMPOP", "2", "a", "b", "LEFT")).isEqualTo(List.of("b", List.of("1")));
    assertThat(h.run("LMPOP", "2", "a", "b", "RIGHT", "COUNT", "5"))
        .isEqualTo(List.of("b", List.of("3", "2")));
    assertThat(h.run("EXISTS", "b")).isEqualTo(0L);
    assertThat(h.run("LMPOP", "2", "a", "b", "LEFT")).isNull();
  }

  @Test
  void lmpopValidatesItsArguments() {
    h.run("RPUSH", "a", "1");
    assertThat(h.run("LMPOP", "0", "a", "LEFT")).isEqualTo("-ERR numkeys should be greater than 0");
    assertThat(h.run("LMPOP", "x", "a", "LEFT")).isEqualTo("-ERR numkeys should be greater than 0");
    assertThat(h.run("LMPOP", "2", "a", "LEFT")).isEqualTo("-ERR syntax error");
    assertThat(h.run("LMPOP", "1", "a", "UP")).isEqualTo("-ERR syntax error");
    assertThat(h.run("LMPOP", "1", "a", "LEFT", "COUNT", "0"))
        .isEqualTo("-ERR count should be greater than 0");
    assertThat(h.run("LMPOP", "1", "a", "LEFT", "COUNT", "1", "COUNT", "1"))
        .isEqualTo("-ERR syntax error");
    assertThat(h.run("LMPOP", "1", "a", "LEFT", "COUNT")).isEqualTo("-ERR syntax error");
    assertThat(h.run("LLEN", "a")).isEqualTo(1L);
  }

  @Test
  void lmpopKeysAreFoundForLocking() {
    var spec = h.engine.commands().lookup("lmpop");
    assertThat(spec.keyIndexes(argv("LMPOP", "2", "a", "b", "LEFT"))).containsExactly(2, 3);
    assertThat(spec.keyIndexes(argv("LMPOP", "3", "a", "b", "LEFT"))).isEmpty();
    assertThat(spec.keyIndexes(argv("LMPOP", "x", "a", "LEFT"))).isEmpty();
    var blocking = h.engine.commands().lookup("blmpop");
    assertThat(blocking.keyIndexes(argv("BLMPOP", "0", "1", "a", "LEFT"))).containsExactly(3);
  }

  private static byte[][] argv(String... args) {
    byte[][] out = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      out[i] = args[i].getBytes();
    }
    return out;
  }
}
