package io.skein.membership.swim;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array with the writes {@link WireReader} reads back. */
final class WireWriter {

  private byte[] bytes = new byte[128];
  private int size;

  void u8(int v) {
    ensure(1);
    bytes[size++] = (byte) v;
  }

  void u16(int v) {
    ensure(2);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  void i64(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (v >>> shift);
    }
  }

  void varlong(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("varint: " + v + " (expected: >= 0)");
    }
    while ((v & ~0x7FL) != 0) {
      u8((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    u8((int) v);
  }

  void string(String s, String what, int maxBytes) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > maxBytes) {
      throw new IllegalArgumentException(
          what + " length: " + utf8.length + " bytes (expected: <= " + maxBytes + ")");
    }
    u16(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int n) {
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
  }
}
