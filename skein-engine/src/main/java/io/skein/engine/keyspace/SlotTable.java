package io.skein.engine.keyspace;

/**
 * The keys of one hash slot of one database: an open-addressing table with linear probing and
 * backward-shift deletion, so that a slot can be counted, listed, digested and moved on its own.
 *
 * <p>Each entry's key hash is kept beside it in a parallel {@code int[]}: a probe compares the
 * hash before it follows the reference, so an entry of another key costs no cache miss on its
 * record (at 1M keys every record dereference is one), and resizing and deletion never reread a
 * key. It costs 4 bytes per array slot.
 *
 * <p>Each element is an entry: a string record ({@code byte[]}, see {@link Records}) or a
 * {@link CompositeEntry}. Not thread-safe: the engine's stripe lock for the slot guards it.
 */
public final class SlotTable {

  private static final int MIN_CAPACITY = 4;

  private Object[] entries = new Object[MIN_CAPACITY];
  private int[] hashes = new int[MIN_CAPACITY];
  private int size;
  private int volatileCount;

  /** The header record of an entry (the record itself for strings). */
  public static byte[] header(Object entry) {
    return entry instanceof byte[] rec ? rec : ((CompositeEntry) entry).header;
  }

  public int size() {
    return size;
  }

  /** Number of entries with an expiry time. */
  public int volatileCount() {
    return volatileCount;
  }

  void adjustVolatile(int delta) {
    volatileCount += delta;
  }

  /** Slots in the backing array; {@link #at(int)} reads one. */
  public int capacity() {
    return entries.length;
  }

  /** The entry at array index {@code i}, or {@code null}. */
  public Object at(int i) {
    return entries[i];
  }

  public Object get(byte[] key, int hash) {
    Object[] table = entries;
    int[] h = hashes;
    int mask = table.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      Object e = table[i];
      if (e == null) {
        return null;
      }
      if (h[i] == hash && Records.keyEquals(header(e), key)) {
        return e;
      }
    }
  }

  /**
   * The entry where a lookup of {@code hash} starts, if its hash matches, else {@code null}: for
   * {@link KeyPrefetch}, which calls it without the stripe lock. Each index is bounded by its
   * own array, so a concurrent resize cannot make it fail.
   */
  Object probeStart(int hash) {
    int[] h = hashes;
    Object[] table = entries;
    int stored = h[hash & (h.length - 1)];
    Object e = table[hash & (table.length - 1)];
    return stored == hash ? e : null;
  }

  /** Inserts or replaces the entry for its key; returns the previous entry or {@code null}. */
  public Object put(Object entry, int hash) {
    byte[] header = header(entry);
    Object[] table = entries;
    int[] h = hashes;
    int mask = table.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      Object e = table[i];
      if (e == null) {
        table[i] = entry;
        h[i] = hash;
        if (++size * 4 > table.length * 3) {
          resize(table.length * 2);
        }
        return null;
      }
      if (h[i] == hash && sameKey(header(e), header)) {
        table[i] = entry;
        return e;
      }
    }
  }

  private static boolean sameKey(byte[] a, byte[] b) {
    int length = Records.keyLength(a);
    return length == Records.keyLength(b) && java.util.Arrays.equals(
        a, Records.HEADER, Records.HEADER + length, b, Records.HEADER, Records.HEADER + length);
  }

  /** Removes the entry for {@code key}; returns it or {@code null}. */
  public Object remove(byte[] key, int hash) {
    Object[] table = entries;
    int[] h = hashes;
    int mask = table.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      Object e = table[i];
      if (e == null) {
        return null;
      }
      if (h[i] == hash && Records.keyEquals(header(e), key)) {
        removeAt(i);
        shrinkIfSparse();
        return e;
      }
    }
  }

  /** Halves the array while it is less than one-eighth full; scans call it after deleting. */
  public void shrinkIfSparse() {
    while (entries.length > MIN_CAPACITY && size * 8 < entries.length) {
      resize(entries.length / 2);
    }
  }

  /**
   * Removes the entry at array index {@code i}, shifting later entries of the same probe run
   * back so lookups need no deletion markers. An entry from later in the run may move into
   * {@code i}; scans that delete as they go re-read index {@code i}. Never resizes, so indexes
   * stay valid during a scan.
   */
  public void removeAt(int i) {
    Object[] table = entries;
    int[] h = hashes;
    int mask = table.length - 1;
    int hole = i;
    for (int j = (hole + 1) & mask; table[j] != null; j = (j + 1) & mask) {
      int home = h[j] & mask;
      // Move table[j] into the hole unless its home lies cyclically in (hole, j].
      boolean homeBetween = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!homeBetween) {
        table[hole] = table[j];
        h[hole] = h[j];
        hole = j;
      }
    }
    table[hole] = null;
    size--;
  }

  /** Drops every entry. */
  public void clear() {
    entries = new Object[MIN_CAPACITY];
    hashes = new int[MIN_CAPACITY];
    size = 0;
    volatileCount = 0;
  }

  /** Exchanges contents with {@code other}, for SWAPDB. */
  public void swapWith(SlotTable other) {
    Object[] e = entries;
    entries = other.entries;
    other.entries = e;
    int[] h = hashes;
    hashes = other.hashes;
    other.hashes = h;
    int s = size;
    size = other.size;
    other.size = s;
    int v = volatileCount;
    volatileCount = other.volatileCount;
    other.volatileCount = v;
  }

  private void resize(int capacity) {
    Object[] old = entries;
    int[] oldHashes = hashes;
    Object[] table = new Object[Math.max(MIN_CAPACITY, capacity)];
    int[] h = new int[table.length];
    int mask = table.length - 1;
    for (int j = 0; j < old.length; j++) {
      if (old[j] != null) {
        int i = oldHashes[j] & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = old[j];
        h[i] = oldHashes[j];
      }
    }
    entries = table;
    hashes = h;
  }
}
