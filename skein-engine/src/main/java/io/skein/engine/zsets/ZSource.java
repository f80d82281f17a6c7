package io.skein.engine.zsets;

import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.sets.RedisSet;
import io.skein.engine.util.ByteString;

/**
 * One input of ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD. Redis accepts plain
 * sets there as well as sorted sets, every member of a set scoring 1; this view lets the
 * algebra read both without caring which it has.
 */
sealed interface ZSource {

  /** Receives one member and its score. */
  @FunctionalInterface
  interface ScoredConsumer {
    void accept(ByteString member, double score);
  }

  int size();

  /** The score of {@code member}, or NaN when it is not in the input (scores are never NaN). */
  double scoreOf(ByteString member);

  /** Calls {@code action} with every member and its score. */
  void forEach(ScoredConsumer action);

  /**
   * The input stored at {@code key}: {@code null} when absent, WRONGTYPE when it is neither a
   * sorted set nor a set.
   */
  static ZSource lookup(Database db, byte[] key) {
    ValueType type = db.typeOf(key);
    if (type == null) {
      return null;
    }
    if (type == ValueType.SET) {
      return new Plain(db.getValue(key, ValueType.SET));
    }
    return new Sorted(db.getValue(key, ValueType.ZSET)); // WRONGTYPE for the rest
  }

  /** A sorted set, read as it is. */
  record Sorted(RedisZSet zset) implements ZSource {
    @Override
    public int size() {
      return zset.size();
    }

    @Override
    public double scoreOf(ByteString member) {
      ZNode n = zset.node(member);
      return n == null ? Double.NaN : n.score;
    }

    @Override
    public void forEach(ScoredConsumer action) {
      for (ZNode n = zset.first(); n != null; n = n.next()) {
        action.accept(n.member, n.score);
      }
    }
  }

  /** A plain set: every member scores 1, as in Redis. */
  record Plain(RedisSet set) implements ZSource {
    @Override
    public int size() {
      return set.size();
    }

    @Override
    public double scoreOf(ByteString member) {
      return set.contains(member.bytes()) ? 1 : Double.NaN;
    }

    @Override
    public void forEach(ScoredConsumer action) {
      set.forEach(m -> action.accept(ByteString.wrap(m), 1));
    }
  }
}
