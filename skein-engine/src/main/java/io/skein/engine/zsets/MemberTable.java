package io.skein.engine.zsets;

import io.skein.engine.util.ByteString;
import java.util.function.Consumer;

/*
 * Design note. A chained hash table from member to node whose chain links live in the nodes
 * themselves (ZNode.chain), with a power-of-two bucket array resized all at once. ZSCAN walks it
 * with Redis's reverse-binary cursor [1]: incrementing the cursor's bits from the top means that
 * the buckets already visited in a table of 2^n buckets map, after the table grows or shrinks,
 * to buckets the cursor has also passed, so every member present for the whole scan is returned
 * at least once (a shrink may return some twice).
 *
 * [1] P. Noordhuis, the dictScan comment in Redis's dict.c.
 */

/** Member -> node lookup for a sorted set, with a resize-proof scan cursor. Not thread-safe. */
final class MemberTable {

  private static final int MIN_CAPACITY = 4;

  private ZNode[] buckets = new ZNode[MIN_CAPACITY];
  private int size;

  int size() {
    return size;
  }

  int capacity() {
    return buckets.length;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  ZNode get(ByteString member) {
    int hash = member.hashCode();
    for (ZNode n = buckets[spread(hash) & (buckets.length - 1)]; n != null; n = n.chain) {
      if (n.hash == hash && n.member.equals(member)) {
        return n;
      }
    }
    return null;
  }

  /** Adds a node whose member is not in the table. */
  void add(ZNode node) {
    if (size >= buckets.length) {
      resize(buckets.length * 2);
    }
    int i = spread(node.hash) & (buckets.length - 1);
    node.chain = buckets[i];
    buckets[i] = node;
    size++;
  }

  /** Removes and returns the node of {@code member}, or {@code null}. */
  ZNode remove(ByteString member) {
    int hash = member.hashCode();
    int i = spread(hash) & (buckets.length - 1);
    ZNode prev = null;
    for (ZNode n = buckets[i]; n != null; prev = n, n = n.chain) {
      if (n.hash == hash && n.member.equals(member)) {
        if (prev == null) {
          buckets[i] = n.chain;
        } else {
          prev.chain = n.chain;
        }
        n.chain = null;
        size--;
        // Shrink lazily (below 1/8 full) so that alternating adds and removes do not thrash.
        if (buckets.length > MIN_CAPACITY && size * 8 < buckets.length) {
          resize(Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size)) * 2));
        }
        return n;
      }
    }
    return null;
  }

  private void resize(int capacity) {
    ZNode[] old = buckets;
    ZNode[] fresh = new ZNode[capacity];
    for (ZNode head : old) {
      for (ZNode n = head; n != null; ) {
        ZNode next = n.chain;
        int i = spread(n.hash) & (capacity - 1);
        n.chain = fresh[i];
        fresh[i] = n;
        n = next;
      }
    }
    buckets = fresh;
  }

  /**
   * Visits the bucket the cursor names and returns the next cursor (0 when the scan is done).
   * The cursor is an unsigned 64-bit value; only its low bits address a bucket.
   */
  long scan(long cursor, Consumer<ZNode> visitor) {
    long mask = buckets.length - 1;
    for (ZNode n = buckets[(int) (cursor & mask)]; n != null; n = n.chain) {
      visitor.accept(n);
    }
    cursor |= ~mask;
    cursor = Long.reverse(cursor);
    cursor++;
    return Long.reverse(cursor);
  }
}
