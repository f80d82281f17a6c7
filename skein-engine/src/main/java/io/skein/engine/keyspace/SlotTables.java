package io.skein.engine.keyspace;

import io.skein.core.HashSlot;

/**
 * The 16,384 slot tables of one database, and what is done to whole slots rather than to keys:
 * counting them (DBSIZE, CLUSTER COUNTKEYSINSLOT), dropping them (FLUSHDB) and exchanging them
 * with another database's (SWAPDB). A table is created when its slot first gets a key.
 *
 * <p>The caller holds the stripe lock of each slot it touches; {@link #size()} and
 * {@link #volatileSize()} read every table without locks, as a hint.
 */
public final class SlotTables {

  private final SlotTable[] tables = new SlotTable[HashSlot.SLOT_COUNT];
  private final EntryAccounting accounting;

  SlotTables(EntryAccounting accounting) {
    this.accounting = accounting;
  }

  /** The table of {@code slot}, or {@code null} when the slot has never held a key. */
  SlotTable get(int slot) {
    return tables[slot];
  }

  /** The table of {@code slot}, created when missing. */
  SlotTable getOrCreate(int slot) {
    SlotTable t = tables[slot];
    if (t == null) {
      t = new SlotTable();
      tables[slot] = t;
    }
    return t;
  }

  /** Number of keys, expired-but-not-yet-collected ones included, as Redis's DBSIZE counts. */
  public long size() {
    long n = 0;
    for (SlotTable t : tables) {
      if (t != null) {
        n += t.size();
      }
    }
    return n;
  }

  /** Number of keys with an expiry. */
  public long volatileSize() {
    long n = 0;
    for (SlotTable t : tables) {
      if (t != null) {
        n += t.volatileCount();
      }
    }
    return n;
  }

  /** Number of keys in {@code slot}. */
  public int countInSlot(int slot) {
    SlotTable t = tables[slot];
    return t == null ? 0 : t.size();
  }

  /** Drops every key of {@code slot}, accounting memory. */
  public void clearSlot(int slot) {
    SlotTable t = tables[slot];
    if (t != null) {
      accounting.cleared(t);
      t.clear();
    }
  }

  /** Exchanges the keys of {@code slot} with {@code other}'s. */
  public void swapSlot(int slot, SlotTables other) {
    SlotTable mine = getOrCreate(slot);
    SlotTable theirs = other.getOrCreate(slot);
    int moved = theirs.volatileCount() - mine.volatileCount();
    mine.swapWith(theirs);
    accounting.volatileMoved(moved);
    other.accounting.volatileMoved(-moved);
  }
}
