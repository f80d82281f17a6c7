package io.skein.core;

import java.math.BigDecimal;

/**
 * Formats doubles as Redis replies them: the shortest text that reads back as the same double,
 * integral values without a fraction ({@code 3}, not {@code 3.0}), {@code inf} and {@code -inf}
 * for infinities, and an exponent only for very large or very small magnitudes.
 */
public final class DoubleFormat {

  private DoubleFormat() {}

  /** The Redis text of {@code value}; {@code nan} for NaN, which Redis never stores. */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e17) {
      return Long.toString((long) value);
    }
    String shortest = Double.toString(value);
    int exponentAt = shortest.indexOf('E');
    if (exponentAt < 0) {
      return shortest;
    }
    int exponent = Integer.parseInt(shortest.substring(exponentAt + 1));
    if (exponent >= -5 && exponent < 17) {
      return new BigDecimal(shortest).toPlainString();
    }
    String mantissa = shortest.substring(0, exponentAt);
    if (mantissa.endsWith(".0")) {
      mantissa = mantissa.substring(0, mantissa.length() - 2);
    }
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
  }

  /**
   * Parses a double as Redis accepts it: optional sign, digits, fraction, exponent, and
   * {@code inf}, {@code +inf}, {@code -inf} in any case. Returns {@code null} for anything else,
   * including NaN, hexadecimal and trailing spaces.
   */
  public static Double parse(String text) {
    if (text.isEmpty() || text.length() > 5000) {
      return null;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    switch (lower) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Double.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
      if (!ok) {
        return null;
      }
    }
    try {
      double d = Double.parseDouble(text);
      return Double.isNaN(d) ? null : d;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
