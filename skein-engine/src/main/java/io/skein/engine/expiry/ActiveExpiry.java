package io.skein.engine.expiry;

import io.skein.core.HashSlot;
import io.skein.engine.exec.StripeLocks;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Keyspace;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;

/**
 * Deletes expired keys that nobody reads, so they do not hold memory for ever.
 *
 * <p>Design note. This follows Redis's adaptive active-expiry cycle [1]: each run examines keys
 * that have a TTL in batches of {@value #BATCH}, and goes on with another batch only while more
 * than {@value #STALE_PERCENT}% of the last batch had expired and the time budget lasts. A
 * keyspace with few expired keys therefore costs almost nothing, and one where many keys expire
 * at once is cleaned quickly. Instead of sampling a separate dictionary of volatile keys, it
 * walks the slot tables with a cursor that survives between runs, skipping tables that hold no
 * volatile key (each table counts them) and databases that hold none (each database counts
 * them too, so an idle cycle over 16 x 16384 slots does not touch every table), and holds one
 * stripe lock at a time. The TTLs of the live keys it examines feed each database's
 * average-TTL estimate, as Redis's cycle does.
 *
 * <p>[1] Redis, expire.c, activeExpireCycle (ACTIVE_EXPIRE_CYCLE_KEYS_PER_LOOP = 20,
 * ACTIVE_EXPIRE_CYCLE_ACCEPTABLE_STALE = 10).
 *
 * <p>Thread-safety: {@link #runCycle(long)} is called by one timer thread at a time.
 */
public final class ActiveExpiry {

  static final int BATCH = 20;
  static final int STALE_PERCENT = 10;

  private final Keyspace keyspace;
  private final StripeLocks locks;
  private int dbCursor;
  private int slotCursor;

  public ActiveExpiry(Keyspace keyspace, StripeLocks locks) {
    this.keyspace = keyspace;
    this.locks = locks;
  }

  /**
   * Runs one cycle of at most {@code budgetNanos} of monotonic time. Returns the number of keys
   * it deleted.
   */
  public int runCycle(long budgetNanos) {
    keyspace.refreshAccessClock(keyspace.clock().millis());
    long deadline = keyspace.clock().nanos() + budgetNanos;
    int deleted = 0;
    int visitedSlots = 0;
    int totalSlots = HashSlot.SLOT_COUNT * keyspace.databaseCount();
    long[] ttlSum = new long[keyspace.databaseCount()];
    int[] ttlCount = new int[keyspace.databaseCount()];
    while (visitedSlots < totalSlots) {
      int examined = 0;
      int expired = 0;
      while (examined < BATCH && visitedSlots < totalSlots) {
        Database db = keyspace.database(dbCursor);
        if (!db.hasVolatileKeys()) {
          // Nothing to expire here: skip the rest of this database's slots in one step.
          visitedSlots += HashSlot.SLOT_COUNT - slotCursor;
          slotCursor = 0;
          dbCursor = (dbCursor + 1) % keyspace.databaseCount();
          continue;
        }
        int slot = slotCursor;
        advanceCursor();
        visitedSlots++;
        SlotTable t = db.slotTable(slot);
        if (t == null || t.volatileCount() == 0) {
          continue;
        }
        int stripe = StripeLocks.stripeOf(slot);
        locks.lock(stripe);
        try {
          long now = keyspace.clock().millis();
          for (int i = 0; i < t.capacity(); i++) {
            Object e = t.at(i);
            if (e == null) {
              continue;
            }
            long at = Records.expireAt(SlotTable.header(e));
            if (at == 0) {
              continue;
            }
            examined++;
            if (at <= now) {
              db.expireAt(t, i);
              expired++;
              i--; // backward shift may have moved a later entry into i
            } else {
              ttlSum[db.index()] += at - now;
              ttlCount[db.index()]++;
            }
          }
          t.shrinkIfSparse();
        } finally {
          locks.unlock(stripe);
        }
      }
      deleted += expired;
      boolean stale = examined > 0 && expired * 100 > examined * STALE_PERCENT;
      if (!stale || keyspace.clock().nanos() >= deadline) {
        break;
      }
    }
    for (int i = 0; i < ttlCount.length; i++) {
      if (ttlCount[i] > 0) {
        keyspace.database(i).sampleAvgTtl(ttlSum[i] / ttlCount[i]);
      }
    }
    return deleted;
  }

  private void advanceCursor() {
    if (++slotCursor == HashSlot.SLOT_COUNT) {
      slotCursor = 0;
      dbCursor = (dbCursor + 1) % keyspace.databaseCount();
    }
  }
}
