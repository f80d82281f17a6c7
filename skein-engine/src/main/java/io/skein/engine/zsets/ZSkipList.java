package io.skein.engine.zsets;

import io.skein.engine.util.ByteString;

/*
 * Design note. An order-statistic skip list as in Redis's zskiplist [1]: each forward pointer
 * records its span (how many level-0 nodes it jumps), so the rank of a node is the sum of the
 * spans walked to reach it, and the node at a rank is found by walking spans down: both
 * O(log n). Levels are drawn with p = 1/4 up to 32, from a per-list xorshift generator so that a
 * list's shape depends on nothing shared and tests are reproducible.
 *
 * [1] W. Pugh, "Skip Lists: A Probabilistic Alternative to Balanced Trees", CACM 33(6), 1990;
 *     and "A Skip List Cookbook" (1990), section 3.4, for the rank/span extension.
 */

/**
 * The ordered half of a sorted set: nodes by (score, member). Ranks here are 1-based as in the
 * classic formulation; callers convert. Not thread-safe.
 */
final class ZSkipList {

  static final int MAX_LEVEL = 32;

  private final ZNode header = new ZNode(ByteString.EMPTY, 0, MAX_LEVEL);
  private ZNode tail;
  private int level = 1;
  private int length;
  private int seed;

  ZSkipList(int seed) {
    this.seed = seed == 0 ? 0x2545F491 : seed;
  }

  int length() {
    return length;
  }

  ZNode first() {
    return header.forward(0);
  }

  ZNode last() {
    return tail;
  }

  /** A pseudo-random int, also used for ZRANDMEMBER. */
  int nextRandom() {
    int x = seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seed = x;
    return x;
  }

  int randomLevel() {
    int lvl = 1;
    while (lvl < MAX_LEVEL && (nextRandom() & 3) == 0) {
      lvl++;
    }
    return lvl;
  }

  /** Links {@code node} (not in the list; its level already chosen) at its (score, member) place. */
  void insert(ZNode node) {
    int lvl = node.levels();
    ZNode[] update = new ZNode[Math.max(level, lvl)];
    int[] rank = new int[update.length];
    ZNode x = header;
    for (int i = level - 1; i >= 0; i--) {
      rank[i] = i == level - 1 ? 0 : rank[i + 1];
      for (ZNode next = x.forward(i);
          next != null && next.compareTo(node.score, node.member) < 0; next = x.forward(i)) {
        rank[i] += x.span(i);
        x = next;
      }
      update[i] = x;
    }
    if (lvl > level) {
      for (int i = level; i < lvl; i++) {
        rank[i] = 0;
        update[i] = header;
        update[i].span(i, length);
      }
      level = lvl;
    }
    for (int i = 0; i < lvl; i++) {
      node.forward(i, update[i].forward(i));
      update[i].forward(i, node);
      node.span(i, update[i].span(i) - (rank[0] - rank[i]));
      update[i].span(i, (rank[0] - rank[i]) + 1);
    }
    for (int i = lvl; i < level; i++) {
      update[i].span(i, update[i].span(i) + 1);
    }
    node.backward = update[0] == header ? null : update[0];
    if (node.forward(0) != null) {
      node.forward(0).backward = node;
    } else {
      tail = node;
    }
    length++;
  }

  /** Unlinks {@code node}, which must be in the list with its current score. */
  void remove(ZNode node) {
    ZNode[] update = new ZNode[level];
    ZNode x = header;
    for (int i = level - 1; i >= 0; i--) {
      for (ZNode next = x.forward(i);
          next != null && next.compareTo(node.score, node.member) < 0; next = x.forward(i)) {
        x = next;
      }
      update[i] = x;
    }
    for (int i = 0; i < level; i++) {
      if (update[i].forward(i) == node) {
        update[i].span(i, update[i].span(i) + node.span(i) - 1);
        update[i].forward(i, node.forward(i));
      } else {
        update[i].span(i, update[i].span(i) - 1);
      }
    }
    if (node.forward(0) != null) {
      node.forward(0).backward = node.backward;
    } else {
      tail = node.backward;
    }
    while (level > 1 && header.forward(level - 1) == null) {
      level--;
    }
    length--;
    for (int i = 0; i < node.levels(); i++) {
      node.forward(i, null);
      node.span(i, 0);
    }
    node.backward = null;
  }

  /** The 1-based rank of {@code node}, which must be in the list. */
  int rankOf(ZNode node) {
    int rank = 0;
    ZNode x = header;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward(i) != null && x.forward(i).compareTo(node.score, node.member) <= 0) {
        rank += x.span(i);
        x = x.forward(i);
      }
      if (x == node) {
        return rank;
      }
    }
    throw new IllegalStateException("node not in list");
  }

  /** The node at 1-based {@code rank}, or {@code null} when out of range. */
  ZNode byRank(int rank) {
    if (rank < 1 || rank > length) {
      return null;
    }
    int traversed = 0;
    ZNode x = header;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward(i) != null && traversed + x.span(i) <= rank) {
        traversed += x.span(i);
        x = x.forward(i);
      }
      if (traversed == rank) {
        return x;
      }
    }
    return null;
  }

  /** The first node whose score and member satisfy {@code range}, or {@code null}. */
  ZNode firstIn(ZRange range) {
    if (range.isEmpty() || tail == null || !range.aboveMin(tail) || !range.belowMax(first())) {
      return null;
    }
    ZNode x = header;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward(i) != null && !range.aboveMin(x.forward(i))) {
        x = x.forward(i);
      }
    }
    x = x.forward(0);
    return x != null && range.belowMax(x) ? x : null;
  }

  /** The last node whose score and member satisfy {@code range}, or {@code null}. */
  ZNode lastIn(ZRange range) {
    if (range.isEmpty() || tail == null || !range.aboveMin(tail) || !range.belowMax(first())) {
      return null;
    }
    ZNode x = header;
    for (int i = level - 1; i >= 0; i--) {
      while (x.forward(i) != null && range.belowMax(x.forward(i))) {
        x = x.forward(i);
      }
    }
    return x != header && range.aboveMin(x) ? x : null;
  }
}
