package io.skein.engine.keyspace;

import io.skein.core.HashSlot;
import java.util.Arrays;

/**
 * Brings into the CPU's caches what the lookups of a batch of keys will read, before the
 * commands run, so that their cache misses overlap instead of coming one after another.
 *
 * <p>Design note. At a million keys a lookup is a chain of dependent misses: the slot's table,
 * the table's arrays, the entry, the record. One command's chain cannot overlap with the next
 * command's, because thousands of instructions of decoding, locking and replying lie between
 * them, far more than the processor looks ahead. A pipelined client sends many commands per
 * read, so the connection hands the keys of up to {@link #MAX_KEYS} commands here first, and
 * each level of the chain is loaded for all keys before the next level: the loads of one level
 * are independent, and the processor has them in flight together. Valkey prefetches batched
 * commands' keys in the same breadth-first way.
 *
 * <p>Nothing is changed and nothing returned is used for a decision: the loads happen without
 * the stripe locks, so they may see a table in the middle of another thread's change; every
 * index is bounded by the length of the array it reads, so such a race costs at most a
 * useless load. Not thread-safe: one instance per connection (or per thread).
 */
public final class KeyPrefetch {

  /** Keys loaded together; more would not fit the processor's outstanding misses anyway. */
  public static final int MAX_KEYS = 16;

  /** Keys longer than this are not worth hashing twice (once here, once by the command). */
  private static final int MAX_KEY_LENGTH = 64;

  private final SlotTable[] tables = new SlotTable[MAX_KEYS];
  private final int[] hashes = new int[MAX_KEYS];
  private final Object[] entries = new Object[MAX_KEYS];
  /** Folds in every loaded value, so the compiler cannot drop the loads as dead. */
  private int sink;

  /** Loads what lookups of {@code keys[0, count)} in {@code db} will read; {@code null}s skipped. */
  public void load(Database db, byte[][] keys, int count) {
    int n = Math.min(count, MAX_KEYS);
    int acc = 0;
    for (int k = 0; k < n; k++) {
      byte[] key = keys[k];
      SlotTable t = null;
      // A key equal to the one before is skipped: with one hot key (a pipeline of LPUSHes to
      // one list) its lines are cached anyway, and hashing it again would be all the work.
      if (key != null && key.length <= MAX_KEY_LENGTH
          && (k == 0 || !Arrays.equals(key, keys[k - 1]))) {
        t = db.slotTable(HashSlot.of(key));
        hashes[k] = Records.hash(key);
      }
      tables[k] = t;
    }
    for (int k = 0; k < n; k++) {
      SlotTable t = tables[k];
      entries[k] = t == null ? null : t.probeStart(hashes[k]);
    }
    for (int k = 0; k < n; k++) {
      Object e = entries[k];
      if (e != null) {
        byte[] header = SlotTable.header(e);
        // The key's length and LRU (start) and, for strings, the value (end): two lines at most.
        acc += header[Records.HEADER - 1] + header[header.length - 1];
      }
      entries[k] = null;
      tables[k] = null;
    }
    sink += acc;
  }
}
