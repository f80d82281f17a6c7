package io.skein.engine.util;

import io.skein.engine.keyspace.Records;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * A chained hash table of byte-string keys, with optional byte-string values, whose SCAN cursor
 * keeps Redis's guarantee: every key present for a whole iteration is returned at least once,
 * even when the table grows or shrinks between calls. Large hashes and sets keep their elements
 * here.
 *
 * <p>Design note. Buckets are a power of two and a key lives in bucket {@code hash & mask}. The
 * cursor is a bucket index counted with its bits reversed (Redis's {@code dictScan}): it sweeps
 * high-order bits first, so when the table doubles, the buckets a cursor has passed split into
 * buckets it has also passed, and when it halves they merge into ones it has passed too. Unlike
 * Redis we rehash all at once rather than incrementally, so only one table ever exists. Chaining
 * (not open addressing) is what keeps a key in exactly the bucket its hash names.
 *
 * <p>Keys and values are held as the caller's arrays, never copied; the caller must not change
 * them. Not thread-safe: the key's stripe lock guards it.
 */
public final class ScannableHashMap {

  /** Heap bytes of one {@link Node}: header, key, value and next references, and the hash. */
  static final long NODE_BYTES = 32;
  private static final int MIN_BUCKETS = 4;

  /** One key and its value. */
  public static final class Node {
    final byte[] key;
    final int hash;
    byte[] value;
    Node next;

    Node(byte[] key, int hash, byte[] value, Node next) {
      this.key = key;
      this.hash = hash;
      this.value = value;
      this.next = next;
    }

    public byte[] key() {
      return key;
    }

    public byte[] value() {
      return value;
    }
  }

  private Node[] buckets = new Node[MIN_BUCKETS];
  private int size;
  private long elementBytes;

  public int size() {
    return size;
  }

  /** Estimated heap bytes of the table and everything in it, in O(1). */
  public long memoryEstimate() {
    return 32 + 16 + 4L * buckets.length + elementBytes;
  }

  /** Heap bytes of a byte array of {@code length}, as the JVM lays it out. */
  public static long arrayBytes(int length) {
    return (16L + length + 7) & ~7L;
  }

  private static long nodeBytes(byte[] key, byte[] value) {
    return NODE_BYTES + arrayBytes(key.length) + (value == null ? 0 : arrayBytes(value.length));
  }

  /** The node of {@code key}, or {@code null}. */
  public Node find(byte[] key) {
    int h = Records.hash(key);
    for (Node n = buckets[h & (buckets.length - 1)]; n != null; n = n.next) {
      if (n.hash == h && Arrays.equals(n.key, key)) {
        return n;
      }
    }
    return null;
  }

  public boolean contains(byte[] key) {
    return find(key) != null;
  }

  /** The value of {@code key}, or {@code null} when absent (or stored without a value). */
  public byte[] get(byte[] key) {
    Node n = find(key);
    return n == null ? null : n.value;
  }

  /** Adds or replaces; returns whether {@code key} is new. */
  public boolean put(byte[] key, byte[] value) {
    Node n = find(key);
    if (n != null) {
      elementBytes += nodeBytes(key, value) - nodeBytes(n.key, n.value);
      n.value = value;
      return false;
    }
    int h = Records.hash(key);
    int i = h & (buckets.length - 1);
    buckets[i] = new Node(key, h, value, buckets[i]);
    size++;
    elementBytes += nodeBytes(key, value);
    if (size > buckets.length) {
      resize(buckets.length * 2);
    }
    return true;
  }

  /** Removes {@code key}; returns whether it was there. */
  public boolean remove(byte[] key) {
    int h = Records.hash(key);
    int i = h & (buckets.length - 1);
    for (Node n = buckets[i], prev = null; n != null; prev = n, n = n.next) {
      if (n.hash == h && Arrays.equals(n.key, key)) {
        if (prev == null) {
          buckets[i] = n.next;
        } else {
          prev.next = n.next;
        }
        size--;
        elementBytes -= nodeBytes(n.key, n.value);
        // Shrink at 1/8 full so a random bucket is non-empty often enough for randomNode().
        if (buckets.length > MIN_BUCKETS && size < buckets.length / 8) {
          resize(Math.max(MIN_BUCKETS, Integer.highestOneBit(Math.max(1, size)) * 2));
        }
        return true;
      }
    }
    return false;
  }

  private void resize(int capacity) {
    Node[] fresh = new Node[capacity];
    int mask = capacity - 1;
    for (Node head : buckets) {
      for (Node n = head; n != null; ) {
        Node next = n.next;
        n.next = fresh[n.hash & mask];
        fresh[n.hash & mask] = n;
        n = next;
      }
    }
    buckets = fresh;
  }

  /** Calls {@code action} with every key and value, in table order. */
  public void forEach(BiConsumer<byte[], byte[]> action) {
    for (Node head : buckets) {
      for (Node n = head; n != null; n = n.next) {
        action.accept(n.key, n.value);
      }
    }
  }

  /**
   * Visits the bucket that {@code cursor} names and returns the next cursor, 0 when the sweep is
   * complete. Cursors are unsigned; any value is accepted (an unknown one just resumes there).
   */
  public long scan(long cursor, BiConsumer<byte[], byte[]> action) {
    int mask = buckets.length - 1;
    for (Node n = buckets[(int) (cursor & mask)]; n != null; n = n.next) {
      action.accept(n.key, n.value);
    }
    // Set the bits above the mask, then increment the reversed cursor.
    long v = cursor | ~(long) mask;
    v = Long.reverse(v);
    v++;
    return Long.reverse(v);
  }

  /**
   * A random node: a random non-empty bucket, then a random node of its chain, as Redis's
   * {@code dictGetRandomKey} picks; not perfectly uniform when chains differ in length, which
   * Redis accepts too. The table must not be empty.
   */
  public Node randomNode(RandomGenerator random) {
    if (size == 0) {
      throw new IllegalStateException("empty table");
    }
    Node head;
    do {
      head = buckets[random.nextInt(buckets.length)];
    } while (head == null);
    int chain = 0;
    for (Node n = head; n != null; n = n.next) {
      chain++;
    }
    Node n = head;
    for (int k = random.nextInt(chain); k > 0; k--) {
      n = n.next;
    }
    return n;
  }

  /**
   * A deep copy in the same iteration order; the key and value arrays are shared, as they are
   * never changed.
   */
  public ScannableHashMap copy() {
    ScannableHashMap c = new ScannableHashMap();
    c.buckets = new Node[buckets.length];
    for (int i = 0; i < buckets.length; i++) {
      Node tail = null;
      for (Node n = buckets[i]; n != null; n = n.next) {
        Node copy = new Node(n.key, n.hash, n.value, null);
        if (tail == null) {
          c.buckets[i] = copy;
        } else {
          tail.next = copy;
        }
        tail = copy;
      }
    }
    c.size = size;
    c.elementBytes = elementBytes;
    return c;
  }
}
