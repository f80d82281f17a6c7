package io.skein.resp;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Decimal text of -1 to {@value #MAX}, precomputed once into one flat array: integer replies and
 * bulk, array and map lengths are almost always small, and copying a few bytes from a table is
 * cheaper than dividing by ten in a loop.
 */
final class RespIntegerCache {

  /** Covers the usual counters, list lengths and value sizes; about 50 KB of table. */
  static final int MAX = 10_000;
  private static final int MIN = -1;
  private static final byte[] DIGITS;
  /** OFFSETS[v - MIN] is where v's text starts in DIGITS; the next entry is where it ends. */
  private static final int[] OFFSETS;

  static {
    StringBuilder all = new StringBuilder();
    OFFSETS = new int[MAX - MIN + 2];
    for (int v = MIN; v <= MAX; v++) {
      OFFSETS[v - MIN] = all.length();
      all.append(v);
    }
    OFFSETS[MAX - MIN + 1] = all.length();
    DIGITS = all.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private RespIntegerCache() {}

  /** Writes {@code prefix}, {@code value} in decimal, and CRLF. */
  static void writeLine(ByteBuf out, char prefix, long value) {
    if (value >= MIN && value <= MAX) {
      int i = (int) value - MIN;
      int start = OFFSETS[i];
      int length = OFFSETS[i + 1] - start;
      out.ensureWritable(length + 3);
      out.writeByte(prefix);
      out.writeBytes(DIGITS, start, length);
    } else {
      out.writeByte(prefix);
      RespNumbers.writeDecimal(out, value);
    }
    out.writeShort(RespEncoder.CRLF);
  }
}
