package io.skein.engine.sets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.keyspace.ValueType;
import io.skein.engine.testing.EngineHarness;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetCommandsTest {

  static final String WRONGTYPE =
      "-WRONGTYPE Operation against a key holding the wrong kind of value";
  private final EngineHarness h = new EngineHarness();

  private RedisSet set(String key) {
    return h.ctx.db().getValue(key.getBytes(StandardCharsets.UTF_8), ValueType.SET);
  }

  @Test
  void saddCountsNewMembersAndSremRemovesThem() {
    assertThat(h.run("SADD", "s", "a", "b", "a")).isEqualTo(2L);
    assertThat(h.run("SADD", "s", "b", "c")).isEqualTo(1L);
    assertThat(h.run("SCARD", "s")).isEqualTo(3L);
    assertThat(h.run("SREM", "s", "a", "zz", "a")).isEqualTo(1L);
    assertThat(h.run("SISMEMBER", "s", "a")).isEqualTo(0L);
    assertThat(h.run("SISMEMBER", "s", "b")).isEqualTo(1L);
    assertThat(h.run("SMISMEMBER", "s", "a", "b", "c")).isEqualTo(List.of(0L, 1L, 1L));
    assertThat(h.run("SMISMEMBER", "missing", "a")).isEqualTo(List.of(0L));
    assertThat(h.run("SREM", "s", "b", "c")).isEqualTo(2L);
    assertThat(h.run("EXISTS", "s")).isEqualTo(0L);
    assertThat(h.run("SCARD", "s")).isEqualTo(0L);
    assertThat(h.run("SREM", "s", "b")).isEqualTo(0L);
  }

  @Test
  void intsetMembersComeBackSortedAndListpackOnesInInsertionOrder() {
    h.run("SADD", "i", "30", "-5", "7");
    assertThat(set("i").encoding()).isEqualTo("intset");
    assertThat(h.run("SMEMBERS", "i")).isEqualTo(List.of("-5", "7", "30"));
    h.run("SADD", "i", "x");
    assertThat(set("i").encoding()).isEqualTo("listpack");
    assertThat(h.run("SMEMBERS", "i")).isEqualTo(List.of("-5", "7", "30", "x"));
    assertThat(h.run("SISMEMBER", "i", "7")).isEqualTo(1L);
    assertThat(h.run("SMEMBERS", "missing")).isEqualTo(List.of());
  }

  @Test
  void nonCanonicalIntegersAreNotIntsetMembers() {
    h.run("SADD", "s", "1");
    assertThat(h.run("SISMEMBER", "s", "01")).isEqualTo(0L);
    h.run("SADD", "s", "01");
    assertThat(set("s").encoding()).isEqualTo("listpack");
    assertThat(h.run("SCARD", "s")).isEqualTo(2L);
  }

  @Test
  void encodingsFollowRedisThresholds() {
    for (int i = 0; i < 512; i++) {
      h.run("SADD", "ints", String.valueOf(i));
    }
    assertThat(set("ints").encoding()).isEqualTo("intset");
    h.run("SADD", "ints", "512");
    assertThat(set("ints").encoding()).isEqualTo("hashtable");

    for (int i = 0; i < 128; i++) {
      h.run("SADD", "words", "w" + i);
    }
    assertThat(set("words").encoding()).isEqualTo("listpack");
    h.run("SADD", "words", "w128");
    assertThat(set("words").encoding()).isEqualTo("hashtable");

    h.run("SADD", "long", "short");
    h.run("SADD", "long", "y".repeat(65));
    assertThat(set("long").encoding()).isEqualTo("hashtable");

    for (int i = 0; i < 200; i++) {
      h.run("SADD", "mixed", String.valueOf(i));
    }
    h.run("SADD", "mixed", "word");
    assertThat(set("mixed").encoding()).isEqualTo("hashtable");
    assertThat(h.run("SCARD", "mixed")).isEqualTo(201L);
  }

  @Test
  void everySetCommandRefusesOtherTypes() {
    h.run("SET", "str", "v");
    h.run("SADD", "s", "a");
    for (String[] cmd : new String[][] {
        {"SADD", "str", "a"}, {"SREM", "str", "a"}, {"SMEMBERS", "str"},
        {"SISMEMBER", "str", "a"}, {"SMISMEMBER", "str", "a"}, {"SCARD", "str"},
        {"SPOP", "str"}, {"SPOP", "str", "2"}, {"SRANDMEMBER", "str"},
        {"SRANDMEMBER", "str", "2"}, {"SSCAN", "str", "0"}, {"SMOVE", "str", "s", "a"},
        {"SMOVE", "s", "str", "a"}, {"SINTER", "s", "str"}, {"SINTER", "nope", "str"},
        {"SUNION", "s", "str"}, {"SDIFF", "s", "str"}, {"SDIFF", "nope", "str"},
        {"SINTERSTORE", "d", "s", "str"}, {"SUNIONSTORE", "d", "s", "str"},
        {"SDIFFSTORE", "d", "s", "str"}, {"SINTERCARD", "2", "s", "str"}}) {
      assertThat(h.run(cmd)).as(String.join(" ", cmd)).isEqualTo(WRONGTYPE);
    }
    assertThat(h.run("SMEMBERS", "s")).isEqualTo(List.of("a"));
    assertThat(h.run("EXISTS", "d")).isEqualTo(0L);
  }

  @Test
  void smembersIsASetInResp3() {
    h.resp3();
    h.run("SADD", "s", "b", "a");
    assertThat(h.run("SMEMBERS", "s")).isEqualTo(List.of("b", "a"));
  }

  @Test
  void sscanReturnsSmallSetsWholeAndLargeOnesCompletely() {
    h.run("SADD", "small", "1", "2", "3");
    assertThat(h.run("SSCAN", "small", "0", "COUNT", "1"))
        .isEqualTo(List.of("0", List.of("1", "2", "3")));
    assertThat(h.run("SSCAN", "small", "0", "MATCH", "[13]"))
        .isEqualTo(List.of("0", List.of("1", "3")));
    assertThat(h.run("SSCAN", "small", "0", "NOVALUES")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SSCAN", "small", "abc")).isEqualTo("-ERR invalid cursor");
    assertThat(h.run("SSCAN", "missing", "0")).isEqualTo(List.of("0", List.of()));

    for (int i = 0; i < 700; i++) {
      h.run("SADD", "big", "m" + i);
    }
    Set<String> seen = new HashSet<>();
    String cursor = "0";
    do {
      @SuppressWarnings("unchecked")
      List<Object> reply = (List<Object>) h.run("SSCAN", "big", cursor);
      cursor = (String) reply.get(0);
      @SuppressWarnings("unchecked")
      List<String> members = (List<String>) reply.get(1);
      seen.addAll(members);
    } while (!cursor.equals("0"));
    assertThat(seen).hasSize(700);
  }
}
