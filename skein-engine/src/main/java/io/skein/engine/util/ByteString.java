package io.skein.engine.util;

import io.skein.engine.keyspace.Records;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable byte string with content equality, a cached hash and unsigned lexicographic
 * order (Redis's {@code memcmp} order, which BYLEX ranges use). Collections use it for fields,
 * members and elements; the bytes are never copied, so callers must not change them afterwards.
 */
public final class ByteString implements Comparable<ByteString> {

  public static final ByteString EMPTY = new ByteString(new byte[0]);

  private final byte[] bytes;
  private final int hash;

  private ByteString(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Records.hash(bytes);
  }

  /** Wraps {@code bytes} without copying. */
  public static ByteString wrap(byte[] bytes) {
    return new ByteString(bytes);
  }

  public static ByteString of(String s) {
    return new ByteString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes themselves, not a copy: do not change them. */
  public byte[] bytes() {
    return bytes;
  }

  public int length() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteString other && other.hash == hash
        && Arrays.equals(other.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(ByteString o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
