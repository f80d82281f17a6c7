package io.skein.engine.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.EngineConfig.EvictionPolicy;
import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectCommandTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void encodingOfStringsFollowsRedisRules() {
    h.run("SET", "i", "12345");
    h.run("SET", "neg", "-9223372036854775808");
    h.run("SET", "lead", "0123");
    h.run("SET", "e", "x".repeat(44));
    h.run("SET", "r", "x".repeat(45));
    assertThat(h.run("OBJECT", "ENCODING", "i")).isEqualTo("int");
    assertThat(h.run("OBJECT", "ENCODING", "neg")).isEqualTo("int");
    assertThat(h.run("OBJECT", "ENCODING", "lead")).isEqualTo("embstr");
    assertThat(h.run("OBJECT", "ENCODING", "e")).isEqualTo("embstr");
    assertThat(h.run("OBJECT", "encoding", "r")).isEqualTo("raw");
    assertThat(h.run("OBJECT", "ENCODING", "nope")).isNull();
  }

  @Test
  void encodingOfCollectionsComesFromTheValue() {
    h.engine.keyspace().database(0).putValue("l".getBytes(), TinyList.of("a"));
    assertThat(h.run("OBJECT", "ENCODING", "l")).isEqualTo("listpack");
  }

  @Test
  void refcountReportsSharedSmallIntegers() {
    h.run("SET", "small", "100");
    h.run("SET", "big", "10000");
    h.run("SET", "s", "abc");
    assertThat(h.run("OBJECT", "REFCOUNT", "small")).isEqualTo(2147483647L);
    assertThat(h.run("OBJECT", "REFCOUNT", "big")).isEqualTo(1L);
    assertThat(h.run("OBJECT", "REFCOUNT", "s")).isEqualTo(1L);
    h.config.maxmemory(1L << 30);
    h.config.policy(EvictionPolicy.ALLKEYS_LRU);
    assertThat(h.run("OBJECT", "REFCOUNT", "small")).isEqualTo(1L);
  }

  @Test
  void idletimeCountsSecondsSinceLastAccessWithoutTouching() {
    h.run("SET", "k", "v");
    h.advanceMillis(5_000);
    assertThat(h.run("OBJECT", "IDLETIME", "k")).isEqualTo(5L);
    assertThat(h.run("OBJECT", "IDLETIME", "k")).isEqualTo(5L);
    h.run("EXISTS", "k");
    h.run("TYPE", "k");
    h.run("TTL", "k");
    assertThat(h.run("OBJECT", "IDLETIME", "k")).isEqualTo(5L);
    h.run("TOUCH", "k");
    assertThat(h.run("OBJECT", "IDLETIME", "k")).isEqualTo(0L);
    h.advanceMillis(2_000);
    h.run("GET", "k");
    assertThat(h.run("OBJECT", "IDLETIME", "k")).isEqualTo(0L);
  }

  @Test
  void freqNeedsAnLfuPolicy() {
    h.run("SET", "k", "v");
    assertThat((String) h.run("OBJECT", "FREQ", "k"))
        .startsWith("-ERR An LFU maxmemory policy is not selected");
    assertThat(h.run("OBJECT", "FREQ", "nope")).isNull();
  }

  @Test
  void helpAndErrors() {
    assertThat((List<?>) h.run("OBJECT", "HELP")).first().asString().startsWith("+OBJECT <subcommand>");
    assertThat(h.run("OBJECT", "help", "x"))
        .isEqualTo("-ERR wrong number of arguments for 'object|help' command");
    assertThat(h.run("OBJECT", "ENCODING"))
        .isEqualTo("-ERR wrong number of arguments for 'object|encoding' command");
    assertThat(h.run("OBJECT", "foo", "k")).isEqualTo("-ERR unknown subcommand 'foo'. Try OBJECT HELP.");
  }
}
