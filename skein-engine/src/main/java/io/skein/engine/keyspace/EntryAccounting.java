package io.skein.engine.keyspace;

import java.util.concurrent.atomic.LongAdder;

/**
 * What one database's entries cost and how many of them expire: the memory estimate behind
 * {@code maxmemory} and INFO (kept in the keyspace's {@link KeyspaceStats}), the count of keys
 * with an expiry (per slot table, and a database-wide hint that lets active expiry skip a
 * database without any), and Redis's running estimate of their average time to live.
 *
 * <p>{@link Database} calls it for every entry it adds or removes, under the entry's stripe
 * lock; the database-wide count and the average are read without locks.
 */
final class EntryAccounting {

  private final KeyspaceStats stats;
  /** Keys with an expiry across all slots, so active expiry can skip a database without any. */
  private final LongAdder volatileKeys = new LongAdder();
  /** See {@link #avgTtl(long)}; written by the active-expiry thread, read by INFO. */
  private volatile long avgTtl;

  EntryAccounting(KeyspaceStats stats) {
    this.stats = stats;
  }

  /** Counts {@code entry}, just stored in {@code t}. */
  void added(SlotTable t, Object entry) {
    long bytes = entry instanceof CompositeEntry c
        ? (c.accountedBytes = Keyspace.entryBytes(c)) : Keyspace.entryBytes(entry);
    stats.usedMemory.add(bytes);
    if (Records.expireAt(SlotTable.header(entry)) != 0) {
      adjustVolatile(t, 1);
    }
  }

  /** Uncounts {@code entry}, just removed from (or replaced in) {@code t}. */
  void removed(SlotTable t, Object entry) {
    stats.usedMemory.add(-bytes(entry));
    if (Records.expireAt(SlotTable.header(entry)) != 0) {
      adjustVolatile(t, -1);
    }
  }

  /** Uncounts every entry of {@code t}, which is about to be dropped whole. */
  void cleared(SlotTable t) {
    for (int i = 0; i < t.capacity(); i++) {
      Object e = t.at(i);
      if (e != null) {
        stats.usedMemory.add(-bytes(e));
      }
    }
    volatileKeys.add(-t.volatileCount());
  }

  /** Re-counts a collection that changed in place. */
  void resized(CompositeEntry c) {
    long bytes = Keyspace.entryBytes(c);
    stats.usedMemory.add(bytes - c.accountedBytes);
    c.accountedBytes = bytes;
  }

  /** The bytes {@code entry} is counted at. */
  static long bytes(Object entry) {
    return entry instanceof CompositeEntry c ? c.accountedBytes : Keyspace.entryBytes(entry);
  }

  /** {@code delta} keys of {@code t} gained (positive) or lost an expiry. */
  void adjustVolatile(SlotTable t, int delta) {
    t.adjustVolatile(delta);
    volatileKeys.add(delta);
  }

  /** A whole slot table's keys with an expiry moved in ({@code count}) or out (negative). */
  void volatileMoved(int count) {
    volatileKeys.add(count);
  }

  /** Whether any key may have an expiry; a hint read without locks. */
  boolean anyVolatile() {
    return volatileKeys.sum() > 0;
  }

  /** The average TTL estimate in ms; 0 when no key has an expiry ({@code volatileSize} 0). */
  long avgTtl(long volatileSize) {
    return volatileSize == 0 ? 0 : avgTtl;
  }

  /** Folds one sample's average in with Redis's weights: the first sets it, later ones 1/50. */
  void sampleAvgTtl(long sampleAvg) {
    avgTtl = avgTtl == 0 ? sampleAvg : (avgTtl / 50) * 49 + (sampleAvg / 50);
  }
}
