package io.skein.engine.command;

import java.math.BigInteger;

/**
 * The number syntax of C's {@code strtold} in the C locale, as Redis's {@code string2ld} applies
 * it to a whole argument: an optional sign, then decimal digits with an optional point and
 * {@code e} exponent, or {@code 0x} hex digits with an optional point and {@code p} binary
 * exponent, or {@code inf} / {@code infinity} in any case. {@code nan} parses but Redis refuses
 * it. The argument is copied into a C string first, so reading stops at a NUL byte.
 */
final class LongDoubleSyntax {

  /** Exponents past this cannot change the outcome (overflow or underflow) for 5 KB of digits. */
  private static final long EXPONENT_CLAMP = 1_000_000;

  private LongDoubleSyntax() {}

  /** The value of {@code arg}, or {@code null} when Redis would refuse it. */
  static LongDouble read(byte[] arg) {
    int end = 0;
    while (end < arg.length && arg[end] != 0) {
      end++;
    }
    if (end == 0) {
      return LongDouble.ZERO; // strtold converts nothing, and stops at the end: 0
    }
    if (isSpace(arg[0])) {
      return null;
    }
    int i = 0;
    int sign = 1;
    if (arg[i] == '+' || arg[i] == '-') {
      sign = arg[i] == '-' ? -1 : 1;
      i++;
    }
    if (word(arg, i, end, "infinity") || word(arg, i, end, "inf")) {
      return LongDouble.infinity(sign);
    }
    if (end - i > 2 && arg[i] == '0' && (arg[i + 1] | 0x20) == 'x') {
      LongDouble hex = hex(arg, i + 2, end, sign);
      if (hex != null) {
        return hex;
      }
    }
    return decimal(arg, i, end, sign);
  }

  private static LongDouble decimal(byte[] s, int i, int end, int sign) {
    StringBuilder digits = new StringBuilder();
    int fraction = 0;
    boolean point = false;
    for (; i < end; i++) {
      byte b = s[i];
      if (b >= '0' && b <= '9') {
        digits.append((char) b);
        fraction += point ? 1 : 0;
      } else if (b == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits.length() == 0) {
      return null;
    }
    long exponent = 0;
    if (i < end) {
      if ((s[i] | 0x20) != 'e') {
        return null;
      }
      exponent = exponent(s, i + 1, end);
      if (exponent == Long.MIN_VALUE) {
        return null;
      }
    }
    return LongDouble.round(sign, new BigInteger(digits.toString()), 0, exponent - fraction);
  }

  /** The hex form after "0x", or {@code null} when it is not one (no digit, bad tail). */
  private static LongDouble hex(byte[] s, int i, int end, int sign) {
    BigInteger mantissa = BigInteger.ZERO;
    int digits = 0;
    int fraction = 0;
    boolean point = false;
    for (; i < end; i++) {
      int d = Character.digit(s[i], 16);
      if (d >= 0) {
        mantissa = mantissa.shiftLeft(4).or(BigInteger.valueOf(d));
        digits++;
        fraction += point ? 1 : 0;
      } else if (s[i] == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return null;
    }
    long exponent = 0;
    if (i < end) {
      if ((s[i] | 0x20) != 'p') {
        return null;
      }
      exponent = exponent(s, i + 1, end);
      if (exponent == Long.MIN_VALUE) {
        return null;
      }
    }
    return LongDouble.round(sign, mantissa, exponent - 4L * fraction, 0);
  }

  /** A signed decimal exponent filling [i, end), clamped; {@code Long.MIN_VALUE} if malformed. */
  private static long exponent(byte[] s, int i, int end) {
    boolean negative = false;
    if (i < end && (s[i] == '+' || s[i] == '-')) {
      negative = s[i] == '-';
      i++;
    }
    if (i == end) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (; i < end; i++) {
      if (s[i] < '0' || s[i] > '9') {
        return Long.MIN_VALUE;
      }
      v = Math.min(v * 10 + (s[i] - '0'), EXPONENT_CLAMP);
    }
    return negative ? -v : v;
  }

  private static boolean word(byte[] s, int i, int end, String lower) {
    if (end - i != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if ((s[i + k] | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }
}
