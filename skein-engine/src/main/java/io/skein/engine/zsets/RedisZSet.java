package io.skein.engine.zsets;

import io.skein.engine.keyspace.StoredValue;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.util.ByteString;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A sorted set: members with double scores (never NaN), ordered by (score, member bytes
 * unsigned), with O(1) member lookup and O(log n) rank, as Redis's dict + zskiplist. Each member
 * is one {@link ZNode} shared by the {@link MemberTable} and the {@link ZSkipList}.
 *
 * <p>Ranks in this API are 0-based. Not thread-safe: the key's stripe lock guards it.
 */
public final class RedisZSet implements StoredValue {

  /** Redis 7's zset-max-listpack-entries and zset-max-listpack-value defaults. */
  static final int LISTPACK_MAX_ENTRIES = 128;
  static final int LISTPACK_MAX_VALUE = 64;
  private static final long BASE_BYTES = 96;

  private final MemberTable table = new MemberTable();
  private final ZSkipList list;
  private long nodeBytes;
  /** Like Redis, a set converted to a skip list stays one when it shrinks again. */
  private boolean skiplistEncoded;

  /** An empty set; {@code seed} seeds its level and ZRANDMEMBER generator. */
  public RedisZSet(int seed) {
    this.list = new ZSkipList(seed);
  }

  @Override
  public ValueType type() {
    return ValueType.ZSET;
  }

  @Override
  public String encoding() {
    return skiplistEncoded ? "skiplist" : "listpack";
  }

  @Override
  public int size() {
    return list.length();
  }

  @Override
  public long memoryEstimate() {
    return BASE_BYTES + ZNode.align(16 + 4L * table.capacity()) + nodeBytes;
  }

  /** Receives a member and its score. */
  @FunctionalInterface
  public interface MemberVisitor {
    void visit(byte[] member, double score);
  }

  /** Calls {@code visitor} with every member (its bytes: do not change them), lowest first. */
  public void forEach(MemberVisitor visitor) {
    for (ZNode n = first(); n != null; n = n.next()) {
      visitor.visit(n.member.bytes(), n.score);
    }
  }

  ZNode node(ByteString member) {
    return table.get(member);
  }

  /** Adds a member that is not in the set. */
  ZNode add(ByteString member, double score) {
    ZNode node = new ZNode(member, score, list.randomLevel());
    table.add(node);
    list.insert(node);
    nodeBytes += ZNode.bytes(node.levels(), member.length());
    if (list.length() > LISTPACK_MAX_ENTRIES || member.length() > LISTPACK_MAX_VALUE) {
      skiplistEncoded = true;
    }
    return node;
  }

  /** Sets the score of {@code member}, adding it when absent. */
  void put(ByteString member, double score) {
    ZNode node = table.get(member);
    if (node == null) {
      add(member, score);
    } else {
      updateScore(node, score);
    }
  }

  /** Moves an existing node to its place for {@code score}. */
  void updateScore(ZNode node, double score) {
    if (node.score == score) {
      return;
    }
    list.remove(node);
    node.score = score;
    list.insert(node);
  }

  boolean remove(ByteString member) {
    ZNode node = table.remove(member);
    if (node == null) {
      return false;
    }
    list.remove(node);
    nodeBytes -= ZNode.bytes(node.levels(), member.length());
    return true;
  }

  void remove(ZNode node) {
    remove(node.member);
  }

  /** 0-based rank from the lowest score. */
  int rank(ZNode node) {
    return list.rankOf(node) - 1;
  }

  /** The node at 0-based {@code rank}, or {@code null}. */
  ZNode byRank(int rank) {
    return list.byRank(rank + 1);
  }

  ZNode first() {
    return list.first();
  }

  ZNode last() {
    return list.last();
  }

  ZNode firstIn(ZRange range) {
    return list.firstIn(range);
  }

  ZNode lastIn(ZRange range) {
    return list.lastIn(range);
  }

  /** A pseudo-random int in [0, bound). */
  int randomIndex(int bound) {
    return (int) ((list.nextRandom() & 0xffffffffL) % bound);
  }

  long scan(long cursor, java.util.function.Consumer<ZNode> visitor) {
    return table.scan(cursor, visitor);
  }

  @Override
  public RedisZSet copy() {
    RedisZSet c = new RedisZSet(list.nextRandom());
    for (ZNode n = first(); n != null; n = n.next()) {
      c.add(n.member, n.score);
    }
    c.skiplistEncoded |= skiplistEncoded;
    return c;
  }

  @Override
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(size());
    for (ZNode n = first(); n != null; n = n.next()) {
      out.writeInt(n.member.length());
      out.write(n.member.bytes());
      out.writeDouble(n.score);
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  public static RedisZSet readFrom(DataInput in) throws IOException {
    int n = in.readInt();
    RedisZSet z = new RedisZSet(n * 31 + 17);
    for (int i = 0; i < n; i++) {
      byte[] member = new byte[in.readInt()];
      in.readFully(member);
      z.add(ByteString.wrap(member), in.readDouble());
    }
    return z;
  }
}
