package io.skein.engine.keyspace;

import io.skein.core.HashSlot;
import io.skein.engine.command.RedisException;

/**
 * One numbered database: its keys, indexed by hash slot.
 *
 * <p>Every method that takes a key expects the caller to hold the engine's stripe lock for the
 * key's slot (see {@code io.skein.engine.exec.StripeLocks}); methods that span all slots say so.
 * Reads expire keys lazily: an expired key is deleted the moment it is looked up. Every change
 * goes through here, so that versions, memory accounting, and the listeners for WATCH and
 * blocked clients see every write.
 */
public final class Database {

  private final int index;
  private final Keyspace keyspace;
  private final EntryAccounting accounting;
  private final SlotTables slots;

  Database(int index, Keyspace keyspace) {
    this.index = index;
    this.keyspace = keyspace;
    this.accounting = new EntryAccounting(keyspace.stats());
    this.slots = new SlotTables(accounting);
  }

  public int index() {
    return index;
  }

  /** The table of {@code slot}, or {@code null} when the slot has never held a key. */
  public SlotTable slotTable(int slot) {
    return slots.get(slot);
  }

  /** The slot tables, for operations on whole slots (FLUSHDB, SWAPDB, counting). */
  public SlotTables slots() {
    return slots;
  }

  /**
   * The live entry of {@code key} (a string record or a {@link CompositeEntry}), or
   * {@code null}; refreshes the key's LRU clock, and deletes it if it has expired.
   */
  public Object lookup(byte[] key) {
    Object e = peek(key);
    if (e != null) {
      byte[] header = SlotTable.header(e);
      int clock = keyspace.accessLruClock();
      if (Records.lru(header) != clock) {
        // Within the same second the write would change nothing but dirty the record's line.
        Records.lru(header, clock);
      }
    }
    return e;
  }

  /** Like {@link #lookup} but leaves the LRU clock alone (OBJECT IDLETIME, eviction). */
  public Object peek(byte[] key) {
    int slot = HashSlot.of(key);
    SlotTable t = slots.get(slot);
    if (t == null || t.size() == 0) {
      return null;
    }
    int hash = Records.hash(key);
    Object e = t.get(key, hash);
    if (e == null) {
      return null;
    }
    byte[] header = SlotTable.header(e);
    if (Records.isTombstone(header)) {
      return null;
    }
    long expireAt = Records.expireAt(header);
    if (expireAt != 0 && expireAt <= keyspace.clock().millis()) {
      removeEntry(t, key, hash, e);
      keyspace.stats().expiredKeys.increment();
      keyspace.listener().keyModified(this, key);
      return null;
    }
    return e;
  }

  /** The string record of {@code key}, {@code null} if absent; WRONGTYPE for other types. */
  public byte[] getString(byte[] key) {
    Object e = lookup(key);
    if (e == null) {
      return null;
    }
    if (e instanceof byte[] rec) {
      return rec;
    }
    throw RedisException.WRONGTYPE;
  }

  /** The collection of {@code key} if it is of {@code type}; {@code null} if absent; else WRONGTYPE. */
  @SuppressWarnings("unchecked")
  public <T extends StoredValue> T getValue(byte[] key, ValueType type) {
    Object e = lookup(key);
    if (e == null) {
      return null;
    }
    if (e instanceof CompositeEntry c && c.value.type() == type) {
      return (T) c.value;
    }
    throw RedisException.WRONGTYPE;
  }

  /** The type of {@code key}, or {@code null} when absent. */
  public ValueType typeOf(byte[] key) {
    Object e = lookup(key);
    if (e == null) {
      return null;
    }
    return e instanceof CompositeEntry c ? c.value.type() : ValueType.STRING;
  }

  /**
   * Stores a string, replacing any value of any type. {@code expireAt} is Unix ms, 0 for none;
   * with {@code keepTtl} the existing expiry is kept instead.
   */
  public void setString(byte[] key, byte[] value, int offset, int length, long expireAt,
      boolean keepTtl) {
    byte[] rec = Records.string(key, value, offset, length);
    if (keepTtl) {
      Object old = peek(key);
      expireAt = old == null ? 0 : Records.expireAt(SlotTable.header(old));
    }
    Records.expireAt(rec, expireAt);
    store(key, rec);
  }

  /** Replaces the value of an existing string record, keeping its expiry. */
  public void replaceString(byte[] key, byte[] oldRecord, byte[] value, int offset, int length) {
    store(key, Records.withValue(oldRecord, value, offset, length));
  }

  /** Stores a collection under {@code key}, replacing anything there; no expiry. */
  public void putValue(byte[] key, StoredValue value) {
    store(key, new CompositeEntry(Records.allocate(key, 0), value));
  }

