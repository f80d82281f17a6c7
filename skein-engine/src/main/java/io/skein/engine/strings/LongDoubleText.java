package io.skein.engine.strings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The number text of INCRBYFLOAT, approximating Redis's 80-bit {@code long double} arithmetic
 * with decimals.
 *
 * <p>Design note. Redis parses both operands with {@code strtold}, adds them as x87 extended
 * precision (64-bit mantissa, about 19.3 significant decimal digits), and prints the sum with
 * {@code "%.17Lf"} before trimming trailing zeros (and "-0" to "0"). Adding the operands
 * exactly as decimals, rounding to 19 significant digits and then to 17 fraction digits gives
 * the same text for the inputs people use ("10.5" plus "0.1" is "10.6", "1e20" plus "0.1" is
 * "100000000000000000000"), without the binary noise a {@code double} would show. Magnitudes
 * beyond the {@code long double} range count as overflow.
 */
final class LongDoubleText {

  /** Redis's MAX_LONG_DOUBLE_CHARS: longer input is not a number. */
  private static final int MAX_CHARS = 5 * 1024;
  /** LDBL_MAX of an x87 long double; larger magnitudes overflow to infinity. */
  private static final BigDecimal MAX_VALUE = new BigDecimal("1.18973149535723176502e4932");
  private static final MathContext LONG_DOUBLE_DIGITS = new MathContext(19, RoundingMode.HALF_EVEN);

  private LongDoubleText() {}

  /**
   * The value of {@code text} as {@code strtold} reads it, or {@code null} when it is not a
   * finite number (callers tell infinities apart with {@link #isInfinity}).
   */
  static BigDecimal parse(String text) {
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return null;
    }
    char first = text.charAt(0);
    if (first != '-' && first != '+' && first != '.' && (first < '0' || first > '9')) {
      return null; // rejects leading spaces, "nan" and the infinities
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-'
          || c == '+';
      if (!ok) {
        return null;
      }
    }
    try {
      BigDecimal d = new BigDecimal(text);
      return outOfRange(d) ? null : d;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Whether {@code text} is one of the spellings of infinity that {@code strtold} accepts. */
  static boolean isInfinity(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("+") || t.startsWith("-")) {
      t = t.substring(1);
    }
    return t.equals("inf") || t.equals("infinity");
  }

  /** The text Redis stores for {@code value}, or {@code null} when it overflows. */
  static String format(BigDecimal value) {
    if (outOfRange(value)) {
      return null;
    }
    BigDecimal rounded = value.round(LONG_DOUBLE_DIGITS).setScale(17, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.stripTrailingZeros().toPlainString();
  }

  private static boolean outOfRange(BigDecimal d) {
    return d.precision() - d.scale() > 4933 || d.abs().compareTo(MAX_VALUE) > 0;
  }
}
