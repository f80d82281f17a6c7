package io.skein.engine.exec;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which connections watch which keys. Writes consult it only while somebody watches anything,
 * so a node with no WATCH pays one volatile read per write.
 */
final class WatchRegistry {

  private final ConcurrentHashMap<DbKey, Set<Watcher>> watchers = new ConcurrentHashMap<>();
  private final AtomicInteger watchedKeys = new AtomicInteger();

  void watch(Watcher watcher, int db, byte[] key) {
    DbKey dk = DbKey.of(db, key.clone());
    if (watcher.keys.contains(dk)) {
      return;
    }
    watcher.keys.add(dk);
    watchers.computeIfAbsent(dk, k -> ConcurrentHashMap.newKeySet()).add(watcher);
    watchedKeys.incrementAndGet();
  }

  void unwatchAll(Watcher watcher) {
    for (DbKey dk : watcher.keys) {
      watchers.computeIfPresent(dk, (k, set) -> {
        set.remove(watcher);
        return set.isEmpty() ? null : set;
      });
      watchedKeys.decrementAndGet();
    }
    watcher.reset();
  }

  void touch(int db, byte[] key) {
    if (watchedKeys.get() == 0) {
      return;
    }
    Set<Watcher> set = watchers.get(DbKey.of(db, key));
    if (set != null) {
      set.forEach(Watcher::markDirty);
    }
  }

  /** Every watcher of a key in {@code db} (FLUSHDB, SWAPDB) becomes dirty. */
  void touchDatabase(int db) {
    if (watchedKeys.get() == 0) {
      return;
    }
    watchers.forEach((dk, set) -> {
      if (db < 0 || dk.db() == db) {
        set.forEach(Watcher::markDirty);
      }
    });
  }
}
