package io.skein.engine.zsets;

import io.skein.engine.util.ByteString;

/**
 * One member of a sorted set: at once a skip-list node (forward pointers with spans, a backward
 * pointer) and an entry of the member table (its bucket chain), so that a member costs one
 * object plus its two level arrays and no map entry.
 */
final class ZNode {

  final ByteString member;
  double score;
  ZNode backward;
  final ZNode[] forward;
  /** Number of level-0 steps each forward pointer skips: what makes rank O(log n). */
  final int[] span;
  /** Next node in the same bucket of {@link MemberTable}. */
  ZNode chain;

  ZNode(ByteString member, double score, int levels) {
    this.member = member;
    this.score = score;
    this.forward = new ZNode[levels];
    this.span = new int[levels];
  }

  int levels() {
    return forward.length;
  }

  ZNode next() {
    return forward[0];
  }

  /** Order by score, then by member bytes unsigned: Redis's zset order. */
  int compareTo(double otherScore, ByteString otherMember) {
    int c = Double.compare(score, otherScore);
    if (score == otherScore) {
      c = 0; // -0.0 and 0.0 are the same score to Redis
    }
    return c != 0 ? c : member.compareTo(otherMember);
  }

  /** Approximate heap bytes: object, two level arrays, the member's wrapper and bytes. */
  static long bytes(int levels, int memberLength) {
    long node = 48;
    long arrays = align(16 + 4L * levels) * 2;
    long member = 24 + align(16 + memberLength);
    return node + arrays + member;
  }

  static long align(long n) {
    return (n + 7) & ~7L;
  }
}
