package io.skein.membership.swim;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Bounds-checked reads over one gossip frame. Every read checks what remains first, so a
 * truncated or hostile frame ends in a {@link GossipCodecException}, never in an index error or
 * an allocation sized by the attacker.
 */
final class WireReader {

  private final byte[] bytes;
  private int pos;

  WireReader(byte[] bytes) {
    this.bytes = bytes;
  }

  int remaining() {
    return bytes.length - pos;
  }

  int u8(String what) {
    require(1, what);
    return bytes[pos++] & 0xFF;
  }

  int u16(String what) {
    require(2, what);
    int v = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  long i64(String what) {
    require(8, what);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (bytes[pos++] & 0xFF);
    }
    return v;
  }

  /** An unsigned LEB128 value that must fit a non-negative long. */
  long varlong(String what) {
    long v = 0;
    for (int shift = 0; shift < 63; shift += 7) {
      int b = u8(what);
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw fail(what + ": varint longer than 9 bytes at byte " + pos + " (expected: <= 2^63-1)");
  }

  /** A count of items that each take at least {@code minItemBytes}; checked against the frame. */
  int count(String what, int minItemBytes) {
    long n = varlong(what);
    if (n > remaining() / minItemBytes) {
      throw fail(what + ": " + n + " at byte " + pos + " (expected: <= "
          + remaining() / minItemBytes + " for the " + remaining() + " bytes that remain)");
    }
    return (int) n;
  }

  String string(String what, int maxBytes) {
    int len = u16(what + " length");
    if (len > maxBytes) {
      throw fail(what + " length: " + len + " (expected: <= " + maxBytes + ")");
    }
    require(len, what);
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, pos, len))
          .toString();
      pos += len;
      return s;
    } catch (CharacterCodingException e) {
      throw fail(what + ": invalid UTF-8 at byte " + pos + " (expected: UTF-8 text)");
    }
  }

  void expectEnd() {
    if (remaining() != 0) {
      throw fail("trailing bytes: " + remaining() + " after byte " + pos + " (expected: 0)");
    }
  }

  GossipCodecException fail(String message) {
    return new GossipCodecException("gossip message: " + message);
  }

  private void require(int n, String what) {
    if (bytes.length - pos < n) {
      throw fail("truncated reading " + what + " at byte " + pos + " (expected: " + n
          + " more bytes, " + remaining() + " remain)");
    }
  }
}
