package io.skein.engine.lists;

import io.skein.engine.command.Args;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.ValueType;

/** Helpers the list commands share: lookup, LEFT/RIGHT, index resolution, popping replies. */
final class Lists {

  private Lists() {}

  /** The list at {@code key}, {@code null} when absent; WRONGTYPE for other types. */
  static RedisList get(Database db, byte[] key) {
    return db.getValue(key, ValueType.LIST);
  }

  /** LEFT is {@code true}, RIGHT {@code false}; anything else is a syntax error. */
  static boolean parseSide(byte[] arg) {
    if (Args.is(arg, "LEFT")) {
      return true;
    }
    if (Args.is(arg, "RIGHT")) {
      return false;
    }
    throw RedisException.SYNTAX;
  }

  /** A count that must be at least 1, with Redis's error text for anything else. */
  static long parsePositive(byte[] arg, String error) {
    Long v = Args.tryParseLong(arg, 0, arg.length);
    if (v == null || v < 1) {
      throw RedisException.err(error);
    }
    return v;
  }

  /** A Redis index (negative counts from the tail) as 0-based, or -1 when out of range. */
  static int resolveIndex(long index, int size) {
    long i = index < 0 ? size + index : index;
    return i < 0 || i >= size ? -1 : (int) i;
  }

  /**
   * Pops up to {@code count} elements from one end and replies with them as an array, then
   * records the change (deleting the key if it emptied).
   */
  static void popInto(Database db, byte[] key, RedisList list, boolean left, long count,
      ReplySink out) {
    int n = (int) Math.min(count, list.size());
    out.arrayHeader(n);
    for (int i = 0; i < n; i++) {
      out.bulk(list.remove(left));
    }
    db.modified(key);
  }

  /**
   * Moves one element from {@code source} (non-empty, already checked) to {@code destination}
   * and replies with it. The destination's type is checked before anything moves; with the
   * same key on both sides this rotates the list.
   */
  static void move(Database db, byte[] source, RedisList from, byte[] destination,
      boolean fromLeft, boolean toLeft, ReplySink out) {
    RedisList to = get(db, destination);
    byte[] element = from.remove(fromLeft);
    if (to == null) {
      to = new RedisList();
      to.add(toLeft, element);
      db.putValue(destination, to);
    } else {
      to.add(toLeft, element);
      db.modified(destination);
    }
    if (to != from) {
      db.modified(source);
    }
    out.bulk(element);
  }

  /** The keys without repeats, in first-seen order, for registering a blocked client. */
  static byte[][] distinct(byte[][] keys) {
    byte[][] out = new byte[keys.length][];
    int n = 0;
    outer:
    for (byte[] k : keys) {
      for (int i = 0; i < n; i++) {
        if (java.util.Arrays.equals(out[i], k)) {
          continue outer;
        }
      }
      out[n++] = k;
    }
    return n == keys.length ? out : java.util.Arrays.copyOf(out, n);
  }
}
