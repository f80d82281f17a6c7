package io.skein.resp;

import io.netty.buffer.ByteBuf;

/**
 * Lines of -1 to {@value #MAX} ({@code <prefix><decimal>\r\n}), precomputed once: integer replies
 * and bulk, array and map lengths are almost always small. Each line's digits and CRLF are packed
 * big-endian into one {@code long}, so writing a line is one byte and one 8-byte store into the
 * buffer. Copying a few bytes from a table with {@code writeBytes} cost more than the reply's
 * value when the buffer is direct (the JDK's bulk put into a direct buffer has a high fixed cost).
 */
final class RespIntegerCache {

  /** Covers the usual counters, list lengths and value sizes; "10000" and CRLF fill 7 bytes. */
  static final int MAX = 10_000;
  private static final int MIN = -1;
  /** LINES[v - MIN]: v's digits then CRLF, from the high byte down, zero-padded. */
  private static final long[] LINES = new long[MAX - MIN + 1];
  /** LENGTHS[v - MIN]: how many bytes of LINES[v - MIN] are the line (digits and CRLF). */
  private static final byte[] LENGTHS = new byte[MAX - MIN + 1];

  static {
    for (int v = MIN; v <= MAX; v++) {
      String text = v + "\r\n";
      long packed = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        packed = (packed << 8) | (i < text.length() ? text.charAt(i) : 0);
      }
      LINES[v - MIN] = packed;
      LENGTHS[v - MIN] = (byte) text.length();
    }
  }

  private RespIntegerCache() {}

  /** Writes {@code prefix}, {@code value} in decimal, and CRLF. */
  static void writeLine(ByteBuf out, char prefix, long value) {
    if (value >= MIN && value <= MAX) {
      int i = (int) value - MIN;
      out.ensureWritable(1 + Long.BYTES);
      int at = out.writerIndex();
      out.setByte(at, prefix);
      out.setLong(at + 1, LINES[i]); // the bytes past the line are overwritten by what follows
      out.writerIndex(at + 1 + LENGTHS[i]);
    } else {
      out.writeByte(prefix);
      RespNumbers.writeDecimal(out, value);
      out.writeShort(RespEncoder.CRLF);
    }
  }
}
