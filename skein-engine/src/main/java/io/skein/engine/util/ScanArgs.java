package io.skein.engine.util;

import io.skein.engine.command.Args;
import io.skein.engine.command.RedisException;

/**
 * The cursor and options of the collection SCANs (HSCAN, SSCAN, ZSCAN): {@code MATCH pattern},
 * {@code COUNT n} and, for HSCAN, {@code NOVALUES} (Redis 7.4).
 *
 * @param pattern the MATCH glob, or {@code null} when absent or {@code *} (Redis skips matching
 *     then, which also lets the empty string through; see {@link Glob})
 * @param count how many elements a call should try to return; 10 by default, as Redis
 * @param noValues HSCAN's NOVALUES: fields only
 */
public record ScanArgs(byte[] pattern, long count, boolean noValues) {

  /** Redis's default COUNT: enough to make progress, small enough to keep a call short. */
  public static final long DEFAULT_COUNT = 10;

  /** A cursor as Redis reads it: an unsigned 64-bit decimal, else {@code ERR invalid cursor}. */
  public static long parseCursor(byte[] arg) {
    if (arg.length == 0 || arg.length > 20) {
      throw RedisException.err("invalid cursor");
    }
    for (byte b : arg) {
      if (b < '0' || b > '9') {
        throw RedisException.err("invalid cursor");
      }
    }
    try {
      return Long.parseUnsignedLong(Args.text(arg));
    } catch (NumberFormatException e) {
      throw RedisException.err("invalid cursor");
    }
  }

  /** Parses the options from {@code argv[from]} on. */
  public static ScanArgs parse(byte[][] argv, int from, boolean allowNoValues) {
    byte[] pattern = null;
    long count = DEFAULT_COUNT;
    boolean noValues = false;
    for (int i = from; i < argv.length; i++) {
      boolean hasArg = i + 1 < argv.length;
      if (Args.is(argv[i], "COUNT") && hasArg) {
        count = Args.parseLong(argv[++i]);
        if (count < 1) {
          throw RedisException.SYNTAX;
        }
      } else if (Args.is(argv[i], "MATCH") && hasArg) {
        pattern = argv[++i];
        if (pattern.length == 1 && pattern[0] == '*') {
          pattern = null;
        }
      } else if (allowNoValues && Args.is(argv[i], "NOVALUES")) {
        noValues = true;
      } else {
        throw RedisException.SYNTAX;
      }
    }
    return new ScanArgs(pattern, count, noValues);
  }

  /** Whether {@code element} passes MATCH. */
  public boolean accepts(byte[] element) {
    return pattern == null || Glob.matches(pattern, element);
  }

  /** The cursor as SCAN replies it: an unsigned decimal bulk string. */
  public static String cursorText(long cursor) {
    return Long.toUnsignedString(cursor);
  }
}
