package io.skein.engine.digest;

import io.skein.core.DoubleFormat;
import io.skein.core.HashSlot;
import io.skein.engine.hashes.RedisHash;
import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Keyspace;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;
import io.skein.engine.keyspace.StoredValue;
import io.skein.engine.lists.RedisList;
import io.skein.engine.sets.RedisSet;
import io.skein.engine.zsets.RedisZSet;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Redis's content digests, bit for bit: DEBUG DIGEST-VALUE of one key and DEBUG DIGEST of the
 * whole dataset, so that two replicas (or a Skein node and a Redis server) holding the same data
 * answer the same forty hex digits, whatever order the data arrived in.
 *
 * <p>Design note (Redis's debug.c, xorObjectDigest). A key's digest starts from twenty zero
 * bytes; "mix" xors in SHA-1(data) and then replaces the digest by its own SHA-1, so order
 * matters; "xor" only xors in SHA-1(data), so order does not (an inner digest is xored in the
 * same way: through its SHA-1). The value's type code (0 string,
 * 1 list, 2 set, 3 sorted set, 4 hash, as a big-endian u32) is mixed first; a string mixes its
 * bytes; a list mixes its elements in order; a set xors its members; a hash xors, per field, a
 * fresh digest that mixed the field then the value; a sorted set does the same with the member
 * and its score's reply text. A key with an expiry xors in the ten bytes {@code !!expire!!}.
 * The dataset digest mixes each non-empty database's number, then xors in, per key, a digest
 * that mixed the key name before the value as above.
 *
 * <p>Reads entries as they are, logically expired ones included, as Redis's DEBUG does. The
 * caller holds the stripe locks of the keys it digests (every stripe for the dataset).
 */
public final class ValueDigest {

  /** Bytes in a digest: a SHA-1. */
  public static final int LENGTH = 20;
  private static final byte[] EXPIRE_MARK = "!!expire!!".getBytes(StandardCharsets.US_ASCII);

  private ValueDigest() {}

  /** DEBUG DIGEST-VALUE of {@code key}: twenty zero bytes when it is absent. */
  public static byte[] ofKey(Database db, byte[] key) {
    byte[] digest = new byte[LENGTH];
    SlotTable table = db.slotTable(HashSlot.of(key));
    Object entry = table == null ? null : table.get(key, Records.hash(key));
    if (entry != null && !Records.isTombstone(SlotTable.header(entry))) {
      mixEntry(digest, entry);
    }
    return digest;
  }

  /** DEBUG DIGEST: every database's keys and values; twenty zero bytes when all are empty. */
  public static byte[] ofDataset(Keyspace keyspace) {
    byte[] total = new byte[LENGTH];
    for (int index = 0; index < keyspace.databaseCount(); index++) {
      Database db = keyspace.database(index);
      if (db.size() == 0) {
        continue;
      }
      Sha1Mix.mix(total, bigEndian(index));
      for (int slot = 0; slot < HashSlot.SLOT_COUNT; slot++) {
        SlotTable table = db.slotTable(slot);
        if (table == null) {
          continue;
        }
        for (int i = 0; i < table.capacity(); i++) {
          Object entry = table.at(i);
          if (entry == null || Records.isTombstone(SlotTable.header(entry))) {
            continue;
          }
          byte[] digest = new byte[LENGTH];
          Sha1Mix.mix(digest, Records.key(SlotTable.header(entry)));
          mixEntry(digest, entry);
          Sha1Mix.xor(total, digest);
        }
      }
    }
    return total;
  }

  /** Lower-case hex, as DEBUG replies it. */
  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  private static void mixEntry(byte[] digest, Object entry) {
    byte[] header = SlotTable.header(entry);
    if (entry instanceof byte[] rec) {
      Sha1Mix.mix(digest, bigEndian(0));
      Sha1Mix.mix(digest, rec, Records.valueOffset(rec), Records.valueLength(rec));
    } else {
      mixValue(digest, ((CompositeEntry) entry).value());
    }
    if (Records.expireAt(header) != 0) {
      Sha1Mix.xor(digest, EXPIRE_MARK);
    }
  }

  private static void mixValue(byte[] digest, StoredValue value) {
    switch (value.type()) {
      case LIST -> {
        Sha1Mix.mix(digest, bigEndian(1));
        RedisList list = (RedisList) value;
        for (int i = 0; i < list.size(); i++) {
          Sha1Mix.mix(digest, list.get(i));
        }
      }
      case SET -> {
        Sha1Mix.mix(digest, bigEndian(2));
        ((RedisSet) value).forEach(m -> Sha1Mix.xor(digest, m));
      }
      case ZSET -> {
        Sha1Mix.mix(digest, bigEndian(3));
        ((RedisZSet) value).forEach((m, score) -> Sha1Mix.xor(digest, pair(m,
            DoubleFormat.format(score).getBytes(StandardCharsets.US_ASCII))));
      }
      case HASH -> {
        Sha1Mix.mix(digest, bigEndian(4));
        ((RedisHash) value).forEach((f, v) -> Sha1Mix.xor(digest, pair(f, v)));
      }
      default -> throw new IllegalStateException("no digest for type " + value.type());
    }
  }

  /** A fresh digest that mixed {@code first} then {@code second}. */
  private static byte[] pair(byte[] first, byte[] second) {
    byte[] d = new byte[LENGTH];
    Sha1Mix.mix(d, first);
    Sha1Mix.mix(d, second);
    return d;
  }

  private static byte[] bigEndian(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}
