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

/** GET and SET, the string commands on the hot path. */
public final class StringCommands {

  private StringCommands() {}

  public static void register(CommandTable table) {
    table.add(command("get", 2).flags(READONLY, FAST).keys(1, 1, 1).group("string")
        .summary("Returns the string value of a key.").handler(StringCommands::get));
    table.add(command("set", -3).flags(WRITE, DENYOOM).keys(1, 1, 1).group("string")
        .summary("Sets the string value of a key, ignoring its type.")
        .handler(StringCommands::set));
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
    SetOptions opt = SetOptions.parse(argv, 3, ctx.now(), "set");
    Database db = ctx.db();
    byte[] key = argv[1];
    byte[] old = null;
    boolean exists;
    if (opt.get()) {
      old = db.getString(key); // WRONGTYPE before any change, as Redis does
      exists = old != null;
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
      if (old == null) {
        out.nullBulk();
      } else {
        out.bulk(old, Records.valueOffset(old), Records.valueLength(old));
      }
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

  /** Redis's error for an expiry that is not positive or overflows. */
  static RedisException invalidExpire(String command) {
    return RedisException.err("invalid expire time in '" + command + "' command");
  }

  static long expireArg(byte[] arg) {
    return Args.parseLong(arg);
  }
}
