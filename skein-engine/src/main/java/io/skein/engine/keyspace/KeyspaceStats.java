package io.skein.engine.keyspace;

import java.util.concurrent.atomic.LongAdder;

/** Counters that INFO reports; striped so that two I/O threads never contend on one line. */
public final class KeyspaceStats {

  /** Estimated bytes held by keys and values, the basis of {@code maxmemory}. */
  public final LongAdder usedMemory = new LongAdder();
  public final LongAdder expiredKeys = new LongAdder();
  public final LongAdder evictedKeys = new LongAdder();
  public final LongAdder keyspaceHits = new LongAdder();
  public final LongAdder keyspaceMisses = new LongAdder();

  /** Counts one key looked up by a read, as Redis's keyspace_hits and keyspace_misses do. */
  public void lookup(boolean hit) {
    (hit ? keyspaceHits : keyspaceMisses).increment();
  }

  /** Zeroes what CONFIG RESETSTAT resets (not the memory estimate). */
  public void reset() {
    expiredKeys.reset();
    evictedKeys.reset();
    keyspaceHits.reset();
    keyspaceMisses.reset();
  }
}
