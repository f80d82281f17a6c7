package io.skein.resp;

import io.netty.buffer.ByteBuf;

/**
 * Decimal integers on the wire, read and written without creating Strings.
 *
 * <p>Reading follows Redis's {@code string2ll}: an optional minus sign, then no leading zeros
 * (except the single digit {@code 0}), no plus sign, no blanks, no overflow. {@code -0} and
 * {@code 007} are therefore not numbers, exactly as in redis-server.
 */
final class RespNumbers {

  /** Longest text of a long: {@code -9223372036854775808}. */
  private static final int MAX_LONG_TEXT = 20;

  private RespNumbers() {}

  /**
   * Parses {@code buf[from, to)}. Returns false if the bytes are not a number; on success the
   * value is in {@code result[0]} (an out-parameter, so that every long stays representable and
   * nothing is allocated).
   */
  static boolean parseLong(ByteBuf buf, int from, int to, long[] result) {
    int length = to - from;
    if (length <= 0 || length > MAX_LONG_TEXT) {
      return false;
    }
    int p = from;
    boolean negative = buf.getByte(p) == '-';
    if (negative) {
      p++;
      if (p == to) {
        return false;
      }
    }
    int first = buf.getByte(p) - '0';
    if (first == 0 && length == 1) {
      result[0] = 0;
      return true;
    }
    if (first < 1 || first > 9) {
      return false;
    }
    // Accumulate negatively so Long.MIN_VALUE fits.
    long value = -first;
    for (p++; p < to; p++) {
      int digit = buf.getByte(p) - '0';
      if (digit < 0 || digit > 9 || value < Long.MIN_VALUE / 10) {
        return false;
      }
      value *= 10;
      if (value < Long.MIN_VALUE + digit) {
        return false;
      }
      value -= digit;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        return false;
      }
      value = -value;
    }
    result[0] = value;
    return true;
  }

  /** Number of characters of {@code value} in decimal. */
  static int decimalLength(long value) {
    if (value < 0) {
      return value == Long.MIN_VALUE ? MAX_LONG_TEXT : 1 + decimalLength(-value);
    }
    int n = 1;
    long limit = 10;
    while (n < 19 && value >= limit) {
      n++;
      limit *= 10;
    }
    return n;
  }

  /** Writes {@code value} in decimal at the writer index, filling digits from the right. */
  static void writeDecimal(ByteBuf out, long value) {
    int length = decimalLength(value);
    out.ensureWritable(length);
    int start = out.writerIndex();
    int p = start + length;
    if (value == Long.MIN_VALUE) {
      out.setByte(--p, '8');
      value /= 10; // -922337203685477580, safe to negate
    }
    boolean negative = value < 0;
    long v = negative ? -value : value;
    do {
      out.setByte(--p, (int) ('0' + v % 10));
      v /= 10;
    } while (v != 0);
    if (negative) {
      out.setByte(--p, '-');
    }
    out.writerIndex(start + length);
  }
}
