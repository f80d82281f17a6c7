package io.skein.engine.lists;

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

/**
 * Pushes, pops and reads by index: LPUSH, RPUSH, LPUSHX, RPUSHX, LPOP, RPOP, LLEN, LINDEX,
 * LRANGE, LSET. Also registers the rest of the family.
 */
public final class ListCommands {

  private ListCommands() {}

  /** Registers every list command, blocking ones included. */
  public static void register(CommandTable table) {
    table.add(command("lpush", -3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("list")
        .summary("Prepends one or more elements to a list. Creates the key if it doesn't exist.")
        .handler((ctx, argv, out) -> push(ctx, argv, out, true, false)));
    table.add(command("rpush", -3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("list")
        .summary("Appends one or more elements to a list. Creates the key if it doesn't exist.")
        .handler((ctx, argv, out) -> push(ctx, argv, out, false, false)));
    table.add(command("lpushx", -3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("list")
        .summary("Prepends one or more elements to a list only when the list exists.")
        .handler((ctx, argv, out) -> push(ctx, argv, out, true, true)));
    table.add(command("rpushx", -3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("list")
        .summary("Appends an element to a list only when the list exists.")
        .handler((ctx, argv, out) -> push(ctx, argv, out, false, true)));
    table.add(command("lpop", -2).flags(WRITE, FAST).keys(1, 1, 1).group("list")
        .summary("Returns the first elements in a list after removing it. Deletes the list if "
            + "the last element was popped.")
        .handler((ctx, argv, out) -> pop(ctx, argv, out, true)));
    table.add(command("rpop", -2).flags(WRITE, FAST).keys(1, 1, 1).group("list")
        .summary("Returns and removes the last elements of a list. Deletes the list if the "
            + "last element was popped.")
        .handler((ctx, argv, out) -> pop(ctx, argv, out, false)));
    table.add(command("llen", 2).flags(READONLY, FAST).keys(1, 1, 1).group("list")
        .summary("Returns the length of a list.").handler(ListCommands::llen));
    table.add(command("lindex", 3).flags(READONLY).keys(1, 1, 1).group("list")
        .summary("Returns an element from a list by its index.").handler(ListCommands::lindex));
    table.add(command("lrange", 4).flags(READONLY).keys(1, 1, 1).group("list")
        .summary("Returns a range of elements from a list.").handler(ListCommands::lrange));
    table.add(command("lset", 4).flags(WRITE, DENYOOM).keys(1, 1, 1).group("list")
        .summary("Sets the value of an element in a list by its index.")
        .handler(ListCommands::lset));
    ListEditCommands.register(table);
    ListMoveCommands.register(table);
    BlockingListCommands.register(table);
  }

  /** LPUSH/RPUSH and their X forms; all elements go in as one change, as in Redis. */
  static void push(CommandContext ctx, byte[][] argv, ReplySink out, boolean left,
      boolean onlyIfExists) {
    Database db = ctx.db();
    byte[] key = argv[1];
    RedisList list = Lists.get(db, key);
    if (list == null) {
      if (onlyIfExists) {
        out.integer(0);
        return;
      }
      list = new RedisList();
      addAll(list, argv, left);
      db.putValue(key, list);
    } else {
      addAll(list, argv, left);
      db.modified(key);
    }
    out.integer(list.size());
  }

  // The argument arrays become the elements: the server hands each command fresh arrays.
  private static void addAll(RedisList list, byte[][] argv, boolean left) {
    for (int i = 2; i < argv.length; i++) {
      list.add(left, argv[i]);
    }
  }

  static void pop(CommandContext ctx, byte[][] argv, ReplySink out, boolean left) {
    if (argv.length > 3) {
      throw RedisException.wrongArity(Args.text(argv[0]).toLowerCase(java.util.Locale.ROOT));
    }
    boolean hasCount = argv.length == 3;
    long count = hasCount ? parseCount(argv[2]) : 1;
    Database db = ctx.db();
    RedisList list = Lists.get(db, argv[1]);
    if (list == null) {
      if (hasCount) {
        out.nullArray();
      } else {
        out.nullBulk();
      }
    } else if (!hasCount) {
      out.bulk(list.remove(left));
      db.modified(argv[1]);
    } else if (count == 0) {
      out.arrayHeader(0);
    } else {
      Lists.popInto(db, argv[1], list, left, count, out);
    }
  }

  /** LPOP's count: zero or more; anything else gets Redis's one message. */
  private static long parseCount(byte[] arg) {
    Long v = Args.tryParseLong(arg, 0, arg.length);
    if (v == null || v < 0) {
      throw RedisException.err("value is out of range, must be positive");
    }
    return v;
  }

  static void llen(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisList list = Lists.get(ctx.db(), argv[1]);
    out.integer(list == null ? 0 : list.size());
  }

  static void lindex(CommandContext ctx, byte[][] argv, ReplySink out) {
    long index = Args.parseLong(argv[2]);
    RedisList list = Lists.get(ctx.db(), argv[1]);
    int i = list == null ? -1 : Lists.resolveIndex(index, list.size());
    if (i < 0) {
      out.nullBulk();
    } else {
      out.bulk(list.get(i));
    }
  }

  static void lrange(CommandContext ctx, byte[][] argv, ReplySink out) {
    long start = Args.parseLong(argv[2]);
    long end = Args.parseLong(argv[3]);
    RedisList list = Lists.get(ctx.db(), argv[1]);
    if (list == null) {
      out.arrayHeader(0);
      return;
    }
    int size = list.size();
    if (start < 0) {
      start = Math.max(0, size + start);
    }
    if (end < 0) {
      end = size + end;
    }
    if (end >= size) {
      end = size - 1;
    }
    if (start > end || start >= size) {
      out.arrayHeader(0);
      return;
    }
    out.arrayHeader((int) (end - start + 1));
    for (int i = (int) start; i <= end; i++) {
      out.bulk(list.get(i));
    }
  }

  static void lset(CommandContext ctx, byte[][] argv, ReplySink out) {
    long index = Args.parseLong(argv[2]);
    Database db = ctx.db();
    RedisList list = Lists.get(db, argv[1]);
    if (list == null) {
      throw RedisException.NO_SUCH_KEY;
    }
    int i = Lists.resolveIndex(index, list.size());
    if (i < 0) {
      throw RedisException.INDEX_OUT_OF_RANGE;
    }
    list.set(i, argv[3]);
    db.modified(argv[1]);
    out.ok();
  }
}
