package io.skein.engine.util;

/**
 * Redis's glob matcher ({@code stringmatchlen} with {@code nocase} off), used by KEYS, SCAN's
 * MATCH, PSUBSCRIBE and the collection SCANs. The rules, byte for byte:
 * <ul>
 *   <li>{@code *} any run of bytes, {@code ?} any one byte, {@code \x} the byte x;</li>
 *   <li>{@code [abc]}, {@code [^abc]} (negated), {@code [a-z]} (ends may come in either order),
 *       {@code \]} inside brackets;</li>
 *   <li>a bracket left unclosed takes everything up to the end of the pattern as its set;</li>
 *   <li>bytes compare as signed values, as C's {@code char} does on the platforms Redis ships
 *       for, which matters only for ranges that span 0x7f/0x80.</li>
 * </ul>
 * Recursion is capped at 1000 nested stars, as Redis caps it against abusive patterns.
 */
public final class Glob {

  private static final int MAX_NESTING = 1000;

  private Glob() {}

  /** Whether {@code string} matches {@code pattern}. */
  public static boolean matches(byte[] pattern, byte[] string) {
    return match(pattern, 0, string, 0, new boolean[1], 0);
  }

  /**
   * @param giveUp set once the rest of the pattern after a star matched nowhere in the rest of
   *     the string: then no earlier star can help either, which keeps {@code a*a*a*...b}
   *     linear instead of exponential
   */
  private static boolean match(byte[] pat, int p, byte[] str, int s, boolean[] giveUp,
      int nesting) {
    if (nesting > MAX_NESTING) {
      return false;
    }
    int pEnd = pat.length;
    int sEnd = str.length;
    while (p < pEnd && s < sEnd) {
      switch (pat[p]) {
        case '*' -> {
          while (p + 1 < pEnd && pat[p + 1] == '*') {
            p++;
          }
          if (p + 1 == pEnd) {
            return true;
          }
          for (; s < sEnd; s++) {
            if (match(pat, p + 1, str, s, giveUp, nesting + 1)) {
              return true;
            }
            if (giveUp[0]) {
              return false;
            }
          }
          giveUp[0] = true;
          return false;
        }
        case '?' -> s++;
        case '[' -> {
          p = matchBracket(pat, p + 1, str[s]);
          if (p < 0) {
            return false;
          }
          s++;
        }
        case '\\' -> {
          if (p + 1 < pEnd) {
            p++;
          }
          if (pat[p] != str[s]) {
            return false;
          }
          s++;
        }
        default -> {
          if (pat[p] != str[s]) {
            return false;
          }
          s++;
        }
      }
      p++;
      if (s == sEnd) {
        while (p < pEnd && pat[p] == '*') {
          p++;
        }
        break;
      }
    }
    return p == pEnd && s == sEnd;
  }

  /**
   * Matches byte {@code c} against the bracket set starting at {@code p} (just after the
   * {@code [}). Returns the index of the closing {@code ]} (or of the last pattern byte when the
   * bracket is unclosed), or -1 when {@code c} is not accepted.
   */
  private static int matchBracket(byte[] pat, int p, byte c) {
    int pEnd = pat.length;
    boolean negate = p < pEnd && pat[p] == '^';
    if (negate) {
      p++;
    }
    boolean hit = false;
    while (true) {
      if (p >= pEnd) {
        // Unclosed: Redis steps back onto the last byte so the caller's advance ends the pattern.
        p = pEnd - 1;
        break;
      }
      byte b = pat[p];
      if (b == '\\' && pEnd - p >= 2) {
        p++;
        hit |= pat[p] == c;
      } else if (b == ']') {
        break;
      } else if (pEnd - p >= 3 && pat[p + 1] == '-') {
        int lo = pat[p];
        int hi = pat[p + 2];
        if (lo > hi) {
          int t = lo;
          lo = hi;
          hi = t;
        }
        hit |= c >= lo && c <= hi;
        p += 2;
      } else {
        hit |= b == c;
      }
      p++;
    }
    return hit != negate ? p : -1;
  }
}
