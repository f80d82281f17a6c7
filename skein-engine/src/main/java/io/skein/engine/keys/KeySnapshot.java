package io.skein.engine.keys;

import io.skein.engine.Engine;
import io.skein.engine.exec.StripeLocks;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;

/**
 * A consistent copy of one key — its DUMP payload, absolute expiry and version, read under the
 * key's stripe lock — for read repair: the coordinator fetches it from the replica with the
 * newest version and RESTOREs it on the stale ones at that version.
 *
 * @param payload the DUMP payload, or null when the key does not exist
 * @param expireAt Unix ms of the expiry, 0 for none
 * @param version the value's version, 0 when the key does not exist
 */
public record KeySnapshot(byte[] payload, long expireAt, long version) {

  /** Takes the snapshot of {@code key} in database {@code db}. */
  public static KeySnapshot of(Engine engine, int db, byte[] key) {
    StripeLocks locks = engine.executor().locks();
    int stripe = StripeLocks.stripeOfKey(key);
    locks.lock(stripe);
    try {
      Database database = engine.keyspace().database(db);
      Object entry = database.peek(key);
      if (entry == null) {
        return new KeySnapshot(null, 0, 0);
      }
      byte[] header = SlotTable.header(entry);
      return new KeySnapshot(DumpFormat.dump(entry), Records.expireAt(header),
          Records.version(header));
    } finally {
      locks.unlock(stripe);
    }
  }
}
