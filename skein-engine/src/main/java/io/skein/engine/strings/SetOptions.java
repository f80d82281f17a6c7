package io.skein.engine.strings;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.RedisException;

/**
 * The options of SET (and GETEX's expiry subset): NX, XX, GET, EX, PX, EXAT, PXAT, KEEPTTL,
 * parsed and checked before anything changes.
 *
 * @param expireAt absolute Unix milliseconds, or 0 for none
 */
record SetOptions(boolean nx, boolean xx, boolean get, boolean keepTtl, long expireAt) {

  /** No option given: the common SET, which needs neither a parse nor the time. */
  static final SetOptions NONE = new SetOptions(false, false, false, false, 0);

  /** Parses {@code argv[from..]}; reads the time from {@code ctx} only for a relative expiry. */
  static SetOptions parse(byte[][] argv, int from, CommandContext ctx, String command) {
    if (from == argv.length) {
      return NONE;
    }
    boolean nx = false;
    boolean xx = false;
    boolean get = false;
    boolean keepTtl = false;
    boolean expirySeen = false;
    long expireAt = 0;
    for (int i = from; i < argv.length; i++) {
      byte[] a = argv[i];
      boolean hasNext = i + 1 < argv.length;
      if (Args.is(a, "NX") && !xx) {
        nx = true;
      } else if (Args.is(a, "XX") && !nx) {
        xx = true;
      } else if (Args.is(a, "GET")) {
        get = true;
      } else if (Args.is(a, "KEEPTTL") && !expirySeen) {
        keepTtl = true;
        expirySeen = true;
      } else if (hasNext && !expirySeen && !keepTtl && isExpiryWord(a)) {
        expireAt = absoluteExpiry(a, Args.parseLong(argv[++i]), ctx.now(), command);
        expirySeen = true;
      } else {
        throw RedisException.SYNTAX;
      }
    }
    return new SetOptions(nx, xx, get, keepTtl, expireAt);
  }

  private static boolean isExpiryWord(byte[] a) {
    return Args.is(a, "EX") || Args.is(a, "PX") || Args.is(a, "EXAT") || Args.is(a, "PXAT");
  }

  /** Converts EX/PX/EXAT/PXAT and its argument to absolute milliseconds, as Redis checks them. */
  static long absoluteExpiry(byte[] unit, long value, long now, String command) {
    if (value <= 0) {
      throw StringCommands.invalidExpire(command);
    }
    boolean seconds = Args.is(unit, "EX") || Args.is(unit, "EXAT");
    boolean relative = Args.is(unit, "EX") || Args.is(unit, "PX");
    long millis;
    if (seconds) {
      if (value > Long.MAX_VALUE / 1000) {
        throw StringCommands.invalidExpire(command);
      }
      millis = value * 1000;
    } else {
      millis = value;
    }
    if (relative) {
      if (millis > Long.MAX_VALUE - now) {
        throw StringCommands.invalidExpire(command);
      }
      millis += now;
    }
    return millis;
  }
}