  /** Stores an entry taken from elsewhere (RENAME, MOVE, COPY, RESTORE) with its expiry. */
  public void putEntry(byte[] key, Object entry, long expireAt) {
    Object fresh;
    if (entry instanceof byte[] rec) {
      fresh = Records.string(key, rec, Records.valueOffset(rec), Records.valueLength(rec));
    } else {
      fresh = new CompositeEntry(Records.allocate(key, 0), ((CompositeEntry) entry).value);
    }
    Records.expireAt(SlotTable.header(fresh), expireAt);
    store(key, fresh);
  }

  /**
   * Records that the collection of {@code key} changed in place: bumps its version, accounts its
   * new size, and tells the listeners. Deletes the key when the collection became empty.
   */
  public void modified(byte[] key) {
    Object e = peek(key);
    if (e instanceof CompositeEntry c) {
      if (c.value.size() == 0) {
        delete(key);
        return;
      }
      Records.version(c.header, keyspace.nextVersion());
      accounting.resized(c);
    }
    keyspace.listener().keyModified(this, key);
  }

  /** Deletes {@code key}; returns whether it existed (and had not expired). */
  public boolean delete(byte[] key) {
    int slot = HashSlot.of(key);
    SlotTable t = slots.get(slot);
    if (t == null || peek(key) == null) {
      return false;
    }
    int hash = Records.hash(key);
    removeEntry(t, key, hash, t.get(key, hash));
    keyspace.listener().keyModified(this, key);
    return true;
  }

  /** The version of the live value of {@code key}, 0 when it has none. */
  public long version(byte[] key) {
    Object e = peek(key);
    return e == null ? 0 : Records.version(SlotTable.header(e));
  }

  /**
   * Sets the version of the live value of {@code key} (a replica adopting the coordinator's
   * version); returns false if the key does not exist.
   */
  public boolean version(byte[] key, long version) {
    Object e = peek(key);
    if (e == null) {
      return false;
    }
    Records.version(SlotTable.header(e), version);
    keyspace.versions().observe(version);
    return true;
  }

  /** The expiry of {@code key} in Unix ms: 0 for none, -2 if the key does not exist. */
  public long expireAt(byte[] key) {
    Object e = lookup(key);
    return e == null ? -2 : Records.expireAt(SlotTable.header(e));
  }

  /** Sets or clears (0) the expiry of an existing key; returns false if it does not exist. */
  public boolean expireAt(byte[] key, long expireAt) {
    Object e = peek(key);
    if (e == null) {
      return false;
    }
    byte[] header = SlotTable.header(e);
    SlotTable t = slots.get(HashSlot.of(key));
    long before = Records.expireAt(header);
    accounting.adjustVolatile(t, (expireAt != 0 ? 1 : 0) - (before != 0 ? 1 : 0));
    Records.expireAt(header, expireAt);
    Records.version(header, keyspace.nextVersion());
    keyspace.listener().keyModified(this, key);
    return true;
  }

  private void store(byte[] key, Object entry) {
    byte[] header = SlotTable.header(entry);
    long now = keyspace.clock().millis(); // one reading for both: a clock read is ~20 ns
    Records.version(header, keyspace.versions().next(now));
    Records.lru(header, Keyspace.lruClock(now));
    int slot = HashSlot.of(key);
    SlotTable t = slots.getOrCreate(slot);
    int hash = Records.hash(key);
    Object old = t.put(entry, hash);
    if (old != null) {
      accounting.removed(t, old);
    }
    accounting.added(t, entry);
    keyspace.listener().keyModified(this, key);
  }

  /** Removes an entry found by a scan of {@code t} at array index {@code i}, counting it expired. */
  public void expireAt(SlotTable t, int i) {
    Object e = t.at(i);
    t.removeAt(i);
    accounting.removed(t, e);
    keyspace.stats().expiredKeys.increment();
    keyspace.listener().keyModified(this, Records.key(SlotTable.header(e)));
  }

  private void removeEntry(SlotTable t, byte[] key, int hash, Object e) {
    t.remove(key, hash);
    accounting.removed(t, e);
  }

  /** Whether any key of this database may have an expiry; a hint read without locks. */
  public boolean hasVolatileKeys() {
    return accounting.anyVolatile();
  }

  /** Number of keys, expired-but-not-yet-collected ones included, as Redis's DBSIZE counts. */
  public long size() {
    return slots.size();
  }

  /** Number of keys with an expiry. */
  public long volatileSize() {
    return slots.volatileSize();
  }

  /**
   * Redis's running estimate of the average time to live of this database's keys with an
   * expiry, in ms (INFO keyspace's {@code avg_ttl}); 0 when no key has one.
   */
  public long avgTtl() {
    return accounting.avgTtl(volatileSize());
  }

  /** Folds the average TTL of one active-expiry sample into the estimate (Redis's weights). */
  public void sampleAvgTtl(long sampleAvg) {
    accounting.sampleAvgTtl(sampleAvg);
  }
}
