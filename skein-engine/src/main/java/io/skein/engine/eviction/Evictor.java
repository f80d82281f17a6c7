package io.skein.engine.eviction;

import io.skein.core.HashSlot;
import io.skein.engine.EngineConfig;
import io.skein.engine.EngineConfig.EvictionPolicy;
import io.skein.engine.exec.MemoryGuard;
import io.skein.engine.exec.StripeLocks;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Keyspace;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;
import java.util.random.RandomGenerator;

/**
 * Evicts keys under {@code maxmemory} with Redis's approximated policies: sample
 * {@code maxmemory-samples} candidate keys at random and evict the best of them (least recently
 * used, soonest to expire, or any), until the estimate is under the limit.
 *
 * <p>Thread-safe; the random generator is guarded by this object's monitor.
 */
public final class Evictor implements MemoryGuard {

  /** How many random slots to try for a non-empty one before walking to the next. */
  private static final int SLOT_PROBES = 8;

  private final Keyspace keyspace;
  private final EngineConfig config;
  private final RandomGenerator random;

  public Evictor(Keyspace keyspace, EngineConfig config, RandomGenerator random) {
    this.keyspace = keyspace;
    this.config = config;
    this.random = random;
  }

  @Override
  public boolean makeRoom(StripeLocks locks) {
    long limit = config.maxmemory();
    if (limit == 0) {
      return true;
    }
    while (keyspace.stats().usedMemory.sum() > limit) {
      if (config.policy() == EvictionPolicy.NOEVICTION || !evictOne(locks)) {
        return false;
      }
    }
    return true;
  }

  /** Evicts the best of a sample of keys; {@code false} when there is nothing to evict. */
  boolean evictOne(StripeLocks locks) {
    EvictionPolicy policy = config.policy();
    byte[] bestKey = null;
    Database bestDb = null;
    long bestScore = Long.MIN_VALUE;
    for (int s = 0; s < config.maxmemorySamples(); s++) {
      Database db = keyspace.database(nextInt(keyspace.databaseCount()));
      int slot = findSlot(db, policy.volatileOnly());
      if (slot < 0) {
        continue;
      }
      int stripe = StripeLocks.stripeOf(slot);
      locks.lock(stripe);
      try {
        SlotTable t = db.slotTable(slot);
        if (t == null || t.size() == 0) {
          continue;
        }
        int start = nextInt(t.capacity());
        for (int n = 0; n < t.capacity(); n++) {
          Object e = t.at((start + n) & (t.capacity() - 1));
          if (e == null) {
            continue;
          }
          byte[] header = SlotTable.header(e);
          long expireAt = Records.expireAt(header);
          if (policy.volatileOnly() && expireAt == 0) {
            continue;
          }
          long score = score(policy, header, expireAt);
          if (bestKey == null || score > bestScore) {
            bestKey = Records.key(header);
            bestDb = db;
            bestScore = score;
          }
          break;
        }
      } finally {
        locks.unlock(stripe);
      }
    }
    if (bestKey == null) {
      return false;
    }
    int stripe = StripeLocks.stripeOfKey(bestKey);
    locks.lock(stripe);
    try {
      if (bestDb.delete(bestKey)) {
        keyspace.stats().evictedKeys.increment();
      }
    } finally {
      locks.unlock(stripe);
    }
    return true;
  }

  /** Higher is a better victim. */
  private long score(EvictionPolicy policy, byte[] header, long expireAt) {
    switch (policy) {
      case ALLKEYS_LRU:
      case VOLATILE_LRU:
        return (keyspace.lruClock() - Records.lru(header)) & Records.LRU_MASK;
      case VOLATILE_TTL:
        return -expireAt;
      default:
        return 0;
    }
  }

  /** A random slot of {@code db} holding keys (with a TTL if asked), or -1 when there is none. */
  private int findSlot(Database db, boolean needVolatile) {
    for (int probe = 0; probe < SLOT_PROBES; probe++) {
      int slot = nextInt(HashSlot.SLOT_COUNT);
      if (usable(db.slotTable(slot), needVolatile)) {
        return slot;
      }
    }
    int start = nextInt(HashSlot.SLOT_COUNT);
    for (int n = 0; n < HashSlot.SLOT_COUNT; n++) {
      int slot = (start + n) & (HashSlot.SLOT_COUNT - 1);
      if (usable(db.slotTable(slot), needVolatile)) {
        return slot;
      }
    }
    return -1;
  }

  private static boolean usable(SlotTable t, boolean needVolatile) {
    return t != null && (needVolatile ? t.volatileCount() > 0 : t.size() > 0);
  }

  private synchronized int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
