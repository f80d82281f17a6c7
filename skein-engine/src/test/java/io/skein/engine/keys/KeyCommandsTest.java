package io.skein.engine.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

class KeyCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void delUnlinkExistsAndTouchCountKeys() {
    h.run("MSET", "a", "1", "b", "2", "c", "3");
    assertThat(h.run("EXISTS", "a", "a", "x")).isEqualTo(2L);
    assertThat(h.run("TOUCH", "a", "b", "x")).isEqualTo(2L);
    assertThat(h.run("DEL", "a", "x")).isEqualTo(1L);
    assertThat(h.run("UNLINK", "b", "c", "b")).isEqualTo(2L);
    assertThat(h.run("DBSIZE")).isEqualTo(0L);
  }

  @Test
  void typeNamesTheValueType() {
    h.run("SET", "s", "v");
    assertThat(h.run("TYPE", "s")).isEqualTo("+string");
    assertThat(h.run("TYPE", "nope")).isEqualTo("+none");
    h.engine.keyspace().database(0).putValue("l".getBytes(), TinyList.of("x"));
    assertThat(h.run("TYPE", "l")).isEqualTo("+list");
    assertThat(h.run("GET", "l"))
        .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value");
  }

  @Test
  void renameMovesValueAndTtl() {
    h.run("SET", "a", "v", "EX", "100");
    h.run("SET", "b", "old");
    assertThat(h.run("RENAME", "a", "b")).isEqualTo("+OK");
    assertThat(h.run("GET", "b")).isEqualTo("v");
    assertThat(h.run("TTL", "b")).isEqualTo(100L);
    assertThat(h.run("EXISTS", "a")).isEqualTo(0L);
    assertThat(h.run("RENAME", "a", "c")).isEqualTo("-ERR no such key");
    assertThat(h.run("RENAME", "b", "b")).isEqualTo("+OK");
    assertThat(h.run("GET", "b")).isEqualTo("v");
  }

  @Test
  void renamenxRefusesAnExistingTarget() {
    h.run("MSET", "a", "1", "b", "2");
    assertThat(h.run("RENAMENX", "a", "b")).isEqualTo(0L);
    assertThat(h.run("RENAMENX", "a", "a")).isEqualTo(0L);
    assertThat(h.run("RENAMENX", "a", "c")).isEqualTo(1L);
    assertThat(h.run("MGET", "a", "b", "c")).isEqualTo(java.util.Arrays.asList(null, "2", "1"));
    assertThat(h.run("RENAMENX", "zz", "c")).isEqualTo("-ERR no such key");
  }

  @Test
  void renameOfACollectionKeepsItsObject() {
    h.engine.keyspace().database(0).putValue("l".getBytes(), TinyList.of("x", "y"));
    h.run("EXPIRE", "l", "50");
    h.run("RENAME", "l", "m");
    assertThat(h.run("TYPE", "m")).isEqualTo("+list");
    assertThat(h.run("TTL", "m")).isEqualTo(50L);
  }

  @Test
  void moveTransfersToAnotherDatabase() {
    h.run("SET", "k", "v", "EX", "100");
    assertThat(h.run("MOVE", "k", "1")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
    assertThat(h.run("MOVE", "k", "1")).isEqualTo(0L);
    h.ctx.select(1);
    assertThat(h.run("GET", "k")).isEqualTo("v");
    assertThat(h.run("TTL", "k")).isEqualTo(100L);
    h.run("SET", "j", "1");
    h.ctx.select(0);
    h.run("SET", "j", "0");
    assertThat(h.run("MOVE", "j", "1")).isEqualTo(0L);
    assertThat(h.run("MOVE", "j", "0")).isEqualTo("-ERR source and destination objects are the same");
    assertThat(h.run("MOVE", "j", "16")).isEqualTo("-ERR DB index is out of range");
    assertThat(h.run("MOVE", "j", "4294967296"))
        .isEqualTo("-ERR value is out of range, value must between -2147483648 and 2147483647");
    assertThat(h.run("MOVE", "j", "x")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("MOVE", "j", "x")).isEqualTo("-ERR value is not an integer or out of range");
  }

  @Test
  void copyDuplicatesWithTtlAndOptions() {
    h.run("SET", "a", "v", "PX", "5000");
    assertThat(h.run("COPY", "a", "b")).isEqualTo(1L);
    assertThat(h.run("GET", "b")).isEqualTo("v");
    assertThat(h.run("PTTL", "b")).isEqualTo(5000L);
    h.run("SET", "a", "w");
    assertThat(h.run("COPY", "a", "b")).isEqualTo(0L);
    assertThat(h.run("COPY", "a", "b", "REPLACE")).isEqualTo(1L);
    assertThat(h.run("GET", "b")).isEqualTo("w");
    assertThat(h.run("COPY", "a", "a")).isEqualTo("-ERR source and destination objects are the same");
    assertThat(h.run("COPY", "a", "a", "DB", "2")).isEqualTo(1L);
    assertThat(h.run("COPY", "a", "x", "DB", "99")).isEqualTo("-ERR DB index is out of range");
    assertThat(h.run("COPY", "a", "x", "DB")).isEqualTo("-ERR syntax error");
    assertThat(h.run("COPY", "nope", "x")).isEqualTo(0L);
    h.ctx.select(2);
    assertThat(h.run("GET", "a")).isEqualTo("w");
  }

  @Test
  void copyOfACollectionIsIndependent() {
    TinyList list = TinyList.of("x");
    h.engine.keyspace().database(0).putValue("l".getBytes(), list);
    assertThat(h.run("COPY", "l", "m")).isEqualTo(1L);
    list.items.add("y".getBytes());
    Object copy = h.engine.keyspace().database(0).peek("m".getBytes());
    assertThat(((io.skein.engine.keyspace.CompositeEntry) copy).value().size()).isEqualTo(1);
  }

  @Test
  void stringCommandsOnACollectionAnswerWrongtypeAndChangeNothing() {
    h.engine.keyspace().database(0).putValue("l".getBytes(), TinyList.of("x"));
    String wrongType = "-WRONGTYPE Operation against a key holding the wrong kind of value";
    for (String[] cmd : new String[][] {
        {"APPEND", "l", "x"}, {"INCR", "l"}, {"INCRBYFLOAT", "l", "1"}, {"GETRANGE", "l", "0", "1"},
        {"SETRANGE", "l", "0", "x"}, {"STRLEN", "l"}, {"GETSET", "l", "v"}, {"GETDEL", "l"},
        {"GETEX", "l", "EX", "10"}, {"SET", "l", "v", "GET"}}) {
      assertThat(h.run(cmd)).as(String.join(" ", cmd)).isEqualTo(wrongType);
    }
    assertThat(h.run("MGET", "l")).isEqualTo(java.util.Collections.singletonList(null));
    assertThat(h.run("TYPE", "l")).isEqualTo("+list");
    assertThat(h.run("TTL", "l")).isEqualTo(-1L);
    assertThat(h.run("SET", "l", "v")).isEqualTo("+OK"); // plain SET replaces any type
    assertThat(h.run("TYPE", "l")).isEqualTo("+string");
  }

  @Test
  void readsCountKeyspaceStats() {
    var stats = h.engine.keyspace().stats();
    h.run("SET", "a", "1");
    h.run("EXISTS", "a", "b");
    h.run("TYPE", "a");
    h.run("TTL", "b");
    assertThat(stats.keyspaceHits.sum()).isEqualTo(2);
    assertThat(stats.keyspaceMisses.sum()).isEqualTo(2);
  }
}
