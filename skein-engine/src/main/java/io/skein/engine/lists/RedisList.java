package io.skein.engine.lists;

import io.skein.engine.keyspace.StoredValue;
import io.skein.engine.keyspace.ValueType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A Redis list: a ring buffer of elements with O(1) access by index and O(1) amortised push and
 * pop at both ends. Inserting or removing in the middle shifts the shorter side.
 *
 * <p>Elements are stored by reference and never changed in place (LSET replaces the reference),
 * so callers hand over arrays they will not touch again. The capacity is a power of two, so a
 * logical index maps to a slot with one mask; it halves when the list falls to a quarter, so a
 * drained list gives its memory back.
 *
 * <p>Not thread-safe: the stripe lock of the key guards it.
 */
public final class RedisList implements StoredValue {

  private static final int MIN_CAPACITY = 4;
  /** Object header plus fields (compressed oops). */
  private static final int OBJECT_BYTES = 40;
  private static final int ARRAY_HEADER_BYTES = 16;
  private static final int REFERENCE_BYTES = 4;
  private static final byte[][] NO_SLOTS = new byte[0][];

  private byte[][] slots = NO_SLOTS;
  private int head;
  private int size;
  /** Heap bytes of the element arrays themselves. */
  private long elementBytes;
  /** What the elements would take in a listpack, to choose the encoding as Redis does. */
  private long listpackBytes = ListpackSize.OVERHEAD;
  private boolean quicklist;

  @Override
  public ValueType type() {
    return ValueType.LIST;
  }

  /**
   * Redis 7.2 keeps a list in one listpack until it outgrows 8 KiB, and converts a quicklist
   * back only when it shrinks to half of that (the hysteresis avoids flapping).
   */
  @Override
  public String encoding() {
    return quicklist ? "quicklist" : "listpack";
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long memoryEstimate() {
    return OBJECT_BYTES + align(ARRAY_HEADER_BYTES + (long) REFERENCE_BYTES * slots.length)
        + elementBytes;
  }

  /** Slots allocated, for tests of the memory estimate. */
  int capacity() {
    return slots.length;
  }

  /** The element at {@code index}, 0 ≤ index &lt; size. */
  public byte[] get(int index) {
    return slots[(head + index) & (slots.length - 1)];
  }

  /** Replaces the element at {@code index}; returns the old one. */
  public byte[] set(int index, byte[] element) {
    int slot = (head + index) & (slots.length - 1);
    byte[] old = slots[slot];
    slots[slot] = element;
    forget(old);
    account(element);
    return old;
  }

  public void addFirst(byte[] element) {
    ensureRoomForOne();
    head = (head - 1) & (slots.length - 1);
    slots[head] = element;
    size++;
    account(element);
  }

  public void addLast(byte[] element) {
    ensureRoomForOne();
    slots[(head + size) & (slots.length - 1)] = element;
    size++;
    account(element);
  }

  /** Adds at the head ({@code left}) or at the tail. */
  public void add(boolean left, byte[] element) {
    if (left) {
      addFirst(element);
    } else {
      addLast(element);
    }
  }

  /** Removes and returns the first element; the list must not be empty. */
  public byte[] removeFirst() {
    byte[] e = slots[head];
    slots[head] = null;
    head = (head + 1) & (slots.length - 1);
    size--;
    forget(e);
    shrinkIfSparse();
    return e;
  }

  /** Removes and returns the last element; the list must not be empty. */
  public byte[] removeLast() {
    int slot = (head + size - 1) & (slots.length - 1);
    byte[] e = slots[slot];
    slots[slot] = null;
    size--;
    forget(e);
    shrinkIfSparse();
    return e;
  }

  /** Removes from the head ({@code left}) or from the tail. */
  public byte[] remove(boolean left) {
    return left ? removeFirst() : removeLast();
  }

  /** Inserts {@code element} so that it ends up at {@code index}, 0 ≤ index ≤ size. */
  public void insert(int index, byte[] element) {
    if (index == 0) {
      addFirst(element);
      return;
    }
    ensureRoomForOne();
    int mask = slots.length - 1;
    if (index < size / 2) {
      // Move the front part one slot to the left.
      head = (head - 1) & mask;
      for (int i = 0; i < index; i++) {
        slots[(head + i) & mask] = slots[(head + i + 1) & mask];
      }
    } else {
      for (int i = size; i > index; i--) {
        slots[(head + i) & mask] = slots[(head + i - 1) & mask];
      }
    }
    slots[(head + index) & mask] = element;
    size++;
    account(element);
  }

  /**
   * Removes up to {@code limit} elements equal to {@code element} (0: all), scanning from the
   * head, or from the tail when {@code fromTail}; returns how many it removed. One pass that
   * compacts the survivors, so removing many is still O(n).
   */
  public int removeMatching(byte[] element, long limit, boolean fromTail) {
    long max = limit == 0 ? Long.MAX_VALUE : limit;
    int mask = slots.length - 1;
    int removed = 0;
    if (!fromTail) {
      int w = 0;
      for (int r = 0; r < size; r++) {
        byte[] e = slots[(head + r) & mask];
        if (removed < max && Arrays.equals(e, element)) {
          removed++;
          forget(e);
        } else {
          slots[(head + w++) & mask] = e;
        }
      }
      for (int i = w; i < size; i++) {
        slots[(head + i) & mask] = null;
      }
    } else {
      int w = size - 1;
      for (int r = size - 1; r >= 0; r--) {
        byte[] e = slots[(head + r) & mask];
        if (removed < max && Arrays.equals(e, element)) {
          removed++;
          forget(e);
        } else {
          slots[(head + w--) & mask] = e;
        }
      }
      for (int i = 0; i < removed; i++) {
        slots[(head + i) & mask] = null;
      }
      head = (head + removed) & mask;
    }
    size -= removed;
    shrinkIfSparse();
    return removed;
  }

  /** Keeps only the elements from {@code start} to {@code end} inclusive (LTRIM, resolved). */
  public void retain(int start, int end) {
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      if (i < start || i > end) {
        int slot = (head + i) & mask;
        forget(slots[slot]);
        slots[slot] = null;
      }
    }
    if (start > end) {
      size = 0;
      head = 0;
    } else {
      head = (head + start) & mask;
      size = end - start + 1;
    }
    shrinkIfSparse();
  }

