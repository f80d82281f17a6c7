package io.skein.engine.exec;

import io.skein.engine.util.ByteString;

/** A key of a numbered database, as WATCH and blocked clients track it. */
record DbKey(int db, ByteString key) {

  static DbKey of(int db, byte[] key) {
    return new DbKey(db, ByteString.wrap(key));
  }
}
