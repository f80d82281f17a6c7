package io.skein.engine.lists;

import static io.skein.engine.command.CommandFlag.BLOCKING;
import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.lists.ListMoveCommands.MpopArgs;
import java.util.Arrays;

/**
 * BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP. With something to pop they behave as their
 * non-blocking forms. With nothing, they ask to block and return without a reply; the executor
 * runs them again when a key changes, so the "nothing yet" path must change nothing. Inside
 * MULTI they answer as if the timeout had expired.
 *
 * <p>Redis re-runs a blocked command only when the key that became ready holds a list; a key
 * that became another type keeps the client waiting. So a re-run that finds no list to pop
 * blocks again instead of answering WRONGTYPE, which a first run would answer.
 */
final class BlockingListCommands {

  private BlockingListCommands() {}

  static void register(CommandTable table) {
    table.add(command("blpop", -3).flags(WRITE, BLOCKING).keys(1, -2, 1).group("list")
        .summary("Removes and returns the first element in a list. Blocks until an element is "
            + "available otherwise. Deletes the list if the last element was popped.")
        .handler((ctx, argv, out) -> bpop(ctx, argv, out, true)));
    table.add(command("brpop", -3).flags(WRITE, BLOCKING).keys(1, -2, 1).group("list")
        .summary("Removes and returns the last element in a list. Blocks until an element is "
            + "available otherwise. Deletes the list if the last element was popped.")
        .handler((ctx, argv, out) -> bpop(ctx, argv, out, false)));
    table.add(command("blmove", 6).flags(WRITE, DENYOOM, BLOCKING).keys(1, 2, 1).group("list")
        .summary("Pops an element from a list, pushes it to another list and returns it. Blocks "
            + "until an element is available otherwise. Deletes the list if the last element "
            + "was moved.")
        .handler(BlockingListCommands::blmove));
    table.add(command("brpoplpush", 4).flags(WRITE, DENYOOM, BLOCKING).keys(1, 2, 1)
        .group("list")
        .summary("Pops an element from a list, pushes it to another list and returns it. Block "
            + "until an element is available otherwise. Deletes the list if the last element "
            + "was popped.")
        .handler((ctx, argv, out) -> bmove(ctx, argv, argv[3], false, true, out)));
    table.add(command("blmpop", -5).flags(WRITE, BLOCKING)
        .keyFinder(argv -> ListMoveCommands.mpopKeys(argv, 2)).group("list")
        .summary("Pops the first element from one of multiple lists. Blocks until an element is "
            + "available otherwise. Deletes the list if the last element was popped.")
        .handler(BlockingListCommands::blmpop));
  }

  static void bpop(CommandContext ctx, byte[][] argv, ReplySink out, boolean left) {
    long timeout = Args.parseTimeoutMillis(argv[argv.length - 1], ctx.now());
    byte[][] keys = Arrays.copyOfRange(argv, 1, argv.length - 1);
    Database db = ctx.db();
    int i = firstReady(ctx, keys);
    if (i >= 0) {
      RedisList list = Lists.get(db, keys[i]);
      out.arrayHeader(2);
      out.bulk(keys[i]);
      out.bulk(list.remove(left));
      db.modified(keys[i]);
    } else if (ctx.mayBlock()) {
      ctx.block(Lists.distinct(keys), timeout);
    } else {
      out.nullArray();
    }
  }

  static void blmove(CommandContext ctx, byte[][] argv, ReplySink out) {
    boolean fromLeft = Lists.parseSide(argv[3]);
    boolean toLeft = Lists.parseSide(argv[4]);
    bmove(ctx, argv, argv[5], fromLeft, toLeft, out);
  }

  /** BLMOVE and BRPOPLPUSH; only the source is waited on. */
  static void bmove(CommandContext ctx, byte[][] argv, byte[] timeoutArg, boolean fromLeft,
      boolean toLeft, ReplySink out) {
    long timeout = Args.parseTimeoutMillis(timeoutArg, ctx.now());
    byte[][] source = {argv[1]};
    if (firstReady(ctx, source) == 0) {
      Database db = ctx.db();
      Lists.move(db, argv[1], Lists.get(db, argv[1]), argv[2], fromLeft, toLeft, out);
    } else if (ctx.mayBlock()) {
      ctx.block(source, timeout);
    } else {
      out.nullBulk();
    }
  }

  static void blmpop(CommandContext ctx, byte[][] argv, ReplySink out) {
    long timeout = Args.parseTimeoutMillis(argv[1], ctx.now());
    MpopArgs args = MpopArgs.parse(argv, 2);
    byte[][] keys = Arrays.copyOfRange(argv, args.firstKey(), args.firstKey() + args.numkeys());
    int i = firstReady(ctx, keys);
    if (i >= 0) {
      Database db = ctx.db();
      ListMoveCommands.replyPopped(db, keys[i], Lists.get(db, keys[i]), args, out);
    } else if (ctx.mayBlock()) {
      ctx.block(Lists.distinct(keys), timeout);
    } else {
      out.nullArray();
    }
  }

  /**
   * The index of the first key holding a list, or -1. A key of another type before it is
   * WRONGTYPE, except on a re-run that finds no list at all (see the class comment).
   */
  private static int firstReady(CommandContext ctx, byte[][] keys) {
    Database db = ctx.db();
    if (ctx.retryingBlocked() && !anyList(db, keys)) {
      return -1;
    }
    for (int i = 0; i < keys.length; i++) {
      if (Lists.get(db, keys[i]) != null) {
        return i;
      }
    }
    return -1;
  }

  private static boolean anyList(Database db, byte[][] keys) {
    for (byte[] key : keys) {
      if (db.typeOf(key) == ValueType.LIST) {
        return true;
      }
    }
    return false;
  }
}
