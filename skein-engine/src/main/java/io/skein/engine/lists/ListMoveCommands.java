package io.skein.engine.lists;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;

/** Commands that take from one list and give to another, or pop from the first of many. */
final class ListMoveCommands {

  private ListMoveCommands() {}

  static void register(CommandTable table) {
    table.add(command("lmove", 5).flags(WRITE, DENYOOM).keys(1, 2, 1).group("list")
        .summary("Returns an element after popping it from one list and pushing it to another. "
            + "Deletes the list if the last element was moved.")
        .handler(ListMoveCommands::lmove));
    table.add(command("rpoplpush", 3).flags(WRITE, DENYOOM).keys(1, 2, 1).group("list")
        .summary("Returns the last element of a list after removing and pushing it to another "
            + "list. Deletes the list if the last element was popped.")
        .handler((ctx, argv, out) -> move(ctx, argv[1], argv[2], false, true, out)));
    table.add(command("lmpop", -4).flags(WRITE).keyFinder(argv -> mpopKeys(argv, 1))
        .group("list")
        .summary("Returns multiple elements from a list after removing them. Deletes the list "
            + "if the last element was popped.")
        .handler(ListMoveCommands::lmpop));
  }

  static void lmove(CommandContext ctx, byte[][] argv, ReplySink out) {
    boolean fromLeft = Lists.parseSide(argv[3]);
    boolean toLeft = Lists.parseSide(argv[4]);
    move(ctx, argv[1], argv[2], fromLeft, toLeft, out);
  }

  static void move(CommandContext ctx, byte[] source, byte[] destination, boolean fromLeft,
      boolean toLeft, ReplySink out) {
    Database db = ctx.db();
    RedisList from = Lists.get(db, source);
    if (from == null) {
      out.nullBulk();
      return;
    }
    Lists.move(db, source, from, destination, fromLeft, toLeft, out);
  }

  static void lmpop(CommandContext ctx, byte[][] argv, ReplySink out) {
    MpopArgs args = MpopArgs.parse(argv, 1);
    Database db = ctx.db();
    for (int i = 0; i < args.numkeys(); i++) {
      byte[] key = argv[args.firstKey() + i];
      RedisList list = Lists.get(db, key);
      if (list != null) {
        replyPopped(db, key, list, args, out);
        return;
      }
    }
    out.nullArray();
  }

  /** Pops for LMPOP/BLMPOP and replies {@code [key, [elements]]}. */
  static void replyPopped(Database db, byte[] key, RedisList list, MpopArgs args,
      ReplySink out) {
    out.arrayHeader(2);
    out.bulk(key);
    Lists.popInto(db, key, list, args.left(), args.count(), out);
  }

  /**
   * The keys of LMPOP ({@code numkeysAt} 1) or BLMPOP (2). A bad numkeys yields no keys: the
   * handler then rejects the command before it touches the keyspace.
   */
  static int[] mpopKeys(byte[][] argv, int numkeysAt) {
    Long n = numkeysAt < argv.length
        ? Args.tryParseLong(argv[numkeysAt], 0, argv[numkeysAt].length) : null;
    if (n == null || n < 1 || n >= argv.length - numkeysAt - 1) {
      return new int[0];
    }
    int[] keys = new int[n.intValue()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = numkeysAt + 1 + i;
    }
    return keys;
  }

  /** The parsed arguments of LMPOP/BLMPOP after the timeout. */
  record MpopArgs(int firstKey, int numkeys, boolean left, long count) {

    /** Parses {@code numkeys key... LEFT|RIGHT [COUNT count]} starting at {@code numkeysAt}. */
    static MpopArgs parse(byte[][] argv, int numkeysAt) {
      long numkeys = Lists.parsePositive(argv[numkeysAt], "numkeys should be greater than 0");
      long whereAt = numkeysAt + numkeys + 1;
      if (whereAt >= argv.length) {
        throw RedisException.SYNTAX;
      }
      boolean left = Lists.parseSide(argv[(int) whereAt]);
      long count = -1;
      for (int j = (int) whereAt + 1; j < argv.length; j++) {
        if (count == -1 && Args.is(argv[j], "COUNT") && j + 1 < argv.length) {
          count = Lists.parsePositive(argv[++j], "count should be greater than 0");
        } else {
          throw RedisException.SYNTAX;
        }
      }
      return new MpopArgs(numkeysAt + 1, (int) numkeys, left, count == -1 ? 1 : count);
    }
  }
}
