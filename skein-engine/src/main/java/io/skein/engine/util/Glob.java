package io.skein.engine.util;

/**
 * Redis's glob matching (its {@code stringmatchlen}, case-sensitive), for KEYS, SCAN MATCH and
 * the collection SCANs: {@code *} any run, {@code ?} one byte, {@code [abc]}, {@code [^a]},
 * {@code [a-z]} (ends may be given in either order), and {@code \x} for a literal {@code x}.
 * An unclosed {@code [} ends the class at the end of the pattern, as in Redis.
 *
 * <p>Every token but {@code *} matches exactly one byte, so one backtrack point (the last star)
 * suffices and matching is O(pattern x subject) at worst, never exponential.
 */
public final class Glob {

  private Glob() {}

  public static boolean matches(byte[] pattern, byte[] s) {
    int p = 0;
    int i = 0;
    int starP = -1;
    int starI = 0;
    while (i < s.length) {
      if (p < pattern.length && pattern[p] == '*') {
        while (p < pattern.length && pattern[p] == '*') {
          p++;
        }
        if (p == pattern.length) {
          return true;
        }
        starP = p;
        starI = i;
        continue;
      }
      if (p < pattern.length) {
        int next = matchOne(pattern, p, s[i] & 0xff);
        if (next >= 0) {
          p = next;
          i++;
          continue;
        }
      }
      if (starP < 0) {
        return false;
      }
      p = starP;
      i = ++starI;
    }
    while (p < pattern.length && pattern[p] == '*') {
      p++;
    }
    return p == pattern.length;
  }

  /** If the token at {@code p} matches byte {@code c}, the index after it; else -1. */
  private static int matchOne(byte[] pattern, int p, int c) {
    int b = pattern[p] & 0xff;
    if (b == '?') {
      return p + 1;
    }
    if (b == '\\' && p + 1 < pattern.length) {
      return (pattern[p + 1] & 0xff) == c ? p + 2 : -1;
    }
    if (b != '[') {
      return b == c ? p + 1 : -1;
    }
    p++;
    boolean not = p < pattern.length && pattern[p] == '^';
    if (not) {
      p++;
    }
    boolean match = false;
    while (p < pattern.length) {
      int x = pattern[p] & 0xff;
      if (x == '\\' && p + 1 < pattern.length) {
        match |= (pattern[p + 1] & 0xff) == c;
        p += 2;
      } else if (x == ']') {
        p++;
        return match != not ? p : -1;
      } else if (p + 2 < pattern.length && pattern[p + 1] == '-') {
        int lo = x;
        int hi = pattern[p + 2] & 0xff;
        if (lo > hi) {
          int t = lo;
          lo = hi;
          hi = t;
        }
        match |= c >= lo && c <= hi;
        p += 3;
      } else {
        match |= x == c;
        p++;
      }
    }
    return match != not ? p : -1;
  }
}
