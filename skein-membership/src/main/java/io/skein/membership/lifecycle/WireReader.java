package io.skein.membership.lifecycle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link WireWriter} wrote, checking every length before it trusts it: a hostile
 * frame gets a {@link LifecycleCodecException} naming the field and the byte offset, never an
 * index error or an allocation sized by the attacker.
 */
final class WireReader {

  private final byte[] buf;
  private int pos;

  WireReader(byte[] buf) {
    this.buf = buf;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return buf.length - pos;
  }

  private void need(int n, String what) {
    if (remaining() < n) {
      throw fail("truncated reading " + what + " at byte " + pos,
          n + " more bytes, have " + remaining());
    }
  }

  int u8(String what) {
    need(1, what);
    return buf[pos++] & 0xff;
  }

  int u16(String what) {
    need(2, what);
    int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
    pos += 2;
    return v;
  }

  int i32(String what) {
    need(4, what);
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v = (v << 8) | (buf[pos++] & 0xff);
    }
    return v;
  }

  long i64(String what) {
    need(8, what);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (buf[pos++] & 0xff);
    }
    return v;
  }

  /** A count in {@code 0..max}. */
  int count(String what, int max) {
    int at = pos;
    int n = i32(what);
    if (n < 0 || n > max) {
      throw fail(what + " " + n + " at byte " + at, "0.." + max);
    }
    return n;
  }

  String str(String what) {
    int len = u16(what + " length");
    if (len > LifecycleCodec.MAX_STRING_BYTES) {
      throw fail(what + " length " + len + " at byte " + (pos - 2),
          "<= " + LifecycleCodec.MAX_STRING_BYTES);
    }
    need(len, what);
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buf, pos, len))
          .toString();
      pos += len;
      return s;
    } catch (CharacterCodingException e) {
      throw fail(what + " at byte " + pos + " is not UTF-8", "UTF-8 text");
    }
  }

  static LifecycleCodecException fail(String what, String expected) {
    return new LifecycleCodecException("membership pdu: " + what + " (expected: " + expected + ")");
  }
}
