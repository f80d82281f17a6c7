package io.skein.engine.strings;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;

/** GETSET, GETDEL and GETEX: read a string and change the key in the same step. */
final class GetAndModifyCommands {

  private GetAndModifyCommands() {}

  static void register(CommandTable table) {
    table.add(command("getset", 3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("string")
        .summary("Returns the previous string value of a key after setting it to a new value.")
        .handler(GetAndModifyCommands::getset));
    table.add(command("getdel", 2).flags(WRITE, FAST).keys(1, 1, 1).group("string")
        .summary("Returns the string value of a key after deleting the key.")
        .handler(GetAndModifyCommands::getdel));
    table.add(command("getex", -2).flags(WRITE, FAST).keys(1, 1, 1).group("string")
        .summary("Returns the string value of a key after setting its expiration time.")
        .handler(GetAndModifyCommands::getex));
  }

  /** GETSET: like {@code SET key value GET}, so the key loses its TTL. */
  static void getset(CommandContext ctx, byte[][] argv, ReplySink out) {
    byte[] old = StringCommands.readString(ctx, argv[1]);
    ctx.db().setString(argv[1], argv[2], 0, argv[2].length, 0, false);
    StringCommands.replyValue(old, out);
  }

  static void getdel(CommandContext ctx, byte[][] argv, ReplySink out) {
    byte[] old = StringCommands.readString(ctx, argv[1]);
    if (old != null) {
      ctx.db().delete(argv[1]);
    }
    StringCommands.replyValue(old, out);
  }

  /**
   * GETEX key [EX s | PX ms | EXAT s | PXAT ms | PERSIST]. As in Redis, the options' syntax is
   * checked first, then the key is looked up (a missing key answers nil even with a bad expiry),
   * then the expiry value.
   */
  static void getex(CommandContext ctx, byte[][] argv, ReplySink out) {
    byte[] unit = null;
    byte[] amount = null;
    boolean persist = false;
    for (int i = 2; i < argv.length; i++) {
      byte[] a = argv[i];
      boolean hasNext = i + 1 < argv.length;
      boolean optionSeen = unit != null || persist;
      if (!optionSeen && hasNext && (Args.is(a, "EX") || Args.is(a, "PX")
          || Args.is(a, "EXAT") || Args.is(a, "PXAT"))) {
        unit = a;
        amount = argv[++i];
      } else if (!optionSeen && Args.is(a, "PERSIST")) {
        persist = true;
      } else {
        throw RedisException.SYNTAX;
      }
    }
    Database db = ctx.db();
    byte[] rec = StringCommands.readString(ctx, argv[1]);
    if (rec == null) {
      out.nullBulk();
      return;
    }
    long expireAt = 0;
    if (unit != null) {
      expireAt = SetOptions.absoluteExpiry(unit, Args.parseLong(amount), ctx.now(), "getex");
    }
    StringCommands.replyValue(rec, out);
    if (unit != null) {
      if (expireAt <= ctx.now()) {
        db.delete(argv[1]); // an EXAT/PXAT in the past deletes the key, as Redis does
      } else {
        db.expireAt(argv[1], expireAt);
      }
    } else if (persist && db.expireAt(argv[1]) > 0) {
      db.expireAt(argv[1], 0);
    }
  }
}
