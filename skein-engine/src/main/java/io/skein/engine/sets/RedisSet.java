package io.skein.engine.sets;

import io.skein.engine.command.Args;
import io.skein.engine.keyspace.StoredValue;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.util.ScannableHashMap;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A Redis set, in Redis 7.2's three encodings: an <em>intset</em> (a sorted {@code long[]})
 * while every member is a canonical integer and there are at most 512; a <em>listpack</em> (an
 * array in insertion order, searched linearly) while small; else a {@link ScannableHashMap}.
 * Encodings only ever grow, as in Redis; the member order each one gives (ascending integers,
 * insertion order, table order) matches what Redis clients see.
 *
 * <p>Member arrays are held as given, never copied: callers must not change them. Not
 * thread-safe: the key's stripe lock guards it.
 */
public final class RedisSet implements StoredValue {

  /** Redis's {@code set-max-intset-entries} default. */
  static final int INTSET_MAX_ENTRIES = 512;
  /** Redis's {@code set-max-listpack-entries} default. */
  static final int LISTPACK_MAX_ENTRIES = 128;
  /** Redis's {@code set-max-listpack-value} default, in bytes. */
  static final int LISTPACK_MAX_VALUE = 64;
  private static final long OBJECT_BYTES = 40;

  private long[] ints = new long[4];
  private byte[][] list;
  private ScannableHashMap table;
  private int count;
  private long listBytes;

  @Override
  public ValueType type() {
    return ValueType.SET;
  }

  @Override
  public String encoding() {
    return ints != null ? "intset" : list != null ? "listpack" : "hashtable";
  }

  @Override
  public int size() {
    return table != null ? table.size() : count;
  }

  @Override
  public long memoryEstimate() {
    if (ints != null) {
      return OBJECT_BYTES + 16 + 8L * ints.length;
    }
    if (list != null) {
      return OBJECT_BYTES + 16 + 4L * list.length + listBytes;
    }
    return OBJECT_BYTES + table.memoryEstimate();
  }

  /** Whether SCAN should return the set whole (intset and listpack, as Redis does). */
  boolean compact() {
    return table == null;
  }

  private static Long asInteger(byte[] member) {
    return Args.tryParseLong(member, 0, member.length);
  }

  private int listIndex(byte[] member) {
    for (int i = 0; i < count; i++) {
      if (Arrays.equals(list[i], member)) {
        return i;
      }
    }
    return -1;
  }

  public boolean contains(byte[] member) {
    if (ints != null) {
      Long v = asInteger(member);
      return v != null && Arrays.binarySearch(ints, 0, count, v) >= 0;
    }
    return list != null ? listIndex(member) >= 0 : table.contains(member);
  }

  /** Adds {@code member}; returns whether it is new. */
  public boolean add(byte[] member) {
    if (ints != null) {
      Long v = asInteger(member);
      if (v != null) {
        return addInt(v);
      }
      if (count < LISTPACK_MAX_ENTRIES && member.length <= LISTPACK_MAX_VALUE) {
        intsToList();
      } else {
        toTable();
      }
    }
    if (list != null) {
      if (listIndex(member) >= 0) {
        return false;
      }
      if (count == LISTPACK_MAX_ENTRIES || member.length > LISTPACK_MAX_VALUE) {
        toTable();
        return table.put(member, null);
      }
      if (count == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
      }
      list[count++] = member;
      listBytes += ScannableHashMap.arrayBytes(member.length);
      return true;
    }
    return table.put(member, null);
  }

  private boolean addInt(long v) {
    int at = Arrays.binarySearch(ints, 0, count, v);
    if (at >= 0) {
      return false;
    }
    if (count == INTSET_MAX_ENTRIES) {
      toTable();
      return table.put(bytes(v), null);
    }
    at = -at - 1;
    if (count == ints.length) {
      ints = Arrays.copyOf(ints, ints.length * 2);
    }
    System.arraycopy(ints, at, ints, at + 1, count - at);
    ints[at] = v;
    count++;
    return true;
  }

  /** Removes {@code member}; returns whether it was there. */
  public boolean remove(byte[] member) {
    if (ints != null) {
      Long v = asInteger(member);
      int at = v == null ? -1 : Arrays.binarySearch(ints, 0, count, v);
      if (at < 0) {
        return false;
      }
      System.arraycopy(ints, at + 1, ints, at, count - at - 1);
      count--;
      return true;
    }
    if (list != null) {
      int at = listIndex(member);
      if (at < 0) {
        return false;
      }
      listBytes -= ScannableHashMap.arrayBytes(member.length);
      System.arraycopy(list, at + 1, list, at, count - at - 1);
      list[--count] = null;
      return true;
    }
    return table.remove(member);
  }

  private void intsToList() {
    byte[][] l = new byte[Math.max(4, count * 2)][];
    listBytes = 0;
    for (int i = 0; i < count; i++) {
      l[i] = bytes(ints[i]);
      listBytes += ScannableHashMap.arrayBytes(l[i].length);
    }
    list = l;
    ints = null;
  }

  private void toTable() {
    ScannableHashMap t = new ScannableHashMap();
    forEach(m -> t.put(m, null));
    table = t;
    ints = null;
    list = null;
    count = 0;
    listBytes = 0;
  }

  static byte[] bytes(long v) {
    return Long.toString(v).getBytes(StandardCharsets.US_ASCII);
  }

  /** Calls {@code action} with every member, in the encoding's order. */
  public void forEach(Consumer<byte[]> action) {
    if (ints != null) {
      for (int i = 0; i < count; i++) {
        action.accept(bytes(ints[i]));
      }
    } else if (list != null) {
      for (int i = 0; i < count; i++) {
        action.accept(list[i]);
      }
    } else {
      table.forEach((m, unused) -> action.accept(m));
    }
  }

  /** One SCAN step from {@code cursor}; a compact set is visited whole and answers 0. */
  long scanStep(long cursor, Consumer<byte[]> action) {
    if (table != null) {
      return table.scan(cursor, (m, unused) -> action.accept(m));
    }
    forEach(action);
    return 0;
  }

  /** A random member; the set must not be empty. */
  byte[] randomMember(RandomGenerator random) {
    if (ints != null) {
      return bytes(ints[random.nextInt(count)]);
    }
    if (list != null) {
      return list[random.nextInt(count)];
    }
    return table.randomNode(random).key();
  }

  @Override
  public RedisSet copy() {
    RedisSet c = new RedisSet();
    c.ints = ints == null ? null : ints.clone();
    c.list = list == null ? null : list.clone();
    c.table = table == null ? null : table.copy();
    c.count = count;
    c.listBytes = listBytes;
    return c;
  }

  /** Writes the member count, then each member as a length and its bytes. */
  @Override
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(size());
    IOException[] failure = new IOException[1];
    forEach(m -> {
      if (failure[0] == null) {
        try {
          out.writeInt(m.length);
          out.write(m);
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
  public static RedisSet readFrom(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("negative member count " + n);
    }
    RedisSet s = new RedisSet();
    for (int i = 0; i < n; i++) {
      int len = in.readInt();
      if (len < 0) {
        throw new IOException("negative length " + len);
      }
      byte[] m = new byte[len];
      in.readFully(m);
      s.add(m);
    }
    return s;
  }
}
