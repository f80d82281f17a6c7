package io.skein.engine.sets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetAlgebraCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @SuppressWarnings("unchecked")
  private List<String> members(String... cmd) {
    return (List<String>) h.run(cmd);
  }

  @Test
  void smoveMovesOneMember() {
    h.run("SADD", "a", "x", "y");
    assertThat(h.run("SMOVE", "a", "b", "x")).isEqualTo(1L);
    assertThat(h.run("SMEMBERS", "b")).isEqualTo(List.of("x"));
    assertThat(h.run("SMOVE", "a", "b", "x")).isEqualTo(0L);
    assertThat(h.run("SMOVE", "a", "b", "y")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "a")).isEqualTo(0L);
    assertThat(h.run("SMOVE", "b", "b", "x")).isEqualTo(1L);
    assertThat(h.run("SMOVE", "b", "b", "nope")).isEqualTo(0L);
    assertThat(h.run("SCARD", "b")).isEqualTo(2L);
  }

  @Test
  void smoveFromAMissingKeyAnswersZeroEvenIfTheTargetIsAString() {
    h.run("SET", "str", "v");
    assertThat(h.run("SMOVE", "missing", "str", "x")).isEqualTo(0L);
  }

  @Test
  void sinterSunionSdiff() {
    h.run("SADD", "a", "1", "2", "3", "x");
    h.run("SADD", "b", "2", "3", "4");
    h.run("SADD", "c", "3", "x");
    assertThat(members("SINTER", "a", "b")).containsExactlyInAnyOrder("2", "3");
    assertThat(members("SINTER", "a", "b", "c")).containsExactly("3");
    assertThat(members("SINTER", "a", "missing")).isEmpty();
    assertThat(members("SUNION", "a", "b", "missing"))
        .containsExactlyInAnyOrder("1", "2", "3", "4", "x");
    assertThat(members("SDIFF", "a", "b")).containsExactlyInAnyOrder("1", "x");
    assertThat(members("SDIFF", "a", "b", "c")).containsExactly("1");
    assertThat(members("SDIFF", "missing", "a")).isEmpty();
    assertThat(members("SDIFF", "a")).hasSize(4);
  }

  @Test
  void storeFormsReplaceTheDestinationAndDeleteItWhenEmpty() {
    h.run("SADD", "a", "1", "2");
    h.run("SADD", "b", "2", "3");
    h.run("SET", "d", "old");
    assertThat(h.run("SUNIONSTORE", "d", "a", "b")).isEqualTo(3L);
    assertThat(members("SMEMBERS", "d")).containsExactly("1", "2", "3");
    assertThat(h.run("SINTERSTORE", "d", "a", "b")).isEqualTo(1L);
    assertThat(members("SMEMBERS", "d")).containsExactly("2");
    assertThat(h.run("SDIFFSTORE", "d", "a", "b")).isEqualTo(1L);
    assertThat(members("SMEMBERS", "d")).containsExactly("1");
    assertThat(h.run("SINTERSTORE", "d", "a", "missing")).isEqualTo(0L);
    assertThat(h.run("EXISTS", "d")).isEqualTo(0L);
    assertThat(h.run("SDIFFSTORE", "a", "a", "b")).isEqualTo(1L);
    assertThat(members("SMEMBERS", "a")).containsExactly("1");
  }

  @Test
  void sintercardCountsUpToTheLimit() {
    h.run("SADD", "a", "1", "2", "3", "4");
    h.run("SADD", "b", "2", "3", "4", "5");
    assertThat(h.run("SINTERCARD", "2", "a", "b")).isEqualTo(3L);
    assertThat(h.run("SINTERCARD", "2", "a", "b", "LIMIT", "2")).isEqualTo(2L);
    assertThat(h.run("SINTERCARD", "2", "a", "b", "LIMIT", "0")).isEqualTo(3L);
    assertThat(h.run("SINTERCARD", "1", "a")).isEqualTo(4L);
    assertThat(h.run("SINTERCARD", "2", "a", "missing")).isEqualTo(0L);
  }

  @Test
  void sintercardValidatesItsArguments() {
    h.run("SADD", "a", "1");
    assertThat(h.run("SINTERCARD", "0", "a")).isEqualTo("-ERR numkeys should be greater than 0");
    assertThat(h.run("SINTERCARD", "x", "a")).isEqualTo("-ERR numkeys should be greater than 0");
    assertThat(h.run("SINTERCARD", "3", "a", "b"))
        .isEqualTo("-ERR Number of keys can't be greater than number of args");
    assertThat(h.run("SINTERCARD", "1", "a", "LIMIT", "-1"))
        .isEqualTo("-ERR LIMIT can't be negative");
    assertThat(h.run("SINTERCARD", "1", "a", "LIMIT")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SINTERCARD", "1", "a", "b")).isEqualTo("-ERR syntax error");
  }

  @Test
  void sintercardDeclaresItsKeys() {
    var spec = h.engine.commands().lookup("sintercard".getBytes());
    byte[][] argv = {"SINTERCARD".getBytes(), "2".getBytes(), "a".getBytes(), "b".getBytes(),
        "LIMIT".getBytes(), "1".getBytes()};
    assertThat(spec.keyIndexes(argv)).containsExactly(2, 3);
  }
}
