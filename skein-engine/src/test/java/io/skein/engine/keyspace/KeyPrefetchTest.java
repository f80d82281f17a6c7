package io.skein.engine.keyspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** KeyPrefetch only loads: whatever it is given, the keyspace reads the same afterwards. */
class KeyPrefetchTest {

  private final EngineHarness h = new EngineHarness();
  private final Database db = h.engine.keyspace().database(0);

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void loadingAnyMixOfKeysChangesNothing() {
    for (int i = 0; i < 200; i++) {
      h.run("SET", "k" + i, "v" + i);
    }
    h.run("LPUSH", "list", "a", "b");
    h.run("SET", "expiring", "v", "PX", "10");
    h.advanceMillis(20);
    long memory = h.engine.keyspace().stats().usedMemory.sum();
    byte[][] keys = new byte[KeyPrefetch.MAX_KEYS + 4][];
    keys[0] = b("k1");
    keys[1] = null;
    keys[2] = b("missing");
    keys[3] = b("list");
    keys[4] = b("expiring");
    keys[5] = b("x".repeat(1000));
    keys[6] = new byte[0];
    for (int i = 7; i < keys.length; i++) {
      keys[i] = b("k" + (i * 7));
    }

    new KeyPrefetch().load(db, keys, keys.length);

    assertThat(db.size()).isEqualTo(202); // the expired key is still there, uncollected
    assertThat(h.engine.keyspace().stats().usedMemory.sum()).isEqualTo(memory);
    assertThat(h.run("GET", "k1")).isEqualTo("v1");
    assertThat(h.run("LLEN", "list")).isEqualTo(2L);
    assertThat(h.run("GET", "expiring")).isNull();
  }
}
