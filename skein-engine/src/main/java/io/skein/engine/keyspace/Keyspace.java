package io.skein.engine.keyspace;

import io.skein.core.Clock;
import io.skein.core.HybridLogicalClock;

/**
 * All databases of a node, with what they share: the clock, the version source, the memory
 * estimate and the change listener.
 *
 * <p>Thread-safe as a container; the databases' contents are guarded by the engine's stripe
 * locks. The database array itself never changes: SWAPDB exchanges contents slot by slot.
 */
public final class Keyspace {

  /** Databases of a standalone node, as Redis's default {@code databases 16}. */
  public static final int DEFAULT_DATABASES = 16;

  /**
   * Approximate cost of an entry's place in a slot table (a reference and a hash, 8 bytes per
   * array slot) at its typical load of about two thirds.
   */
  private static final int SLOT_REFERENCE_BYTES = 12;
  private static final int ARRAY_HEADER_BYTES = 16;
  private static final int COMPOSITE_OBJECT_BYTES = 24;

  private final Clock clock;
  private final HybridLogicalClock versions;
  private final Database[] databases;
  private final KeyspaceStats stats = new KeyspaceStats();
  private final Tombstones tombstones =
      new Tombstones(Tombstones.DEFAULT_GRACE_MILLIS, Tombstones.DEFAULT_CAPACITY);
  private volatile KeyspaceListener listener = KeyspaceListener.NONE;
  /**
   * The LRU clock that lookups stamp, as drivers publish it ({@link #refreshAccessClock});
   * -1 until one does, and lookups then read the clock themselves.
   */
  private volatile int accessLru = -1;

  public Keyspace(Clock clock, int databaseCount) {
    if (databaseCount < 1) {
      throw new IllegalArgumentException("databases: " + databaseCount + " (expected: >= 1)");
    }
    this.clock = clock;
    this.versions = new HybridLogicalClock(clock);
    this.databases = new Database[databaseCount];
    for (int i = 0; i < databaseCount; i++) {
      databases[i] = new Database(i, this);
    }
  }

  public Clock clock() {
    return clock;
  }

  public HybridLogicalClock versions() {
    return versions;
  }

  public long nextVersion() {
    return versions.next();
  }

  /** Deletes applied as a replica, remembered for their grace period. */
  public Tombstones tombstones() {
    return tombstones;
  }

  public KeyspaceStats stats() {
    return stats;
  }

  public int databaseCount() {
    return databases.length;
  }

  public Database database(int index) {
    return databases[index];
  }

  public KeyspaceListener listener() {
    return listener;
  }

  /** Installs the one listener; the executor does this when it is built. */
  public void listener(KeyspaceListener listener) {
    this.listener = listener;
  }

  /** The LRU clock in seconds, 24 bits, as Redis keeps it. */
  public int lruClock() {
    return lruClock(clock.millis());
  }

  /**
   * Publishes a reading of the clock for the LRU stamps of lookups, as Redis's cron refreshes
   * its cached LRU clock: the active-expiry cycle (ten times a second) and the server (once per
   * read batch) call it, so a lookup needs no clock read of its own (~25 ns, several percent of
   * a GET) and its stamp is at most a batch or a cycle old; the LRU clock counts seconds.
   * Written only when the second changes, so the field's line stays shared between threads.
   */
  public void refreshAccessClock(long millis) {
    int lru = lruClock(millis);
    if (lru != accessLru) {
      accessLru = lru;
    }
  }

  /** The LRU clock for a lookup's stamp: the published one, or a fresh reading before any. */
  int accessLruClock() {
    int lru = accessLru;
    return lru >= 0 ? lru : lruClock();
  }

  /** The LRU clock at {@code millis}. */
  static int lruClock(long millis) {
    return (int) (millis / 1000) & Records.LRU_MASK;
  }

  /** Estimated heap bytes of an entry, aligned as the JVM lays arrays out. */
  static long entryBytes(Object entry) {
    if (entry instanceof byte[] rec) {
      return align(ARRAY_HEADER_BYTES + rec.length) + SLOT_REFERENCE_BYTES;
    }
    CompositeEntry c = (CompositeEntry) entry;
    return align(ARRAY_HEADER_BYTES + c.header.length) + COMPOSITE_OBJECT_BYTES
        + SLOT_REFERENCE_BYTES + c.value.memoryEstimate();
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
