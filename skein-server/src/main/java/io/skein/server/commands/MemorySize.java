package io.skein.server.commands;

import java.util.Locale;

/** Redis's memory sizes: a number with an optional unit, {@code 1k = 1000}, {@code 1kb = 1024}. */
public final class MemorySize {

  private MemorySize() {}

  /** Parses {@code 100mb}, {@code 1gb}, {@code 5000}; throws IllegalArgumentException otherwise. */
  public static long parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    long multiplier = 1;
    String[][] units = {{"kb", "1024"}, {"mb", "1048576"}, {"gb", "1073741824"},
        {"k", "1000"}, {"m", "1000000"}, {"g", "1000000000"}, {"b", "1"}};
    for (String[] u : units) {
      if (s.endsWith(u[0])) {
        multiplier = Long.parseLong(u[1]);
        s = s.substring(0, s.length() - u[0].length());
        break;
      }
    }
    try {
      long n = Long.parseLong(s);
      if (n < 0) {
        throw new IllegalArgumentException("memory size: '" + text + "' (expected: >= 0)");
      }
      return Math.multiplyExact(n, multiplier);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("memory size: '" + text
          + "' (expected: a number with an optional unit b, k, kb, m, mb, g, gb)");
    }
  }
}
