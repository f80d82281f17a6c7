package io.skein.engine.keyspace;

import io.skein.engine.util.ByteString;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deletions remembered for a grace period, with the version that deleted them, so that a
 * replicated write older than the delete (arriving late, or replayed from a hint) cannot bring
 * the key back.
 *
 * <p>Design note. Tombstones live beside the slot tables rather than in them: a tombstone in a
 * slot table would have to be skipped by every path that counts or walks keys (DBSIZE, SCAN,
 * eviction, expiry, slot migration), and a single node never needs them. Only deletes applied
 * as a replica (with a coordinator's version) leave one. The map is bounded: when it is full,
 * the oldest half is dropped, which can only let a very late, stale write resurrect a key —
 * the same outcome as a grace period that has passed.
 *
 * <p>Thread-safe.
 */
public final class Tombstones {

  /** How long a delete is remembered; longer than hints and retries are kept. */
  public static final long DEFAULT_GRACE_MILLIS = 10 * 60 * 1000L;

  /** Bound on remembered deletes (about 100 bytes each). */
  public static final int DEFAULT_CAPACITY = 1 << 20;

  private record Entry(long version, long expiresAt) {}

  private record Key(int db, ByteString key) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final long graceMillis;
  private final int capacity;

  public Tombstones(long graceMillis, int capacity) {
    if (graceMillis <= 0 || capacity <= 0) {
      throw new IllegalArgumentException(
          "tombstones: grace " + graceMillis + " ms, capacity " + capacity + " (expected: > 0)");
    }
    this.graceMillis = graceMillis;
    this.capacity = capacity;
  }

  /** Remembers that {@code key} of {@code db} was deleted at {@code version}. */
  public void record(int db, byte[] key, long version, long now) {
    if (entries.size() >= capacity) {
      purge(now, true);
    }
    entries.merge(new Key(db, ByteString.wrap(key.clone())),
        new Entry(version, now + graceMillis),
        (a, b) -> a.version >= b.version ? a : b);
  }

  /** The version that deleted {@code key}, or 0 when no delete is remembered. */
  public long version(int db, byte[] key, long now) {
    Entry e = entries.get(new Key(db, ByteString.wrap(key)));
    if (e == null) {
      return 0;
    }
    if (e.expiresAt <= now) {
      entries.remove(new Key(db, ByteString.wrap(key)), e);
      return 0;
    }
    return e.version;
  }

  /** Forgets the delete of {@code key}: it was written again with a newer version. */
  public void clear(int db, byte[] key) {
    if (!entries.isEmpty()) {
      entries.remove(new Key(db, ByteString.wrap(key)));
    }
  }

  /** Remembered deletes, expired ones not yet purged included. */
  public int size() {
    return entries.size();
  }

  /** Drops expired tombstones; when {@code shrink}, also the older half by expiry. */
  public void purge(long now, boolean shrink) {
    long cutoff = now;
    if (shrink) {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (Entry e : entries.values()) {
        min = Math.min(min, e.expiresAt);
        max = Math.max(max, e.expiresAt);
      }
      cutoff = Math.max(now, min + (max - min) / 2);
    }
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      if (it.next().expiresAt <= cutoff) {
        it.remove();
      }
    }
  }
}
