package io.skein.engine.command;

import io.skein.core.DoubleFormat;
import java.nio.charset.StandardCharsets;

/** Parsing of command arguments with Redis's rules and error replies. */
public final class Args {

  private Args() {}

  /** Whether {@code arg} equals the ASCII word {@code upper} (given in upper case), in any case. */
  public static boolean is(byte[] arg, String upper) {
    if (arg.length != upper.length()) {
      return false;
    }
    for (int i = 0; i < arg.length; i++) {
      int b = arg[i];
      if (b >= 'a' && b <= 'z') {
        b -= 32;
      }
      if (b != upper.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public static String text(byte[] arg) {
    return new String(arg, StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A signed 64-bit integer in Redis's strict form (no spaces, no '+', no leading zeros);
   * anything else throws {@link RedisException#NOT_INTEGER}.
   */
  public static long parseLong(byte[] arg) {
    long v = parseLongOr(arg, Long.MIN_VALUE, true);
    if (v == Long.MIN_VALUE && !isMinLong(arg)) {
      throw RedisException.NOT_INTEGER;
    }
    return v;
  }

  /** Like {@link #parseLong} but returns {@code null} instead of throwing. */
  public static Long tryParseLong(byte[] arg, int offset, int length) {
    byte[] copy = offset == 0 && length == arg.length ? arg
        : java.util.Arrays.copyOfRange(arg, offset, offset + length);
    long v = parseLongOr(copy, Long.MIN_VALUE, false);
    if (v == Long.MIN_VALUE && !isMinLong(copy)) {
      return null;
    }
    return v;
  }

  private static boolean isMinLong(byte[] arg) {
    return is(arg, "-9223372036854775808");
  }

  private static long parseLongOr(byte[] s, long invalid, boolean unused) {
    int n = s.length;
    if (n == 0 || n > 20) {
      return invalid;
    }
    int i = 0;
    boolean negative = false;
    if (s[0] == '-') {
      negative = true;
      i = 1;
      if (n == 1) {
        return invalid;
      }
    }
    if (s[i] == '0' && n > i + 1) {
      return invalid;
    }
    if (s[i] == '0' && negative) {
      return invalid;
    }
    long v = 0;
    for (; i < n; i++) {
      int d = s[i] - '0';
      if (d < 0 || d > 9) {
        return invalid;
      }
      if (v < (Long.MIN_VALUE + d) / 10) {
        return invalid;
      }
      v = v * 10 - d;
    }
    if (!negative) {
      if (v == Long.MIN_VALUE) {
        return invalid;
      }
      v = -v;
    }
    return v;
  }

  /**
   * A 32-bit integer as Redis's {@code getIntFromObjectOrReply} reads it: not an integer is
   * {@link RedisException#NOT_INTEGER}; an integer outside the int range is {@code ERR value is
   * out of range, value must between -2147483648 and 2147483647} (sic: Redis's wording).
   */
  public static int parseInt(byte[] arg) {
    long v = parseLong(arg);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw INT_OUT_OF_RANGE;
    }
    return (int) v;
  }

  private static final RedisException INT_OUT_OF_RANGE = RedisException.err(
      "value is out of range, value must between -2147483648 and 2147483647");

  /** A double as Redis accepts it, else {@link RedisException#NOT_FLOAT}. */
  public static double parseDouble(byte[] arg) {
    if (arg.length > 0 && arg.length <= MAX_EXACT_INTEGER_DIGITS + 1) {
      long digits = integerDigits(arg);
      if (digits != NOT_AN_INTEGER) {
        // Below 2^53 every integer is exactly a double, as strtod would read it; "-0" is -0.0.
        return arg[0] == '-' ? -(double) digits : (double) digits;
      }
    }
    Double d = DoubleFormat.parse(text(arg));
    if (d == null) {
      throw RedisException.NOT_FLOAT;
    }
    return d;
  }

  /** Digits that always fit below 2^53: integers this long parse without the general parser. */
  private static final int MAX_EXACT_INTEGER_DIGITS = 15;
  private static final long NOT_AN_INTEGER = -1;

  /**
   * The magnitude of {@code arg} when it is an optional '-' and 1 to 15 decimal digits (the
   * common score, such as a benchmark's), else {@link #NOT_AN_INTEGER}.
   */
  private static long integerDigits(byte[] arg) {
    int i = arg[0] == '-' ? 1 : 0;
    if (i == arg.length || arg.length - i > MAX_EXACT_INTEGER_DIGITS) {
      return NOT_AN_INTEGER;
    }
    long v = 0;
    for (; i < arg.length; i++) {
      int d = arg[i] - '0';
      if (d < 0 || d > 9) {
        return NOT_AN_INTEGER;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /**
   * A blocking command's timeout in seconds (fractional allowed), as milliseconds from
   * {@code nowMillis}; 0 blocks for ever. Redis 7's rules: the text is read as an x87
   * {@code long double} (see {@link LongDouble}), multiplied by 1000 and rounded up, so
   * 0.0001 is 1 ms and a product in (-1, 0] ("-0", "-0.0001", even "-0.001", whose product is
   * a hair above -1) is 0; a product above {@code LLONG_MAX} ("inf", "1e400") or a deadline
   * past it is out of range; a product of -1 or less ("-0.002", "-inf") is negative; NaN,
   * "1e5000" and other text is not a float.
   */
  public static long parseTimeoutMillis(byte[] arg, long nowMillis) {
    LongDouble seconds = LongDouble.parse(arg);
    if (seconds == null) {
      throw RedisException.TIMEOUT_NOT_FLOAT;
    }
    LongDouble millis = seconds.times(1000);
    if (millis.greaterThan(Long.MAX_VALUE)) {
      throw RedisException.TIMEOUT_OUT_OF_RANGE;
    }
    long timeout = millis.ceilToLong();
    if (timeout < 0) {
      throw RedisException.TIMEOUT_NEGATIVE;
    }
    if (timeout > 0 && timeout > Long.MAX_VALUE - nowMillis) {
      throw RedisException.TIMEOUT_OUT_OF_RANGE; // the deadline would overflow
    }
    return timeout;
  }
}
