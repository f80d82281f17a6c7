package io.skein.engine.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashCommandsTest {

  private static final String WRONGTYPE =
      "-WRONGTYPE Operation against a key holding the wrong kind of value";
  private final EngineHarness h = new EngineHarness();

  @Test
  void hsetCountsNewFieldsAndHgetReadsThem() {
    assertThat(h.run("HSET", "h", "a", "1", "b", "2")).isEqualTo(2L);
    assertThat(h.run("HSET", "h", "a", "10", "c", "3", "c", "4")).isEqualTo(1L);
    assertThat(h.run("HGET", "h", "a")).isEqualTo("10");
    assertThat(h.run("HGET", "h", "c")).isEqualTo("4");
    assertThat(h.run("HGET", "h", "nope")).isNull();
    assertThat(h.run("HGET", "missing", "a")).isNull();
    assertThat(h.run("HLEN", "h")).isEqualTo(3L);
    assertThat(h.run("HLEN", "missing")).isEqualTo(0L);
  }

  @Test
  void hsetAndHmsetWithAFieldButNoValueAreArityErrors() {
    assertThat(h.run("HSET", "h", "a", "1", "b"))
        .isEqualTo("-ERR wrong number of arguments for 'hset' command");
    assertThat(h.run("HMSET", "h", "a", "1", "b"))
        .isEqualTo("-ERR wrong number of arguments for 'hmset' command");
    assertThat(h.run("HSET", "h", "a"))
        .isEqualTo("-ERR wrong number of arguments for 'hset' command");
    assertThat(h.run("EXISTS", "h")).isEqualTo(0L);
    assertThat(h.run("HMSET", "h", "a", "1", "b", "2")).isEqualTo("+OK");
    assertThat(h.run("HMGET", "h", "a", "x", "b")).isEqualTo(java.util.Arrays.asList("1", null, "2"));
    assertThat(h.run("HMGET", "missing", "a", "b")).isEqualTo(java.util.Arrays.asList(null, null));
  }

  @Test
  void hsetnxOnlySetsAbsentFields() {
    assertThat(h.run("HSETNX", "h", "a", "1")).isEqualTo(1L);
    assertThat(h.run("HSETNX", "h", "a", "2")).isEqualTo(0L);
    assertThat(h.run("HGET", "h", "a")).isEqualTo("1");
    assertThat(h.run("HSETNX", "h", "b", "2")).isEqualTo(1L);
  }

  @Test
  void hdelRemovesFieldsAndDeletesTheEmptiedKey() {
    h.run("HSET", "h", "a", "1", "b", "2");
    assertThat(h.run("HDEL", "h", "a", "a", "zz")).isEqualTo(1L);
    assertThat(h.run("HEXISTS", "h", "a")).isEqualTo(0L);
    assertThat(h.run("HEXISTS", "h", "b")).isEqualTo(1L);
    assertThat(h.run("HDEL", "h", "b")).isEqualTo(1L);
    assertThat(h.run("EXISTS", "h")).isEqualTo(0L);
    assertThat(h.run("HDEL", "h", "b")).isEqualTo(0L);
  }

  @Test
  void hstrlenIsTheValueLength() {
    h.run("HSET", "h", "a", "hello");
    assertThat(h.run("HSTRLEN", "h", "a")).isEqualTo(5L);
    assertThat(h.run("HSTRLEN", "h", "b")).isEqualTo(0L);
    assertThat(h.run("HSTRLEN", "missing", "b")).isEqualTo(0L);
  }

  @Test
  void smallHashesKeepInsertionOrder() {
    h.run("HSET", "h", "z", "1", "a", "2", "m", "3");
    h.run("HDEL", "h", "a");
    h.run("HSET", "h", "b", "4");
    assertThat(h.run("HKEYS", "h")).isEqualTo(List.of("z", "m", "b"));
    assertThat(h.run("HVALS", "h")).isEqualTo(List.of("1", "3", "4"));
    assertThat(List.copyOf(((Map<?, ?>) h.run("HGETALL", "h")).entrySet()))
        .isEqualTo(List.of(Map.entry("z", "1"), Map.entry("m", "3"), Map.entry("b", "4")));
    assertThat(h.run("HKEYS", "missing")).isEqualTo(List.of());
    assertThat(h.run("HGETALL", "missing")).isEqualTo(Map.of());
  }

  @Test
  void hgetallIsAMapInResp3() {
    h.resp3();
    h.run("HSET", "h", "a", "1", "b", "2");
    assertThat(h.run("HGETALL", "h")).isEqualTo(Map.of("a", "1", "b", "2"));
    assertThat(h.run("HGETALL", "missing")).isEqualTo(Map.of());
  }

  @Test
  void everyHashCommandRefusesOtherTypes() {
    h.run("SET", "s", "v");
    for (String[] cmd : new String[][] {
        {"HSET", "s", "a", "1"}, {"HSETNX", "s", "a", "1"}, {"HGET", "s", "a"},
        {"HMGET", "s", "a"}, {"HMSET", "s", "a", "1"}, {"HDEL", "s", "a"}, {"HLEN", "s"},
        {"HSTRLEN", "s", "a"}, {"HEXISTS", "s", "a"}, {"HKEYS", "s"}, {"HVALS", "s"},
        {"HGETALL", "s"}, {"HINCRBY", "s", "a", "1"}, {"HINCRBYFLOAT", "s", "a", "1"},
        {"HRANDFIELD", "s"}, {"HRANDFIELD", "s", "2"}, {"HSCAN", "s", "0"}}) {
      assertThat(h.run(cmd)).as(String.join(" ", cmd)).isEqualTo(WRONGTYPE);
    }
    assertThat(h.run("GET", "s")).isEqualTo("v");
  }

  @Test
  void encodingTurnsToHashtablePastListpackLimits() {
    h.run("HSET", "h", "f", "v");
    RedisHash small = h.ctx.db().getValue(bytes("h"), io.skein.engine.keyspace.ValueType.HASH);
    assertThat(small.encoding()).isEqualTo("listpack");
    h.run("HSET", "h", "long", "x".repeat(65));
    assertThat(small.encoding()).isEqualTo("hashtable");
    assertThat(h.run("HGET", "h", "f")).isEqualTo("v");

    for (int i = 0; i < 128; i++) {
      h.run("HSET", "many", "f" + i, "v");
    }
    RedisHash many = h.ctx.db().getValue(bytes("many"), io.skein.engine.keyspace.ValueType.HASH);
    assertThat(many.encoding()).isEqualTo("listpack");
    h.run("HSET", "many", "f128", "v");
    assertThat(many.encoding()).isEqualTo("hashtable");
    assertThat(h.run("HLEN", "many")).isEqualTo(129L);
  }

  static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
