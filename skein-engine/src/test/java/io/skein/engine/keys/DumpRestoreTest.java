package io.skein.engine.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.testing.EngineHarness;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DumpRestoreTest {

  private final EngineHarness h = new EngineHarness();

  private byte[] dump(String key) {
    Object reply = h.engine.keyspace().database(0).peek(b(key));
    return reply == null ? null : DumpFormat.dump(reply);
  }

  private Object restore(String key, String ttl, byte[] payload, String... options) {
    byte[][] argv = new byte[4 + options.length][];
    argv[0] = b("RESTORE");
    argv[1] = b(key);
    argv[2] = b(ttl);
    argv[3] = payload;
    for (int i = 0; i < options.length; i++) {
      argv[4 + i] = b(options[i]);
    }
    return h.run(argv);
  }

  @Test
  void dumpOfAMissingKeyIsNil() {
    assertThat(h.run("DUMP", "nope")).isNull();
  }

  @Test
  void stringsRoundTripWithAnyBytes() {
    long seed = 7L;
    SplittableRandom random = new SplittableRandom(seed);
    byte[] value = new byte[300];
    for (int i = 0; i < value.length; i++) {
      value[i] = (byte) random.nextInt(256);
    }
    h.run(b("SET"), b("k"), value);
    byte[] payload = dump("k");
    assertThat(restore("k2", "0", payload)).isEqualTo("+OK");
    byte[] rec = (byte[]) h.engine.keyspace().database(0).peek(b("k2"));
    assertThat(Arrays.copyOfRange(rec, rec.length - 300, rec.length)).as("seed %d", seed)
        .isEqualTo(value);
    assertThat(h.run("TTL", "k2")).isEqualTo(-1L);
  }

  @Test
  void restoreRefusesAnExistingKeyUnlessReplace() {
    h.run("SET", "k", "v");
    byte[] payload = dump("k");
    assertThat(restore("k", "0", payload)).isEqualTo("-BUSYKEY Target key name already exists.");
    h.run("SET", "k", "other", "EX", "10");
    assertThat(restore("k", "0", payload, "REPLACE")).isEqualTo("+OK");
    assertThat(h.run("GET", "k")).isEqualTo("v");
    assertThat(h.run("TTL", "k")).isEqualTo(-1L);
  }

  @Test
  void ttlIsRelativeUnlessAbsttl() {
    h.run("SET", "k", "v");
    byte[] payload = dump("k");
    assertThat(restore("a", "5000", payload)).isEqualTo("+OK");
    assertThat(h.run("PTTL", "a")).isEqualTo(5000L);
    long at = h.clock.millis() + 9000;
    assertThat(restore("b", Long.toString(at), payload, "ABSTTL")).isEqualTo("+OK");
    assertThat(h.run("PEXPIRETIME", "b")).isEqualTo(at);
    assertThat(restore("c", "1000", payload, "ABSTTL")).isEqualTo("+OK"); // already past
    assertThat(h.run("EXISTS", "c")).isEqualTo(0L);
  }

  @Test
  void idletimeSetsTheLruClock() {
    h.run("SET", "k", "v");
    h.advanceMillis(100_000);
    assertThat(restore("r", "0", dump("k"), "IDLETIME", "30")).isEqualTo("+OK");
    assertThat(h.run("OBJECT", "IDLETIME", "r")).isEqualTo(30L);
  }

  @Test
  void corruptPayloadsAndBadOptionsAreRejected() {
    h.run("SET", "k", "value");
    byte[] payload = dump("k");
    byte[] flipped = payload.clone();
    flipped[2] ^= 1;
    assertThat(restore("x", "0", flipped)).isEqualTo("-ERR DUMP payload version or checksum are wrong");
    assertThat(restore("x", "0", Arrays.copyOf(payload, 5)))
        .isEqualTo("-ERR DUMP payload version or checksum are wrong");
    assertThat(restore("x", "0", b("garbage-garbage-garbage")))
        .isEqualTo("-ERR DUMP payload version or checksum are wrong");
    assertThat(restore("x", "-1", payload)).isEqualTo("-ERR Invalid TTL value, must be >= 0");
    assertThat(restore("x", "a", payload)).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(restore("x", "0", payload, "IDLETIME", "-1"))
        .isEqualTo("-ERR Invalid IDLETIME value, must be >= 0");
    assertThat(restore("x", "0", payload, "FREQ", "256"))
        .isEqualTo("-ERR Invalid FREQ value, must be >= 0 and <= 255");
    assertThat(restore("x", "0", payload, "IDLETIME", "1", "FREQ", "1")).isEqualTo("-ERR syntax error");
    assertThat(restore("x", "0", payload, "BOGUS")).isEqualTo("-ERR syntax error");
    assertThat(h.run("EXISTS", "x")).isEqualTo(0L);
  }

  @Test
  void collectionsRoundTripThroughTheirRegisteredReader() {
    h.engine.valueReaders().register(ValueType.LIST, TinyList::readFrom);
    h.engine.keyspace().database(0).putValue(b("l"), TinyList.of("a", "bb", "ccc"));
    h.run("PEXPIRE", "l", "4000");
    byte[] payload = dump("l");
    assertThat(restore("m", "4000", payload)).isEqualTo("+OK");
    CompositeEntry e = (CompositeEntry) h.engine.keyspace().database(0).peek(b("m"));
    assertThat(((TinyList) e.value()).items).extracting(x -> new String(x, StandardCharsets.UTF_8))
        .containsExactly("a", "bb", "ccc");
    assertThat(h.run("TYPE", "m")).isEqualTo("+list");
    assertThat(h.run("PTTL", "m")).isEqualTo(4000L);
  }

  @Test
  void realListsAndSortedSetsSurviveDumpAndRestore() {
    h.run("RPUSH", "list", "a", "b", "c");
    h.run("ZADD", "zset", "1", "one", "2.5", "two");
    assertThat(restore("list2", "0", dump("list"))).isEqualTo("+OK");
    assertThat(restore("zset2", "0", dump("zset"))).isEqualTo("+OK");
    assertThat(h.run("LRANGE", "list2", "0", "-1")).isEqualTo(java.util.List.of("a", "b", "c"));
    assertThat(h.run("ZRANGE", "zset2", "0", "-1", "WITHSCORES"))
        .isEqualTo(java.util.List.of("one", "1", "two", "2.5"));
  }

  @Test
  void collectionThatReadsBackEmptyIsBadData() {
    h.engine.keyspace().database(0).putValue(b("l"), TinyList.of("a"));
    byte[] payload = dump("l");
    h.engine.valueReaders().register(ValueType.LIST, in -> {
      TinyList l = TinyList.readFrom(in);
      l.items.clear();
      return l;
    });
    assertThat(restore("m", "0", payload)).isEqualTo("-ERR Bad data format"); // empty value
    assertThat(h.run("EXISTS", "m")).isEqualTo(0L);
  }

  @Test
  void dumpCommandRepliesThePayload() {
    h.run("SET", "k", "v");
    byte[] payload = dump("k");
    assertThat(payload).hasSize(1 + 1 + 2 + 8); // type, value, version, checksum
    assertThat(h.run("DUMP", "k")).isEqualTo(new String(payload, StandardCharsets.UTF_8));
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
