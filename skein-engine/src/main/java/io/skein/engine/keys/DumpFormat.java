package io.skein.engine.keys;

import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.StoredValue;
import io.skein.engine.keyspace.ValueReaders;
import io.skein.engine.keyspace.ValueType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;

/**
 * Skein's DUMP payload, laid out like Redis's (value, format version, checksum) but with its own
 * contents, so it is exchanged only between Skein nodes:
 *
 * <pre>
 *   size  field
 *      1  type code      0 string, 1 list, 2 set, 3 zset, 4 hash (fixed; not enum ordinals)
 *      n  value          strings: the raw bytes; collections: StoredValue.writeTo
 *      2  version        {@value #VERSION}, big-endian
 *      8  checksum       CRC32C of everything before it, zero-extended to 64 bits, big-endian
 * </pre>
 *
 * CRC32C (the Castagnoli polynomial, hardware-accelerated by the JDK) stands in for Redis's
 * CRC64: it catches the same accidents (truncation, corruption, a payload from another store),
 * and the field keeps Redis's width so the layout can move to a 64-bit checksum in a later
 * version.
 */
final class DumpFormat {

  /** The payload format this node writes; it reads this version and older. */
  static final int VERSION = 1;
  private static final int TRAILER = 2 + 8;
  private static final ValueType[] BY_CODE = {
      ValueType.STRING, ValueType.LIST, ValueType.SET, ValueType.ZSET, ValueType.HASH};

  /** Why a payload could not be read: Redis's two distinct errors. */
  enum Failure { VERSION_OR_CHECKSUM, BAD_DATA }

  /** A decoded payload: exactly one of {@code string} and {@code value} is set. */
  record Decoded(byte[] string, StoredValue value, Failure failure) {}

  private DumpFormat() {}

  static byte[] dump(Object entry) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (entry instanceof byte[] rec) {
        out.writeByte(code(ValueType.STRING));
        out.write(rec, Records.valueOffset(rec), Records.valueLength(rec));
      } else {
        StoredValue value = ((CompositeEntry) entry).value();
        out.writeByte(code(value.type()));
        value.writeTo(out);
      }
      out.writeShort(VERSION);
      out.flush();
      out.writeLong(checksum(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  static Decoded read(byte[] payload, ValueReaders readers) {
    if (payload.length < 1 + TRAILER) {
      return failed(Failure.VERSION_OR_CHECKSUM);
    }
    int end = payload.length - TRAILER;
    int version = ((payload[end] & 0xff) << 8) | (payload[end + 1] & 0xff);
    long stored = 0;
    for (int i = end + 2; i < payload.length; i++) {
      stored = (stored << 8) | (payload[i] & 0xff);
    }
    if (version > VERSION || stored != checksum(payload, end + 2)) {
      return failed(Failure.VERSION_OR_CHECKSUM);
    }
    int code = payload[0] & 0xff;
    if (code >= BY_CODE.length) {
      return failed(Failure.BAD_DATA);
    }
    ValueType type = BY_CODE[code];
    if (type == ValueType.STRING) {
      return new Decoded(java.util.Arrays.copyOfRange(payload, 1, end), null, null);
    }
    ValueReaders.Reader reader = readers.of(type);
    if (reader == null) {
      return failed(Failure.BAD_DATA);
    }
    ByteArrayInputStream in = new ByteArrayInputStream(payload, 1, end - 1);
    try {
      StoredValue value = reader.read(new DataInputStream(in));
      if (value == null || value.type() != type || value.size() == 0 || in.available() != 0) {
        return failed(Failure.BAD_DATA);
      }
      return new Decoded(null, value, null);
    } catch (IOException | RuntimeException e) {
      return failed(Failure.BAD_DATA); // malformed input must not escape as a server error
    }
  }

  private static Decoded failed(Failure failure) {
    return new Decoded(null, null, failure);
  }

  private static int code(ValueType type) {
    for (int i = 0; i < BY_CODE.length; i++) {
      if (BY_CODE[i] == type) {
        return i;
      }
    }
    throw new IllegalArgumentException("no dump code for " + type);
  }

  private static long checksum(byte[] data, int length) {
    CRC32C crc = new CRC32C();
    crc.update(data, 0, length);
    return crc.getValue();
  }
}
