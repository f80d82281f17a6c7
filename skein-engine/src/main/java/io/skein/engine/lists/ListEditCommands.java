package io.skein.engine.lists;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import java.util.Arrays;

/** Commands that search or edit the middle of a list: LINSERT, LREM, LTRIM, LPOS. */
final class ListEditCommands {

  private static final RedisException RANK_ZERO = RedisException.err("RANK can't be zero: use 1 "
      + "to start from the first match, 2 from the second ... or use negative to start from the "
      + "end of the list");
  private static final RedisException RANK_RANGE = RedisException.err(
      "value is out of range, value must between -9223372036854775807 and 9223372036854775807");

  private ListEditCommands() {}

  static void register(CommandTable table) {
    table.add(command("linsert", 5).flags(WRITE, DENYOOM).keys(1, 1, 1).group("list")
        .summary("Inserts an element before or after another element in a list.")
        .handler(ListEditCommands::linsert));
    table.add(command("lrem", 4).flags(WRITE).keys(1, 1, 1).group("list")
        .summary("Removes elements from a list. Deletes the list if the last element was "
            + "removed.").handler(ListEditCommands::lrem));
    table.add(command("ltrim", 4).flags(WRITE).keys(1, 1, 1).group("list")
        .summary("Removes elements from both ends a list. Deletes the list if all elements were "
            + "trimmed.").handler(ListEditCommands::ltrim));
    table.add(command("lpos", -3).flags(READONLY).keys(1, 1, 1).group("list")
        .summary("Returns the index of matching elements in a list.")
        .handler(ListEditCommands::lpos));
  }

  static void linsert(CommandContext ctx, byte[][] argv, ReplySink out) {
    boolean after;
    if (Args.is(argv[2], "AFTER")) {
      after = true;
    } else if (Args.is(argv[2], "BEFORE")) {
      after = false;
    } else {
      throw RedisException.SYNTAX;
    }
    Database db = ctx.db();
    RedisList list = Lists.get(db, argv[1]);
    if (list == null) {
      out.integer(0);
      return;
    }
    int pivot = list.indexOf(argv[3]);
    if (pivot < 0) {
      out.integer(-1);
      return;
    }
    list.insert(after ? pivot + 1 : pivot, argv[4]);
    db.modified(argv[1]);
    out.integer(list.size());
  }

  static void lrem(CommandContext ctx, byte[][] argv, ReplySink out) {
    long count = Args.parseLong(argv[2]);
    Database db = ctx.db();
    RedisList list = Lists.get(db, argv[1]);
    if (list == null) {
      out.integer(0);
      return;
    }
    // Long.MIN_VALUE has no positive twin; it means "all of them from the tail" anyway.
    long limit = count == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(count);
    int removed = list.removeMatching(argv[3], limit, count < 0);
    if (removed > 0) {
      db.modified(argv[1]);
    }
    out.integer(removed);
  }

  static void ltrim(CommandContext ctx, byte[][] argv, ReplySink out) {
    long start = Args.parseLong(argv[2]);
    long end = Args.parseLong(argv[3]);
    Database db = ctx.db();
    RedisList list = Lists.get(db, argv[1]);
    if (list == null) {
      out.ok();
      return;
    }
    int size = list.size();
    if (start < 0) {
      start = Math.max(0, size + start);
    }
    if (end < 0) {
      end = size + end;
    }
    if (start > end || start >= size) {
      list.retain(1, 0);
    } else {
      list.retain((int) start, (int) Math.min(end, size - 1));
    }
    db.modified(argv[1]);
    out.ok();
  }

  static void lpos(CommandContext ctx, byte[][] argv, ReplySink out) {
    long rank = 1;
    long count = -1;
    long maxlen = 0;
    for (int j = 3; j < argv.length; j++) {
      boolean more = j + 1 < argv.length;
      if (Args.is(argv[j], "RANK") && more) {
        rank = Args.parseLong(argv[++j]);
        if (rank == Long.MIN_VALUE) {
          throw RANK_RANGE;
        }
        if (rank == 0) {
          throw RANK_ZERO;
        }
      } else if (Args.is(argv[j], "COUNT") && more) {
        count = parseNonNegative(argv[++j], "COUNT can't be negative");
      } else if (Args.is(argv[j], "MAXLEN") && more) {
        maxlen = parseNonNegative(argv[++j], "MAXLEN can't be negative");
      } else {
        throw RedisException.SYNTAX;
      }
    }
    RedisList list = Lists.get(ctx.db(), argv[1]);
    if (list == null) {
      if (count == -1) {
        out.nullBulk();
      } else {
        out.arrayHeader(0);
      }
      return;
    }
    long[] found = find(list, argv[2], rank, count == -1 ? 1 : count, maxlen);
    if (count == -1) {
      if (found.length == 0) {
        out.nullBulk();
      } else {
        out.integer(found[0]);
      }
      return;
    }
    out.arrayHeader(found.length);
    for (long index : found) {
      out.integer(index);
    }
  }

  /**
   * Indexes (from the head) of matches of {@code element}, skipping the first |rank|-1
   * matches in the direction of rank's sign; at most {@code limit} (0: all), comparing at most
   * {@code maxlen} elements (0: all).
   */
  private static long[] find(RedisList list, byte[] element, long rank, long limit,
      long maxlen) {
    int size = list.size();
    boolean forward = rank > 0;
    long skip = Math.abs(rank) - 1;
    long compareLimit = maxlen == 0 ? size : Math.min(maxlen, size);
    long[] found = new long[8];
    int n = 0;
    for (int k = 0; k < compareLimit; k++) {
      int i = forward ? k : size - 1 - k;
      if (!Arrays.equals(list.get(i), element)) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = i;
      if (limit != 0 && n >= limit) {
        break;
      }
    }
    return Arrays.copyOf(found, n);
  }

  private static long parseNonNegative(byte[] arg, String error) {
    Long v = Args.tryParseLong(arg, 0, arg.length);
    if (v == null || v < 0) {
      throw RedisException.err(error);
    }
    return v;
  }
}
