package io.skein.engine.hashes;

import io.skein.engine.keyspace.StoredValue;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.util.ScannableHashMap;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * A Redis hash: field to value. Small hashes are a flat array of field/value pairs in insertion
 * order, searched linearly, as Redis's listpack is (and, like it, they return fields in the order
 * they were added); once a hash passes Redis's listpack limits it moves, for good, into a
 * {@link ScannableHashMap}.
 *
 * <p>Field and value arrays are held as given, never copied: callers must not change them.
 * Not thread-safe: the key's stripe lock guards it.
 */
public final class RedisHash implements StoredValue {

  /** Redis's {@code hash-max-listpack-entries} default. */
  static final int LISTPACK_MAX_ENTRIES = 128;
  /** Redis's {@code hash-max-listpack-value} default, in bytes, for fields and values alike. */
  static final int LISTPACK_MAX_VALUE = 64;
  private static final long OBJECT_BYTES = 32;

  /** Field i at 2i, its value at 2i+1; {@code null} once the hash is a table. */
  private byte[][] pairs = new byte[8][];
  private int count;
  /** Heap bytes of the field and value arrays while compact. */
  private long pairBytes;
  private ScannableHashMap table;

  @Override
  public ValueType type() {
    return ValueType.HASH;
  }

  @Override
  public String encoding() {
    return table == null ? "listpack" : "hashtable";
  }

  @Override
  public int size() {
    return table == null ? count : table.size();
  }

  @Override
  public long memoryEstimate() {
    if (table != null) {
      return OBJECT_BYTES + table.memoryEstimate();
    }
    return OBJECT_BYTES + 16 + 4L * pairs.length + pairBytes;
  }

  /** Whether the hash is still compact (SCAN then returns it whole). */
  boolean compact() {
    return table == null;
  }

  private int indexOf(byte[] field) {
    for (int i = 0; i < count; i++) {
      if (Arrays.equals(pairs[2 * i], field)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of {@code field}, or {@code null}. */
  public byte[] get(byte[] field) {
    if (table != null) {
      return table.get(field);
    }
    int i = indexOf(field);
    return i < 0 ? null : pairs[2 * i + 1];
  }

  /** Sets {@code field}; returns whether it is new. */
  public boolean put(byte[] field, byte[] value) {
    if (table == null && (field.length > LISTPACK_MAX_VALUE || value.length > LISTPACK_MAX_VALUE)) {
      convert();
    }
    if (table != null) {
      return table.put(field, value);
    }
    int i = indexOf(field);
    if (i >= 0) {
      pairBytes += ScannableHashMap.arrayBytes(value.length)
          - ScannableHashMap.arrayBytes(pairs[2 * i + 1].length);
      pairs[2 * i + 1] = value;
      return false;
    }
    if (count == LISTPACK_MAX_ENTRIES) {
      convert();
      return table.put(field, value);
    }
    if (2 * count + 2 > pairs.length) {
      pairs = Arrays.copyOf(pairs, pairs.length * 2);
    }
    pairs[2 * count] = field;
    pairs[2 * count + 1] = value;
    count++;
    pairBytes += ScannableHashMap.arrayBytes(field.length) + ScannableHashMap.arrayBytes(value.length);
    return true;
  }

  /** Removes {@code field}; returns whether it was there. Keeps the others in order. */
  public boolean remove(byte[] field) {
    if (table != null) {
      return table.remove(field);
    }
    int i = indexOf(field);
    if (i < 0) {
      return false;
    }
    pairBytes -= ScannableHashMap.arrayBytes(pairs[2 * i].length)
        + ScannableHashMap.arrayBytes(pairs[2 * i + 1].length);
    System.arraycopy(pairs, 2 * i + 2, pairs, 2 * i, 2 * (count - i - 1));
    count--;
    pairs[2 * count] = null;
    pairs[2 * count + 1] = null;
    return true;
  }

  private void convert() {
    ScannableHashMap t = new ScannableHashMap();
    for (int i = 0; i < count; i++) {
      t.put(pairs[2 * i], pairs[2 * i + 1]);
    }
    table = t;
    pairs = null;
    count = 0;
    pairBytes = 0;
  }

  /** Calls {@code action} with every field and value. */
  public void forEach(BiConsumer<byte[], byte[]> action) {
    if (table != null) {
      table.forEach(action);
      return;
    }
    for (int i = 0; i < count; i++) {
      action.accept(pairs[2 * i], pairs[2 * i + 1]);
    }
  }

  /** One SCAN step from {@code cursor}; a compact hash is visited whole and answers 0. */
  long scanStep(long cursor, BiConsumer<byte[], byte[]> action) {
    if (table != null) {
      return table.scan(cursor, action);
    }
    forEach(action);
    return 0;
  }

  /** A random field and its value, as {@code {field, value}}; the hash must not be empty. */
  byte[][] randomPair(RandomGenerator random) {
    if (table != null) {
      ScannableHashMap.Node n = table.randomNode(random);
      return new byte[][] {n.key(), n.value()};
    }
    int i = random.nextInt(count);
    return new byte[][] {pairs[2 * i], pairs[2 * i + 1]};
  }

  @Override
  public RedisHash copy() {
    RedisHash c = new RedisHash();
    if (table != null) {
      c.table = table.copy();
      c.pairs = null;
    } else {
      c.pairs = pairs.clone();
      c.count = count;
      c.pairBytes = pairBytes;
    }
    return c;
  }

  /** Writes the field count, then each field and value as a length and its bytes. */
  @Override
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(size());
    IOException[] failure = new IOException[1];
    forEach((f, v) -> {
      if (failure[0] == null) {
        try {
          writeBytes(out, f);
          writeBytes(out, v);
        } catch (IOException e) {
          failure[0] = e;
        }
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  public static RedisHash readFrom(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("negative field count " + n);
    }
    RedisHash h = new RedisHash();
    for (int i = 0; i < n; i++) {
      h.put(readBytes(in), readBytes(in));
    }
    return h;
  }

  static void writeBytes(DataOutput out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  static byte[] readBytes(DataInput in) throws IOException {
    int len = in.readInt();
    if (len < 0) {
      throw new IOException("negative length " + len);
    }
    byte[] b = new byte[len];
    in.readFully(b);
    return b;
  }
}
