package io.skein.engine.zsets;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import java.util.List;

/**
 * ZRANGE and its older forms (ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZRANGEBYLEX, ZREVRANGEBYLEX,
 * ZREVRANGE), ZRANGESTORE, and the ZREMRANGEBY* commands. All range reads share one parser with
 * Redis's option rules, so each old form is ZRANGE with some options fixed in advance.
 */
final class ZRangeCommands {

  private ZRangeCommands() {}

  static void register(CommandTable table) {
    add(table, "zrange", -4, "Returns members in a sorted set within a range of indexes.",
        1, false, ZRangeSpec.Kind.AUTO, false);
    add(table, "zrangebyscore", -4, "Returns members in a sorted set within a range of scores.",
        1, false, ZRangeSpec.Kind.SCORE, false);
    add(table, "zrevrangebyscore", -4,
        "Returns members in a sorted set within a range of scores in reverse order.",
        1, false, ZRangeSpec.Kind.SCORE, true);
    add(table, "zrangebylex", -4,
        "Returns members in a sorted set within a lexicographical range.",
        1, false, ZRangeSpec.Kind.LEX, false);
    add(table, "zrevrangebylex", -4,
        "Returns members in a sorted set within a lexicographical range in reverse order.",
        1, false, ZRangeSpec.Kind.LEX, true);
    add(table, "zrevrange", -4,
        "Returns members in a sorted set within a range of indexes in reverse order.",
        1, false, ZRangeSpec.Kind.RANK, true);
    table.add(command("zrangestore", -5).flags(WRITE, DENYOOM).keys(1, 2, 1).group("sorted-set")
        .summary("Stores a range of members from sorted set in a key.")
        .handler((ctx, argv, out) -> range(ctx, argv, out, 2, true, ZRangeSpec.Kind.AUTO,
            null)));
    table.add(command("zremrangebyrank", 4).flags(WRITE).keys(1, 1, 1).group("sorted-set")
        .summary("Removes members in a sorted set within a range of indexes.")
        .handler((ctx, argv, out) -> removeRange(ctx, argv, out, ZRangeSpec.Kind.RANK)));
    table.add(command("zremrangebyscore", 4).flags(WRITE).keys(1, 1, 1).group("sorted-set")
        .summary("Removes members in a sorted set within a range of scores.")
        .handler((ctx, argv, out) -> removeRange(ctx, argv, out, ZRangeSpec.Kind.SCORE)));
    table.add(command("zremrangebylex", 4).flags(WRITE).keys(1, 1, 1).group("sorted-set")
        .summary("Removes members in a sorted set within a lexicographical range.")
        .handler((ctx, argv, out) -> removeRange(ctx, argv, out, ZRangeSpec.Kind.LEX)));
  }

  private static void add(CommandTable table, String name, int arity, String summary,
      int keyIndex, boolean store, ZRangeSpec.Kind kind, boolean reverse) {
    Boolean direction = kind == ZRangeSpec.Kind.AUTO ? null : reverse;
    table.add(command(name, arity).flags(READONLY).keys(1, 1, 1).group("sorted-set")
        .summary(summary)
        .handler((ctx, argv, out) -> range(ctx, argv, out, keyIndex, store, kind, direction)));
  }

  /**
   * @param keyIndex where the source key is (ZRANGESTORE: 2); start and stop follow it
   * @param direction {@code null} when REV may be given, else whether the command is reversed
   */
  static void range(CommandContext ctx, byte[][] argv, ReplySink out, int keyIndex,
      boolean store, ZRangeSpec.Kind kind, Boolean direction) {
    ZRangeSpec spec = ZRangeSpec.parse(argv, keyIndex, store, kind, direction);
    RedisZSet z = ZSetCommands.get(ctx, argv[keyIndex]);
    List<ZNode> nodes = z == null ? List.of() : spec.select(z);
    if (!store) {
      ZReplies.members(out, nodes, spec.withScores());
      return;
    }
    byte[] dst = argv[1];
    if (nodes.isEmpty()) {
      ctx.db().delete(dst);
    } else {
      RedisZSet result = ZSetCommands.create(dst);
      for (ZNode n : nodes) {
        result.add(n.member, n.score);
      }
      ctx.db().putValue(dst, result);
    }
    out.integer(nodes.size());
  }

  static void removeRange(CommandContext ctx, byte[][] argv, ReplySink out,
      ZRangeSpec.Kind kind) {
    long start = 0;
    long stop = 0;
    ZRange range = null;
    if (kind == ZRangeSpec.Kind.RANK) {
      start = Args.parseLong(argv[2]);
      stop = Args.parseLong(argv[3]);
    } else if (kind == ZRangeSpec.Kind.SCORE) {
      range = ZRange.Score.parse(argv[2], argv[3]);
    } else {
      range = ZRange.Lex.parse(argv[2], argv[3]);
    }
    RedisZSet z = ZSetCommands.get(ctx, argv[1]);
    if (z == null) {
      out.integer(0);
      return;
    }
    List<ZNode> doomed = range == null
        ? ZRangeSpec.byRank(z, start, stop, false)
        : ZRangeSpec.byRange(z, range, false, 0, -1);
    for (ZNode n : doomed) {
      z.remove(n);
    }
    if (!doomed.isEmpty()) {
      ctx.db().modified(argv[1]);
    }
    out.integer(doomed.size());
  }

  static RedisException limitError() {
    return RedisException.err(
        "syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
  }
}
