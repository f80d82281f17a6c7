package io.skein.engine.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** Which clients wait on which keys, in the order they blocked (Redis serves them FIFO). */
final class BlockingRegistry {

  private final ConcurrentHashMap<DbKey, ConcurrentLinkedDeque<BlockedClient>> waiting =
      new ConcurrentHashMap<>();
  private final AtomicInteger blockedClients = new AtomicInteger();
  private final ConcurrentHashMap<BlockedClient, byte[][]> keysOf = new ConcurrentHashMap<>();

  boolean anyone() {
    return blockedClients.get() > 0;
  }

  int count() {
    return blockedClients.get();
  }

  /** Number of distinct keys (per database) somebody waits on. */
  int keyCount() {
    return waiting.size();
  }

  boolean hasWaiters(int db, byte[] key) {
    return waiting.containsKey(DbKey.of(db, key));
  }

  void register(BlockedClient client, int db, byte[][] keys) {
    keysOf.put(client, keys);
    for (byte[] key : keys) {
      waiting.computeIfAbsent(DbKey.of(db, key.clone()), k -> new ConcurrentLinkedDeque<>())
          .addLast(client);
    }
    blockedClients.incrementAndGet();
  }

  /** Removes the client from every key it waits on; harmless if it is not registered. */
  void unregister(BlockedClient client) {
    byte[][] keys = keysOf.remove(client);
    if (keys == null) {
      return;
    }
    int db = client.context().db().index();
    for (byte[] key : keys) {
      waiting.computeIfPresent(DbKey.of(db, key), (k, q) -> {
        q.remove(client);
        return q.isEmpty() ? null : q;
      });
    }
    blockedClients.decrementAndGet();
  }

  /** A snapshot, oldest first, of the clients waiting on {@code key}. */
  List<BlockedClient> waitersOf(DbKey key) {
    ConcurrentLinkedDeque<BlockedClient> q = waiting.get(key);
    return q == null ? List.of() : new ArrayList<>(q);
  }

  /** Every key of {@code db} somebody waits on (after SWAPDB or a FLUSH, all are re-checked). */
  List<DbKey> keysOfDatabase(int db) {
    List<DbKey> keys = new ArrayList<>();
    for (DbKey k : waiting.keySet()) {
      if (db < 0 || k.db() == db) {
        keys.add(k);
      }
    }
    return keys;
  }
}
