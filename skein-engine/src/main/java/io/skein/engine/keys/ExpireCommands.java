package io.skein.engine.keys;

import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;

/**
 * Expiry commands: EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT with Redis 7's NX/XX/GT/LT, TTL, PTTL,
 * EXPIRETIME, PEXPIRETIME and PERSIST. Expiry is kept as absolute Unix milliseconds.
 */
final class ExpireCommands {

  private static final RedisException NX_WITH_OTHERS = RedisException.err(
      "NX and XX, GT or LT options at the same time are not compatible");
  private static final RedisException GT_WITH_LT =
      RedisException.err("GT and LT options at the same time are not compatible");

  private ExpireCommands() {}

  static void register(CommandTable table) {
    addExpire(table, "expire", 1000, false, "Sets the expiration time of a key in seconds.");
    addExpire(table, "pexpire", 1, false, "Sets the expiration time of a key in milliseconds.");
    addExpire(table, "expireat", 1000, true,
        "Sets the expiration time of a key to a Unix timestamp.");
    addExpire(table, "pexpireat", 1, true,
        "Sets the expiration time of a key to a Unix milliseconds timestamp.");
    addTtl(table, "ttl", false, false, "Returns the expiration time in seconds of a key.");
    addTtl(table, "pttl", true, false, "Returns the expiration time in milliseconds of a key.");
    addTtl(table, "expiretime", false, true,
        "Returns the expiration time of a key as a Unix timestamp.");
    addTtl(table, "pexpiretime", true, true,
        "Returns the expiration time of a key as a Unix milliseconds timestamp.");
    table.add(command("persist", 2).flags(WRITE, FAST).keys(1, 1, 1).group("generic")
        .summary("Removes the expiration time of a key.").handler(ExpireCommands::persist));
  }

  private static void addExpire(CommandTable table, String name, long unitMillis,
      boolean absolute, String summary) {
    table.add(command(name, -3).flags(WRITE, FAST).keys(1, 1, 1).group("generic")
        .summary(summary)
        .handler((ctx, argv, out) -> expire(ctx, argv, out, name, unitMillis, absolute)));
  }

  private static void addTtl(CommandTable table, String name, boolean millis, boolean absolute,
      String summary) {
    table.add(command(name, 2).flags(READONLY, FAST).keys(1, 1, 1).group("generic")
        .summary(summary).handler((ctx, argv, out) -> ttl(ctx, argv, out, millis, absolute)));
  }

  /** The condition flags of the EXPIRE family. */
  private record Condition(boolean nx, boolean xx, boolean gt, boolean lt) {

    static Condition parse(byte[][] argv) {
      boolean nx = false;
      boolean xx = false;
      boolean gt = false;
      boolean lt = false;
      for (int i = 3; i < argv.length; i++) {
        byte[] a = argv[i];
        if (Args.is(a, "NX")) {
          nx = true;
        } else if (Args.is(a, "XX")) {
          xx = true;
        } else if (Args.is(a, "GT")) {
          gt = true;
        } else if (Args.is(a, "LT")) {
          lt = true;
        } else {
          throw RedisException.err("Unsupported option " + Args.text(a));
        }
      }
      if (nx && (xx || gt || lt)) {
        throw NX_WITH_OTHERS;
      }
      if (gt && lt) {
        throw GT_WITH_LT;
      }
      return new Condition(nx, xx, gt, lt);
    }

    /** Whether a key whose expiry is {@code current} (0: none) may get {@code when}. */
    boolean allows(long current, long when) {
      if (nx && current != 0 || xx && current == 0) {
        return false;
      }
      if (gt && (current == 0 || when <= current)) {
        return false; // no expiry counts as infinite, which nothing exceeds
      }
      return !(lt && current != 0 && when >= current);
    }
  }

  static void expire(CommandContext ctx, byte[][] argv, ReplySink out, String name,
      long unitMillis, boolean absolute) {
    Condition condition = Condition.parse(argv);
    long when = Args.parseLong(argv[2]);
    if (unitMillis != 1) {
      if (when > Long.MAX_VALUE / unitMillis || when < Long.MIN_VALUE / unitMillis) {
        throw invalidExpire(name);
      }
      when *= unitMillis;
    }
    long now = ctx.now();
    if (!absolute) {
      if (when > Long.MAX_VALUE - now) {
        throw invalidExpire(name);
      }
      when += now;
    }
    Database db = ctx.db();
    long current = db.expireAt(argv[1]);
    if (current == -2 || !condition.allows(current, when)) {
      out.integer(0);
      return;
    }
    if (when <= now) {
      db.delete(argv[1]); // a time already past deletes the key, as Redis does
    } else {
      db.expireAt(argv[1], when);
    }
    out.integer(1);
  }

  static void ttl(CommandContext ctx, byte[][] argv, ReplySink out, boolean millis,
      boolean absolute) {
    Object e = ctx.db().peek(argv[1]); // TTL does not count as an access for the LRU clock
    long expireAt = e == null ? -2 : Records.expireAt(SlotTable.header(e));
    ctx.keyspace().stats().lookup(e != null);
    if (expireAt == -2 || expireAt == 0) {
      out.integer(expireAt == 0 ? -1 : -2);
      return;
    }
    long value = Math.max(0, absolute ? expireAt : expireAt - ctx.now());
    out.integer(millis ? value : (value + 500) / 1000);
  }

  static void persist(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    if (db.expireAt(argv[1]) > 0) {
      db.expireAt(argv[1], 0);
      out.integer(1);
    } else {
      out.integer(0);
    }
  }

  static RedisException invalidExpire(String command) {
    return RedisException.err("invalid expire time in '" + command + "' command");
  }
}
