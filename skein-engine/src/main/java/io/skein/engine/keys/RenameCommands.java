package io.skein.engine.keys;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;
import java.util.Arrays;

/**
 * Commands that put a key's value under another name or database: RENAME, RENAMENX, MOVE and
 * COPY. All keep the TTL. Stripe locks are shared by all databases, so the executor's lock on
 * the key's slot also covers the same key in another database.
 */
final class RenameCommands {

  private static final RedisException SAME_OBJECT =
      RedisException.err("source and destination objects are the same");

  private RenameCommands() {}

  static void register(CommandTable table) {
    table.add(command("rename", 3).flags(WRITE).keys(1, 2, 1).group("generic")
        .summary("Renames a key and overwrites the destination.")
        .handler((ctx, argv, out) -> rename(ctx, argv, out, false)));
    table.add(command("renamenx", 3).flags(WRITE, FAST).keys(1, 2, 1).group("generic")
        .summary("Renames a key only when the target key name doesn't exist.")
        .handler((ctx, argv, out) -> rename(ctx, argv, out, true)));
    table.add(command("move", 3).flags(WRITE, FAST).keys(1, 1, 1).group("generic")
        .summary("Moves a key to another database.").handler(RenameCommands::move));
    table.add(command("copy", -3).flags(WRITE, DENYOOM).keys(1, 2, 1).group("generic")
        .summary("Copies the value of a key to a new key.").handler(RenameCommands::copy));
  }

  static void rename(CommandContext ctx, byte[][] argv, ReplySink out, boolean nx) {
    Database db = ctx.db();
    byte[] src = argv[1];
    byte[] dst = argv[2];
    Object entry = db.lookup(src);
    if (entry == null) {
      throw RedisException.NO_SUCH_KEY;
    }
    if (Arrays.equals(src, dst)) {
      reply(out, nx, false);
      return;
    }
    if (nx && db.lookup(dst) != null) {
      out.integer(0);
      return;
    }
    db.putEntry(dst, entry, Records.expireAt(SlotTable.header(entry)));
    db.delete(src);
    reply(out, nx, true);
  }

  private static void reply(ReplySink out, boolean nx, boolean renamed) {
    if (nx) {
      out.integer(renamed ? 1 : 0);
    } else {
      out.ok();
    }
  }

  static void move(CommandContext ctx, byte[][] argv, ReplySink out) {
    int index = Args.parseInt(argv[2]);
    Database dst = database(ctx, index);
    Database src = ctx.db();
    if (src == dst) {
      throw SAME_OBJECT;
    }
    Object entry = src.lookup(argv[1]);
    if (entry == null || dst.lookup(argv[1]) != null) {
      out.integer(0);
      return;
    }
    dst.putEntry(argv[1], entry, Records.expireAt(SlotTable.header(entry)));
    src.delete(argv[1]);
    out.integer(1);
  }

  /** COPY source destination [DB index] [REPLACE]: a deep copy, TTL included. */
  static void copy(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database dst = ctx.db();
    boolean replace = false;
    for (int i = 3; i < argv.length; i++) {
      if (Args.is(argv[i], "REPLACE")) {
        replace = true;
      } else if (Args.is(argv[i], "DB") && i + 1 < argv.length) {
        dst = database(ctx, Args.parseLong(argv[++i]));
      } else {
        throw RedisException.SYNTAX;
      }
    }
    Database src = ctx.db();
    byte[] from = argv[1];
    byte[] to = argv[2];
    if (src == dst && Arrays.equals(from, to)) {
      throw SAME_OBJECT;
    }
    Object entry = src.lookup(from);
    if (entry == null || (!replace && dst.lookup(to) != null)) {
      out.integer(0);
      return;
    }
    long expireAt = Records.expireAt(SlotTable.header(entry));
    if (entry instanceof byte[]) {
      dst.putEntry(to, entry, expireAt); // putEntry copies a string's bytes into a new record
    } else {
      dst.putValue(to, ((CompositeEntry) entry).value().copy());
      if (expireAt != 0) {
        dst.expireAt(to, expireAt);
      }
    }
    out.integer(1);
  }

  private static Database database(CommandContext ctx, long index) {
    if (index < 0 || index >= ctx.keyspace().databaseCount()) {
      throw RedisException.DB_INDEX_OUT_OF_RANGE;
    }
    return ctx.keyspace().database((int) index);
  }
}
