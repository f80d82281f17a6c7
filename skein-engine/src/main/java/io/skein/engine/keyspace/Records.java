package io.skein.engine.keyspace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The compact layout of a key's header, and of a whole string entry, in one {@code byte[]}.
 *
 * <p>Design note. Per-key objects are what makes a JVM store fat: a key held as an entry
 * object, a key array and a value array costs three headers and two references before any
 * data. A string entry here is a single array, and a collection entry is one small object
 * ({@link CompositeEntry}) around a header array. Layout, big-endian where it matters only to
 * this class:
 *
 * <pre>
 *   offset  size  field
 *        0     8  version      hybrid-logical-clock version of the last write
 *        8     8  expireAt     Unix milliseconds; 0 means no expiry
 *       16     4  flags | lru  high byte: flags (tombstone); low 24 bits: LRU clock in seconds
 *       20     4  keyLength
 *       24     k  key bytes
 *     24+k     v  value bytes  (string entries only)
 * </pre>
 *
 * A string entry of a 16-byte key and a 32-byte value is 88 bytes with the array header.
 */
public final class Records {

  /** Bytes before the key. */
  public static final int HEADER = 24;

  /** The LRU clock wraps at 24 bits, as Redis's does. */
  public static final int LRU_MASK = (1 << 24) - 1;

  private static final int TOMBSTONE = 1 << 24;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LITTLE_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private Records() {}

  /** A record for {@code key} with room for {@code valueLength} value bytes. */
  public static byte[] allocate(byte[] key, int valueLength) {
    byte[] rec = new byte[HEADER + key.length + valueLength];
    INTS.set(rec, 20, key.length);
    System.arraycopy(key, 0, rec, HEADER, key.length);
    return rec;
  }

  /** A string record holding {@code key} and {@code value[offset, offset + length)}. */
  public static byte[] string(byte[] key, byte[] value, int offset, int length) {
    byte[] rec = allocate(key, length);
    System.arraycopy(value, offset, rec, HEADER + key.length, length);
    return rec;
  }

  /** A copy of {@code rec} whose value is replaced, keeping version, expiry and LRU. */
  public static byte[] withValue(byte[] rec, byte[] value, int offset, int length) {
    int valueAt = valueOffset(rec);
    byte[] copy = Arrays.copyOf(rec, valueAt + length);
    System.arraycopy(value, offset, copy, valueAt, length);
    return copy;
  }

  public static long version(byte[] rec) {
    return (long) LONGS.get(rec, 0);
  }

  public static void version(byte[] rec, long version) {
    LONGS.set(rec, 0, version);
  }

  public static long expireAt(byte[] rec) {
    return (long) LONGS.get(rec, 8);
  }

  public static void expireAt(byte[] rec, long expireAt) {
    LONGS.set(rec, 8, expireAt);
  }

  public static int lru(byte[] rec) {
    return (int) INTS.get(rec, 16) & LRU_MASK;
  }

  public static void lru(byte[] rec, int clock) {
    int word = (int) INTS.get(rec, 16);
    INTS.set(rec, 16, (word & ~LRU_MASK) | (clock & LRU_MASK));
  }

  public static boolean isTombstone(byte[] rec) {
    return ((int) INTS.get(rec, 16) & TOMBSTONE) != 0;
  }

  /** Marks {@code rec} as a tombstone: a deletion remembered until its grace period ends. */
  public static void markTombstone(byte[] rec) {
    INTS.set(rec, 16, (int) INTS.get(rec, 16) | TOMBSTONE);
  }

  public static int keyLength(byte[] rec) {
    return (int) INTS.get(rec, 20);
  }

  /** A fresh copy of the key. */
  public static byte[] key(byte[] rec) {
    return Arrays.copyOfRange(rec, HEADER, HEADER + keyLength(rec));
  }

  public static int valueOffset(byte[] rec) {
    return HEADER + keyLength(rec);
  }

  public static int valueLength(byte[] rec) {
    return rec.length - valueOffset(rec);
  }

  /** A fresh copy of the value of a string record. */
  public static byte[] value(byte[] rec) {
    return Arrays.copyOfRange(rec, valueOffset(rec), rec.length);
  }

  /** Whether the record's key equals {@code key}. */
  public static boolean keyEquals(byte[] rec, byte[] key) {
    int length = keyLength(rec);
    return length == key.length
        && Arrays.equals(rec, HEADER, HEADER + length, key, 0, length);
  }

  /** The hash of the record's key; equal to {@link #hash(byte[])} of the key. */
  public static int keyHash(byte[] rec) {
    return hash(rec, HEADER, keyLength(rec));
  }

  public static int hash(byte[] key) {
    return hash(key, 0, key.length);
  }

  /**
   * A well-mixed 32-bit hash, eight bytes per step: each word is folded in with a multiply and a
   * shift, and the result goes through murmur3's 64-bit finaliser. A byte-at-a-time hash (FNV)
   * was a tenth of the request path's CPU at 16-byte keys.
   */
  public static int hash(byte[] data, int offset, int length) {
    long h = 0x9E3779B97F4A7C15L ^ length;
    int i = offset;
    int end = offset + length;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      h = (h ^ (long) LITTLE_LONGS.get(data, i)) * 0xFF51AFD7ED558CCDL;
      h ^= h >>> 29;
    }
    long tail = 0;
    for (int shift = 0; i < end; i++, shift += 8) {
      tail |= (data[i] & 0xFFL) << shift;
    }
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
