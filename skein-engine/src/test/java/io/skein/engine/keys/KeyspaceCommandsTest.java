package io.skein.engine.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.exec.Watcher;
import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyspaceCommandsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  @SuppressWarnings("unchecked")
  void keysFiltersByPatternAndSkipsExpiredKeys() {
    h.run("MSET", "user:1", "a", "user:2", "b", "other", "c");
    h.run("SET", "user:3", "d", "PX", "10");
    h.advanceMillis(10);
    assertThat((List<String>) h.run("KEYS", "user:*")).containsExactlyInAnyOrder("user:1", "user:2");
    assertThat((List<String>) h.run("KEYS", "*")).containsExactlyInAnyOrder("user:1", "user:2", "other");
    assertThat((List<String>) h.run("KEYS", "nothing*")).isEmpty();
  }

  @Test
  void dbsizeCountsTheSelectedDatabase() {
    assertThat(h.run("DBSIZE")).isEqualTo(0L);
    h.run("MSET", "a", "1", "b", "2");
    assertThat(h.run("DBSIZE")).isEqualTo(2L);
    h.ctx.select(3);
    assertThat(h.run("DBSIZE")).isEqualTo(0L);
  }

  @Test
  void randomkeyReturnsSomeLiveKey() {
    assertThat(h.run("RANDOMKEY")).isNull();
    h.run("MSET", "a", "1", "b", "2", "c", "3");
    for (int i = 0; i < 20; i++) {
      assertThat(h.run("RANDOMKEY")).isIn("a", "b", "c");
    }
    h.run("FLUSHDB");
    h.run("SET", "gone", "x", "PX", "1");
    h.advanceMillis(1);
    assertThat(h.run("RANDOMKEY")).isNull();
  }

  @Test
  void flushdbEmptiesOnlyTheSelectedDatabase() {
    h.run("SET", "a", "1");
    h.ctx.select(1);
    h.run("SET", "b", "1");
    assertThat(h.run("FLUSHDB", "ASYNC")).isEqualTo("+OK");
    assertThat(h.run("DBSIZE")).isEqualTo(0L);
    h.ctx.select(0);
    assertThat(h.run("DBSIZE")).isEqualTo(1L);
    assertThat(h.run("FLUSHDB", "LATER")).isEqualTo("-ERR syntax error");
    assertThat(h.run("FLUSHDB", "SYNC", "ASYNC")).isEqualTo("-ERR syntax error");
    assertThat(h.run("DBSIZE")).isEqualTo(1L);
  }

  @Test
  void flushallEmptiesEveryDatabaseAndReleasesMemory() {
    h.run("SET", "a", "1");
    h.ctx.select(5);
    h.run("SET", "b", "1");
    assertThat(h.run("FLUSHALL", "sync")).isEqualTo("+OK");
    assertThat(h.run("DBSIZE")).isEqualTo(0L);
    h.ctx.select(0);
    assertThat(h.run("DBSIZE")).isEqualTo(0L);
    assertThat(h.engine.keyspace().stats().usedMemory.sum()).isZero();
  }

  @Test
  void flushAndSwapMakeWatchersDirty() {
    Watcher w = new Watcher();
    h.engine.executor().watch(w, 0, "a".getBytes());
    h.run("FLUSHDB");
    assertThat(w.dirty()).isTrue();
    h.engine.executor().unwatch(w);
    h.engine.executor().watch(w, 2, "a".getBytes());
    h.run("SWAPDB", "0", "2");
    assertThat(w.dirty()).isTrue();
  }

  @Test
  void swapdbExchangesContentsWithTtls() {
    h.run("SET", "a", "zero", "EX", "100");
    h.ctx.select(1);
    h.run("SET", "b", "one");
    assertThat(h.run("SWAPDB", "0", "1")).isEqualTo("+OK");
    assertThat(h.run("GET", "a")).isEqualTo("zero");
    assertThat(h.run("TTL", "a")).isEqualTo(100L);
    assertThat(h.run("EXISTS", "b")).isEqualTo(0L);
    h.ctx.select(0);
    assertThat(h.run("GET", "b")).isEqualTo("one");
    assertThat(h.run("SWAPDB", "0", "0")).isEqualTo("+OK");
    assertThat(h.run("SWAPDB", "x", "0")).isEqualTo("-ERR invalid first DB index");
    assertThat(h.run("SWAPDB", "0", "y")).isEqualTo("-ERR invalid second DB index");
    assertThat(h.run("SWAPDB", "0", "16")).isEqualTo("-ERR DB index is out of range");
    assertThat(h.run("SWAPDB", "-1", "0")).isEqualTo("-ERR DB index is out of range");
  }
}
