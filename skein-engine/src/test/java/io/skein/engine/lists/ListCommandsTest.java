package io.skein.engine.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.keyspace.ValueType;
import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCommandsTest {

  private static final String WRONGTYPE =
      "-WRONGTYPE Operation against a key holding the wrong kind of value";

  private final EngineHarness h = new EngineHarness();

  @Test
  void lpushPrependsEachElementInTurnAndRpushAppends() {
    assertThat(h.run("LPUSH", "k", "a", "b", "c")).isEqualTo(3L);
    assertThat(h.run("RPUSH", "k", "x", "y")).isEqualTo(5L);
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("c", "b", "a", "x", "y"));
    assertThat(h.ctx.db().typeOf("k".getBytes())).isEqualTo(ValueType.LIST);
  }

  @Test
  void pushxOnlyTouchesExistingLists() {
    assertThat(h.run("LPUSHX", "k", "a")).isEqualTo(0L);
    assertThat(h.run("RPUSHX", "k", "a", "b")).isEqualTo(0L);
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
    h.run("RPUSH", "k", "m");
    assertThat(h.run("LPUSHX", "k", "a", "b")).isEqualTo(3L);
    assertThat(h.run("RPUSHX", "k", "z")).isEqualTo(4L);
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("b", "a", "m", "z"));
  }

  @Test
  void wrongTypeIsRejectedByEveryCommand() {
    h.run("SET", "s", "v");
    for (String[] cmd : new String[][] {
        {"LPUSH", "s", "a"}, {"RPUSHX", "s", "a"}, {"LPOP", "s"}, {"RPOP", "s", "2"},
        {"LLEN", "s"}, {"LINDEX", "s", "0"}, {"LRANGE", "s", "0", "1"}, {"LSET", "s", "0", "x"},
        {"LINSERT", "s", "BEFORE", "a", "b"}, {"LREM", "s", "0", "a"}, {"LTRIM", "s", "0", "1"},
        {"LPOS", "s", "a"}, {"LMOVE", "s", "d", "LEFT", "LEFT"}, {"LMPOP", "1", "s", "LEFT"}}) {
      assertThat(h.run(cmd)).as(String.join(" ", cmd)).isEqualTo(WRONGTYPE);
    }
    assertThat(h.run("GET", "s")).isEqualTo("v");
  }

  @Test
  void popWithoutCountAnswersOneElementOrNull() {
    assertThat(h.run("LPOP", "k")).isNull();
    h.run("RPUSH", "k", "a", "b", "c");
    assertThat(h.run("LPOP", "k")).isEqualTo("a");
    assertThat(h.run("RPOP", "k")).isEqualTo("c");
    assertThat(h.run("RPOP", "k")).isEqualTo("b");
    assertThat(h.run("EXISTS", "k")).as("an emptied list is deleted").isEqualTo(0L);
  }

  @Test
  void popWithCountAnswersAnArrayOrTheNullArray() {
    assertThat(h.run("LPOP", "k", "2")).isNull();
    h.resp3();
    assertThat(h.run("RPOP", "k", "0")).isNull();
    h.run("RPUSH", "k", "a", "b", "c");
    assertThat(h.run("LPOP", "k", "0")).isEqualTo(List.of());
    assertThat(h.run("LPOP", "k", "2")).isEqualTo(List.of("a", "b"));
    assertThat(h.run("RPOP", "k", "10")).isEqualTo(List.of("c"));
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
  }

  @Test
  void popCountMustBeANonNegativeInteger() {
    h.run("RPUSH", "k", "a");
    assertThat(h.run("LPOP", "k", "-1")).isEqualTo("-ERR value is out of range, must be positive");
    assertThat(h.run("LPOP", "k", "x")).isEqualTo("-ERR value is out of range, must be positive");
    assertThat(h.run("LPOP", "k", "1", "2"))
        .isEqualTo("-ERR wrong number of arguments for 'lpop' command");
    assertThat(h.run("LLEN", "k")).isEqualTo(1L);
  }

  @Test
  void llenAndLindexCountFromEitherEnd() {
    assertThat(h.run("LLEN", "k")).isEqualTo(0L);
    assertThat(h.run("LINDEX", "k", "0")).isNull();
    h.run("RPUSH", "k", "a", "b", "c");
    assertThat(h.run("LLEN", "k")).isEqualTo(3L);
    assertThat(h.run("LINDEX", "k", "0")).isEqualTo("a");
    assertThat(h.run("LINDEX", "k", "-1")).isEqualTo("c");
    assertThat(h.run("LINDEX", "k", "-3")).isEqualTo("a");
    assertThat(h.run("LINDEX", "k", "3")).isNull();
    assertThat(h.run("LINDEX", "k", "-4")).isNull();
    assertThat(h.run("LINDEX", "k", "9223372036854775807")).isNull();
    assertThat(h.run("LINDEX", "k", "x")).isEqualTo("-ERR value is not an integer or out of range");
  }

  @Test
  void lrangeClampsOutOfRangeIndexes() {
    h.run("RPUSH", "k", "a", "b", "c", "d");
    assertThat(h.run("LRANGE", "k", "1", "2")).isEqualTo(List.of("b", "c"));
    assertThat(h.run("LRANGE", "k", "-100", "100")).isEqualTo(List.of("a", "b", "c", "d"));
    assertThat(h.run("LRANGE", "k", "-2", "-1")).isEqualTo(List.of("c", "d"));
    assertThat(h.run("LRANGE", "k", "2", "1")).isEqualTo(List.of());
    assertThat(h.run("LRANGE", "k", "4", "10")).isEqualTo(List.of());
    assertThat(h.run("LRANGE", "k", "0", "-5")).isEqualTo(List.of());
    assertThat(h.run("LRANGE", "missing", "0", "-1")).isEqualTo(List.of());
    assertThat(h.run("LRANGE", "k", "0", "x"))
        .isEqualTo("-ERR value is not an integer or out of range");
  }

  @Test
  void lsetReplacesByIndexAndReportsMissingKeyAndRange() {
    assertThat(h.run("LSET", "k", "0", "x")).isEqualTo("-ERR no such key");
    assertThat(h.run("LSET", "k", "y", "x"))
        .as("the index is parsed first").isEqualTo("-ERR value is not an integer or out of range");
    h.run("RPUSH", "k", "a", "b");
    assertThat(h.run("LSET", "k", "-1", "z")).isEqualTo("+OK");
    assertThat(h.run("LSET", "k", "2", "z")).isEqualTo("-ERR index out of range");
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("a", "z"));
  }

  @Test
  void aSmallListIsAListpackAndABigOneAQuicklist() {
    h.run("RPUSH", "k", "a");
    RedisList list = h.ctx.db().getValue("k".getBytes(), ValueType.LIST);
    assertThat(list.encoding()).isEqualTo("listpack");
    h.run("RPUSH", "k", "x".repeat(9000));
    assertThat(list.encoding()).isEqualTo("quicklist");
  }
}
