package io.skein.engine.strings;

import static io.skein.engine.command.CommandFlag.DENYOOM;
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

/**
 * GET and SET, the string commands on the hot path, and SET's older forms (SETNX, SETEX,
 * PSETEX). Registers the whole string family.
 */
public final class StringCommands {

  private static final byte[] EX = Args.bytes("EX");
  private static final byte[] PX = Args.bytes("PX");

  private StringCommands() {}

  public static void register(CommandTable table) {
    table.add(command("get", 2).flags(READONLY, FAST).keys(1, 1, 1).group("string")
        .summary("Returns the string value of a key.").handler(StringCommands::get));
    table.add(command("set", -3).flags(WRITE, DENYOOM).keys(1, 1, 1).group("string")
        .summary("Sets the string value of a key, ignoring its type.")
        .handler(StringCommands::set));
    table.add(command("setnx", 3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("string")
        .summary("Set the string value of a key only when the key doesn't exist.")
        .handler(StringCommands::setnx));
    table.add(command("setex", 4).flags(WRITE, DENYOOM).keys(1, 1, 1).group("string")
        .summary("Sets the string value and expiration time of a key.")
        .handler((ctx, argv, out) -> setWithExpiry(ctx, argv, out, EX, "setex")));
    table.add(command("psetex", 4).flags(WRITE, DENYOOM).keys(1, 1, 1).group("string")
        .summary("Sets both string value and expiration time in milliseconds of a key.")
        .handler((ctx, argv, out) -> setWithExpiry(ctx, argv, out, PX, "psetex")));
    GetAndModifyCommands.register(table);
    MultiKeyCommands.register(table);
    CounterCommands.register(table);
    RangeCommands.register(table);
  }

  static void get(CommandContext ctx, byte[][] argv, ReplySink out) {
    byte[] rec = ctx.db().getString(argv[1]);
    if (rec == null) {
      ctx.keyspace().stats().keyspaceMisses.increment();
      out.nullBulk();
    } else {
      ctx.keyspace().stats().keyspaceHits.increment();
      out.bulk(rec, Records.valueOffset(rec), Records.valueLength(rec));
    }
  }

  static void set(CommandContext ctx, byte[][] argv, ReplySink out) {
    SetOptions opt = SetOptions.parse(argv, 3, ctx, "set");
    Database db = ctx.db();
    byte[] key = argv[1];
    byte[] old = null;
    boolean exists;
    if (opt.get()) {
      old = db.getString(key); // WRONGTYPE before any change, as Redis does
      exists = old != null;
      ctx.keyspace().stats().lookup(exists);
    } else {
      exists = (opt.nx() || opt.xx()) && db.lookup(key) != null;
    }
    if ((opt.nx() && exists) || (opt.xx() && !exists)) {
      replyNotSet(opt, old, out);
      return;
    }
    byte[] value = argv[2];
    db.setString(key, value, 0, value.length, opt.expireAt(), opt.keepTtl());
    if (opt.get()) {
      replyValue(old, out);
    } else {
      out.ok();
    }
  }

  private static void replyNotSet(SetOptions opt, byte[] old, ReplySink out) {
    if (opt.get() && old != null) {
      out.bulk(old, Records.valueOffset(old), Records.valueLength(old));
    } else {
      out.nullBulk();
    }
  }

  static void setnx(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    if (db.lookup(argv[1]) != null) {
      out.integer(0);
      return;
    }
    db.setString(argv[1], argv[2], 0, argv[2].length, 0, false);
    out.integer(1);
  }

  /** SETEX and PSETEX: the expiry is checked before anything changes. */
  private static void setWithExpiry(CommandContext ctx, byte[][] argv, ReplySink out,
      byte[] unit, String command) {
    long expireAt = SetOptions.absoluteExpiry(unit, Args.parseLong(argv[2]), ctx.now(), command);
    ctx.db().setString(argv[1], argv[3], 0, argv[3].length, expireAt, false);
    out.ok();
  }

  /** Replies the value of a string record, or the null bulk for {@code null}. */
  static void replyValue(byte[] rec, ReplySink out) {
    if (rec == null) {
      out.nullBulk();
    } else {
      out.bulk(rec, Records.valueOffset(rec), Records.valueLength(rec));
    }
  }

  /** The string record of {@code key} for a read, counting the keyspace hit or miss. */
  static byte[] readString(CommandContext ctx, byte[] key) {
    byte[] rec = ctx.db().getString(key);
    ctx.keyspace().stats().lookup(rec != null);
    return rec;
  }

  /** Redis's error for an expiry that is not positive or overflows. */
  static RedisException invalidExpire(String command) {
    return RedisException.err("invalid expire time in '" + command + "' command");
  }
}
