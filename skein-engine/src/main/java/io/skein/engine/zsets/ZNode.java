package io.skein.engine.zsets;

import io.skein.engine.util.ByteString;

/**
 * One member of a sorted set: at once a skip-list node (forward pointers with spans, a backward
 * pointer) and an entry of the member table (its bucket chain), so that a member costs one
 * object and no map entry.
 *
 * <p>Design note. A skip-list search is a chain of dependent loads, one node per hop. With
 * each node's forward pointers and spans in arrays of their own, every hop loaded the node
 * (for its score) and then its array (for the next pointer): two cache misses where Redis,
 * whose level array is inline in the node, has one. Java cannot inline a variable-length array,
 * so the first {@link #INLINE_LEVELS} levels are fields: with p = 1/4 only one node in 256 has
 * more, and those few (the tall, often visited ones) keep the rest in arrays. The node is also
 * smaller than the object and two arrays were.
 */
final class ZNode {

  /** Levels held in fields. */
  static final int INLINE_LEVELS = 4;

  final ByteString member;
  /**
   * The member's hash, kept here so that a bucket chain of {@link MemberTable} is walked without
   * loading the member of every node on it (it fills what was padding in the node).
   */
  final int hash;
  double score;
  ZNode backward;
  /** Next node in the same bucket of {@link MemberTable}. */
  ZNode chain;
  private final int levels;
  private ZNode forward0;
  private ZNode forward1;
  private ZNode forward2;
  private ZNode forward3;
  /** Number of level-0 steps each forward pointer skips: what makes rank O(log n). */
  private int span0;
  private int span1;
  private int span2;
  private int span3;
  /** Levels from {@link #INLINE_LEVELS} up; {@code null} for nodes without them. */
  private final ZNode[] upperForward;
  private final int[] upperSpan;

  ZNode(ByteString member, double score, int levels) {
    this.member = member;
    this.hash = member.hashCode();
    this.score = score;
    this.levels = levels;
    boolean tall = levels > INLINE_LEVELS;
    this.upperForward = tall ? new ZNode[levels - INLINE_LEVELS] : null;
    this.upperSpan = tall ? new int[levels - INLINE_LEVELS] : null;
  }

  int levels() {
    return levels;
  }

  ZNode next() {
    return forward0;
  }

  ZNode forward(int level) {
    return switch (level) {
      case 0 -> forward0;
      case 1 -> forward1;
      case 2 -> forward2;
      case 3 -> forward3;
      default -> upperForward[level - INLINE_LEVELS];
    };
  }

  void forward(int level, ZNode node) {
    switch (level) {
      case 0 -> forward0 = node;
      case 1 -> forward1 = node;
      case 2 -> forward2 = node;
      case 3 -> forward3 = node;
      default -> upperForward[level - INLINE_LEVELS] = node;
    }
  }

  int span(int level) {
    return switch (level) {
      case 0 -> span0;
      case 1 -> span1;
      case 2 -> span2;
      case 3 -> span3;
      default -> upperSpan[level - INLINE_LEVELS];
    };
  }

  void span(int level, int span) {
    switch (level) {
      case 0 -> span0 = span;
      case 1 -> span1 = span;
      case 2 -> span2 = span;
      case 3 -> span3 = span;
      default -> upperSpan[level - INLINE_LEVELS] = span;
    }
  }

  /** Order by score, then by member bytes unsigned: Redis's zset order. */
  int compareTo(double otherScore, ByteString otherMember) {
    int c = Double.compare(score, otherScore);
    if (score == otherScore) {
      c = 0; // -0.0 and 0.0 are the same score to Redis
    }
    return c != 0 ? c : member.compareTo(otherMember);
  }

  /** Approximate heap bytes: the node, its upper level arrays, the member's wrapper and bytes. */
  static long bytes(int levels, int memberLength) {
    long node = 80;
    long upper = levels > INLINE_LEVELS ? align(16 + 4L * (levels - INLINE_LEVELS)) * 2 : 0;
    long member = 24 + align(16 + memberLength);
    return node + upper + member;
  }

  static long align(long n) {
    return (n + 7) & ~7L;
  }
}
