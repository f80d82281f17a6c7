package io.skein.engine.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Digests against values a Redis 7 server answered to DEBUG DIGEST-VALUE and DEBUG DIGEST for
 * the same data (the algorithm is unchanged in 7.2 for these scores), and the properties that
 * make them useful: order-free for sets and hashes, order-sensitive for lists.
 */
class ValueDigestTest {

  private final EngineHarness h = new EngineHarness();

  private String digest(String key) {
    return ValueDigest.hex(ValueDigest.ofKey(h.engine.keyspace().database(0),
        key.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void matchesRedisForEveryType() {
    h.run("SET", "k", "v");
    h.run("RPUSH", "l", "a", "b", "c");
    h.run("SADD", "s", "x", "y", "z");
    h.run("SADD", "ints", "1", "2", "3");
    h.run("HSET", "h", "f1", "v1", "f2", "v2");
    h.run("ZADD", "z", "1", "a", "2.5", "b");
    h.run("ZADD", "zi", "1", "a", "2", "b");
    assertThat(digest("k")).isEqualTo("d79ee9fe5d5ad902d7f6620efc3b07b75ddd742f");
    assertThat(digest("l")).isEqualTo("8bf72d812571eea9b927f3c11beb0c4165a6ff89");
    assertThat(digest("s")).isEqualTo("0fd9977d57e46b1b9b87439f5ac5b338416ccc24");
    assertThat(digest("ints")).isEqualTo("2a462a3f51a1db89738ebbeef0c47ce1bbc85246");
    assertThat(digest("h")).isEqualTo("047cc60ea73a34cde6d08a2721a4a26d19ee6570");
    assertThat(digest("z")).isEqualTo("c45c5b051acd64070e5ed1a949939d5145f806c5");
    assertThat(digest("zi")).isEqualTo("4de4c922f0624dd27cb8fc6bbf04d3d6df72c877");
    assertThat(digest("missing")).isEqualTo("0".repeat(40));
  }

  @Test
  void anExpiryIsPartOfTheDigest() {
    h.run("SET", "e", "v", "EX", "100");
    assertThat(digest("e")).isEqualTo("311b17018163335616e089f6b951c82c477335ac");
    h.run("PERSIST", "e");
    assertThat(digest("e")).isEqualTo("d79ee9fe5d5ad902d7f6620efc3b07b75ddd742f");
  }

  @Test
  void setsAndHashesDigestTheSameWhateverTheOrderOrEncoding() {
    List<String> forward = new ArrayList<>(List.of("SADD", "a"));
    List<String> backward = new ArrayList<>(List.of("SADD", "b"));
    for (int i = 0; i < 300; i++) {
      forward.add("m" + i);
      backward.add("m" + (299 - i));
    }
    h.run(forward.toArray(String[]::new));
    h.run(backward.toArray(String[]::new));
    h.run("HSET", "h1", "x", "1", "y", "2");
    h.run("HSET", "h2", "y", "2", "x", "1");
    assertThat(digest("a")).isEqualTo(digest("b"));
    assertThat(digest("h1")).isEqualTo(digest("h2"));
    h.run("HSET", "h2", "y", "3");
    assertThat(digest("h1")).isNotEqualTo(digest("h2"));
  }

  @Test
  void listOrderChangesTheDigestAndTypesAreTold() {
    h.run("RPUSH", "l1", "a", "b");
    h.run("RPUSH", "l2", "b", "a");
    h.run("SADD", "s", "a", "b");
    assertThat(digest("l1")).isNotEqualTo(digest("l2")).isNotEqualTo(digest("s"));
  }

  @Test
  void datasetDigestMatchesRedis() {
    assertThat(ValueDigest.hex(ValueDigest.ofDataset(h.engine.keyspace())))
        .isEqualTo("0".repeat(40));
    h.run("SET", "a", "1");
    h.run("RPUSH", "l", "x");
    h.ctx.select(1);
    h.run("SET", "b", "2");
    assertThat(ValueDigest.hex(ValueDigest.ofDataset(h.engine.keyspace())))
        .isEqualTo("245031640637cb15a4da6e2d030794898bfc1b58");
  }
}
