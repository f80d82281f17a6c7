package io.skein.server.commands;

import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * DEBUG DIGEST-VALUE: a SHA-1 over a key's type and value, forty hex digits, or forty zeros for
 * a missing key, as Redis answers. Two replicas holding the same value give the same digest.
 */
final class ValueDigest {

  private ValueDigest() {}

  static String hex(Database db, byte[] key) {
    Object e = db.peek(key);
    if (e == null) {
      return "0".repeat(40);
    }
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      if (e instanceof byte[] rec) {
        sha1.update((byte) 0);
        sha1.update(rec, Records.valueOffset(rec), Records.valueLength(rec));
      } else {
        CompositeEntry c = (CompositeEntry) e;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.value().writeTo(new DataOutputStream(bytes));
        sha1.update((byte) (c.value().type().ordinal() + 1));
        sha1.update(bytes.toByteArray());
      }
      return HexFormat.of().formatHex(sha1.digest());
    } catch (NoSuchAlgorithmException | IOException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
