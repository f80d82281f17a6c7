package io.skein.engine.util;

/**
 * Redis's glob matching (its {@code stringmatchlen}, case-sensitive), for KEYS, SCAN MATCH, the
 * collection SCANs, PSUBSCRIBE and CONFIG GET: {@code *} any run, {@code ?} one byte,
 * {@code [abc]}, {@code [^a]}, {@code [a-z]} (ends may be given in either order), and
 * {@code \x} for a literal {@code x}. An unclosed {@code [} ends the class at the end of the
 * pattern, as in Redis.
 *
 * <p>Redis's corners are kept on purpose: bytes compare as signed values, as C's {@code char}
 * does on the platforms Redis runs on (so {@code [\x01-\xff]} is the range -1..1); the empty
 * string matches only the empty pattern (not even {@code *}: callers that want "MATCH *" to
 * pass everything test {@link #matchesAll} first, as Redis's SCAN does); and a pattern nesting
 * more than 1000 stars answers "no match". Backtracking stops as soon as a star has failed
 * against every suffix, so matching is never exponential.
 */
public final class Glob {

  /** Redis stops recursing this deep (one level per {@code *}) and answers "no match". */
  private static final int MAX_NESTING = 1000;

  private Glob() {}

  /** Whether all of {@code s} matches {@code pattern}. */
  public static boolean matches(byte[] pattern, byte[] s) {
    return matches(pattern, s, 0, s.length);
  }

  /**
   * Whether {@code s[offset, offset + length)} matches {@code pattern}: a key inside a record,
   * say, without copying it out.
   */
  public static boolean matches(byte[] pattern, byte[] s, int offset, int length) {
    return new Matcher(pattern, s).match(0, offset, offset + length, 0);
  }

  /** Whether {@code pattern} matches everything, so callers can skip matching. */
  public static boolean matchesAll(byte[] pattern) {
    return pattern.length == 1 && pattern[0] == '*';
  }

  private static final class Matcher {
    private final byte[] p;
    private final byte[] s;
    /**
     * Set once a {@code *} failed against every suffix: a longer prefix for an outer {@code *}
     * cannot help either, so the search stops instead of going exponential.
     */
    private boolean skipLonger;

    Matcher(byte[] p, byte[] s) {
      this.p = p;
      this.s = s;
    }

    boolean match(int pi, int si, int send, int nesting) {
      if (nesting > MAX_NESTING) {
        return false;
      }
      int pend = p.length;
      while (pi < pend && si < send) {
        switch (p[pi]) {
          case '*':
            while (pi + 1 < pend && p[pi + 1] == '*') {
              pi++;
            }
            if (pi + 1 == pend) {
              return true;
            }
            for (; si < send; si++) {
              if (match(pi + 1, si, send, nesting + 1)) {
                return true;
              }
              if (skipLonger) {
                return false;
              }
            }
            skipLonger = true;
            return false;
          case '?':
            si++;
            break;
          case '[':
            int end = classEnd(pi + 1, s[si]);
            if (end < 0) {
              return false;
            }
            pi = end;
            si++;
            break;
          case '\\':
            if (pi + 1 < pend) {
              pi++;
            }
            if (p[pi] != s[si]) {
              return false;
            }
            si++;
            break;
          default:
            if (p[pi] != s[si]) {
              return false;
            }
            si++;
            break;
        }
        pi++;
        if (si == send) {
          while (pi < pend && p[pi] == '*') {
            pi++;
          }
          break;
        }
      }
      return pi == pend && si == send;
    }

    /**
     * Matches {@code c} against the class starting at {@code pi} (just after the {@code [});
     * returns the index of the class's closing bracket (or the last pattern byte when unclosed),
     * or -1 when {@code c} is not matched.
     */
    private int classEnd(int pi, byte c) {
      int pend = p.length;
      boolean not = pi < pend && p[pi] == '^';
      if (not) {
        pi++;
      }
      boolean match = false;
      while (true) {
        if (pi >= pend) {
          pi--; // unclosed: the class runs to the end of the pattern
          break;
        }
        if (p[pi] == '\\' && pend - pi >= 2) {
          pi++;
          match |= p[pi] == c;
        } else if (p[pi] == ']') {
          break;
        } else if (pend - pi >= 3 && p[pi + 1] == '-') {
          int lo = Math.min(p[pi], p[pi + 2]);
          int hi = Math.max(p[pi], p[pi + 2]);
          match |= c >= lo && c <= hi;
          pi += 2;
        } else {
          match |= p[pi] == c;
        }
        pi++;
      }
      return match != not ? pi : -1;
    }
  }
}
