package io.skein.engine.strings;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;

/**
 * MGET, MSET and MSETNX. The executor holds the stripe locks of every key, so each command is
 * atomic with respect to other clients.
 */
final class MultiKeyCommands {

  private MultiKeyCommands() {}

  static void register(CommandTable table) {
    table.add(command("mget", -2).flags(READONLY, FAST).keys(1, -1, 1).group("string")
        .summary("Atomically returns the string values of one or more keys.")
        .handler(MultiKeyCommands::mget));
    table.add(command("mset", -3).flags(WRITE, DENYOOM).keys(1, -1, 2).group("string")
        .summary("Atomically creates or modifies the string values of one or more keys.")
        .handler(MultiKeyCommands::mset));
    table.add(command("msetnx", -3).flags(WRITE, DENYOOM).keys(1, -1, 2).group("string")
        .summary("Atomically modifies the string values of one or more keys only when all keys"
            + " don't exist.")
        .handler(MultiKeyCommands::msetnx));
  }

  /** MGET: keys that are missing or not strings answer nil. */
  static void mget(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    out.arrayHeader(argv.length - 1);
    for (int i = 1; i < argv.length; i++) {
      Object e = db.lookup(argv[i]);
      ctx.keyspace().stats().lookup(e != null);
      if (e instanceof byte[] rec) {
        out.bulk(rec, Records.valueOffset(rec), Records.valueLength(rec));
      } else {
        out.nullBulk();
      }
    }
  }

  static void mset(CommandContext ctx, byte[][] argv, ReplySink out) {
    checkPairs(argv);
    setAll(ctx.db(), argv);
    out.ok();
  }

  static void msetnx(CommandContext ctx, byte[][] argv, ReplySink out) {
    checkPairs(argv);
    Database db = ctx.db();
    for (int i = 1; i < argv.length; i += 2) {
      if (db.lookup(argv[i]) != null) {
        out.integer(0);
        return;
      }
    }
    setAll(db, argv);
    out.integer(1);
  }

  private static void checkPairs(byte[][] argv) {
    if (argv.length % 2 == 0) {
      throw RedisException.wrongArity(new String(argv[0]).toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** Sets each pair in order, so a repeated key ends with its last value; TTLs are cleared. */
  private static void setAll(Database db, byte[][] argv) {
    for (int i = 1; i < argv.length; i += 2) {
      db.setString(argv[i], argv[i + 1], 0, argv[i + 1].length, 0, false);
    }
  }
}
