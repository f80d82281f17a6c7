package io.skein.engine.keys;

import io.skein.core.HashSlot;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.ReplySink;
import io.skein.engine.exec.StripeLocks;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * RANDOMKEY: picks a random slot, then a random position in that slot's table, and takes the
 * first live key from there on, locking one slot's stripe at a time.
 *
 * <p>Like Redis's choice of a random bucket, this favours keys in sparsely filled slots; it only
 * promises some key, not a uniform draw. The random source is the thread's own: the pick needs
 * spreading, not reproducibility, and tests check only membership.
 */
final class RandomKey {

  private RandomKey() {}

  static void randomkey(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    StripeLocks locks = ctx.engine().executor().locks();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int start = random.nextInt(HashSlot.SLOT_COUNT);
    for (int n = 0; n < HashSlot.SLOT_COUNT; n++) {
      int slot = (start + n) & (HashSlot.SLOT_COUNT - 1);
      if (db.slotTable(slot) == null) {
        continue;
      }
      int stripe = StripeLocks.stripeOf(slot);
      locks.lock(stripe);
      try {
        byte[] key = pick(db.slotTable(slot), random.nextInt(1 << 30), ctx.now());
        if (key != null) {
          out.bulk(key);
          return;
        }
      } finally {
        locks.unlock(stripe);
      }
    }
    out.nullBulk();
  }

  /** The first live key of {@code t} at or after a random array position, wrapping around. */
  private static byte[] pick(SlotTable t, int randomPosition, long now) {
    int capacity = t.capacity();
    if (t.size() == 0) {
      return null;
    }
    int from = randomPosition % capacity;
    for (int n = 0; n < capacity; n++) {
      Object e = t.at((from + n) % capacity);
      if (e != null && KeyspaceCommands.isLive(SlotTable.header(e), now)) {
        return Records.key(SlotTable.header(e));
      }
    }
    return null;
  }
}
