package io.skein.membership.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer for {@link LifecycleCodec}. */
final class WireWriter {

  private byte[] buf = new byte[256];
  private int size;

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  void u8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
  }

  void u16(int v) {
    if (v < 0 || v > 0xffff) {
      throw new IllegalArgumentException("u16: " + v + " (expected: 0..65535)");
    }
    ensure(2);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
  }

  void i32(int v) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buf[size++] = (byte) (v >>> shift);
    }
  }

  void i64(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buf[size++] = (byte) (v >>> shift);
    }
  }

  void str(String s, String what) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > LifecycleCodec.MAX_STRING_BYTES) {
      throw new IllegalArgumentException(what + ": " + bytes.length + " bytes (expected: <= "
          + LifecycleCodec.MAX_STRING_BYTES + ")");
    }
    u16(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }
}