  /** The index of the first element equal to {@code element}, or -1 (LINSERT's pivot). */
  public int indexOf(byte[] element) {
    for (int i = 0; i < size; i++) {
      if (Arrays.equals(get(i), element)) {
        return i;
      }
    }
    return -1;
  }

  /** A deep copy: the elements are copied too, so each list owns what it accounts for. */
  @Override
  public RedisList copy() {
    RedisList c = new RedisList();
    c.slots = slots.length == 0 ? NO_SLOTS : new byte[slots.length][];
    for (int i = 0; i < size; i++) {
      c.slots[i] = get(i).clone();
    }
    c.size = size;
    c.elementBytes = elementBytes;
    c.listpackBytes = listpackBytes;
    c.quicklist = quicklist;
    return c;
  }

  /** Writes the count, then each element as its length and bytes, head first. */
  @Override
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(size);
    for (int i = 0; i < size; i++) {
      byte[] e = get(i);
      out.writeInt(e.length);
      out.write(e);
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  public static RedisList readFrom(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("list size: " + n + " (expected: >= 0)");
    }
    RedisList list = new RedisList();
    for (int i = 0; i < n; i++) {
      int len = in.readInt();
      if (len < 0) {
        throw new IOException("element length: " + len + " (expected: >= 0)");
      }
      byte[] e = new byte[len];
      in.readFully(e);
      list.addLast(e);
    }
    return list;
  }

  private void ensureRoomForOne() {
    if (size == slots.length) {
      resize(Math.max(MIN_CAPACITY, slots.length * 2));
    }
  }

  private void shrinkIfSparse() {
    if (size == 0) {
      slots = NO_SLOTS;
      head = 0;
    } else if (slots.length > MIN_CAPACITY && size <= slots.length / 4) {
      resize(slots.length / 2);
    }
  }

  private void resize(int capacity) {
    byte[][] fresh = new byte[capacity][];
    for (int i = 0; i < size; i++) {
      fresh[i] = get(i);
    }
    slots = fresh;
    head = 0;
  }

  private void account(byte[] e) {
    elementBytes += align(ARRAY_HEADER_BYTES + e.length);
    listpackBytes += ListpackSize.entryBytes(e.length);
    if (!quicklist && listpackBytes > ListpackSize.MAX_BYTES) {
      quicklist = true;
    }
  }

  private void forget(byte[] e) {
    elementBytes -= align(ARRAY_HEADER_BYTES + e.length);
    listpackBytes -= ListpackSize.entryBytes(e.length);
    if (quicklist && listpackBytes <= ListpackSize.MAX_BYTES / 2) {
      quicklist = false;
    }
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
