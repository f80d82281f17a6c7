package io.skein.engine.zsets;

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
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.keyspace.Records;
import io.skein.engine.util.ByteString;

/**
 * The sorted-set family's entry point, and its point commands: ZADD, ZINCRBY, ZCARD, ZSCORE,
 * ZMSCORE, ZRANK, ZREVRANK, ZREM, ZCOUNT, ZLEXCOUNT.
 */
public final class ZSetCommands {

  private ZSetCommands() {}

  /** Registers every sorted-set command. */
  public static void register(CommandTable table) {
    table.add(command("zadd", -4).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Adds one or more members to a sorted set, or updates their scores.")
        .handler(ZAdd::zadd));
    table.add(command("zincrby", 4).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1)
        .group("sorted-set").summary("Increments the score of a member in a sorted set.")
        .handler(ZAdd::zincrby));
    table.add(command("zcard", 2).flags(READONLY, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the number of members in a sorted set.").handler(ZSetCommands::zcard));
    table.add(command("zscore", 3).flags(READONLY, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the score of a member in a sorted set.").handler(ZSetCommands::zscore));
    table.add(command("zmscore", -3).flags(READONLY, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the score of one or more members in a sorted set.")
        .handler(ZSetCommands::zmscore));
    table.add(command("zrank", -3).flags(READONLY, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the index of a member in a sorted set ordered by ascending scores.")
        .handler((ctx, argv, out) -> rank(ctx, argv, out, false)));
    table.add(command("zrevrank", -3).flags(READONLY, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the index of a member in a sorted set ordered by descending scores.")
        .handler((ctx, argv, out) -> rank(ctx, argv, out, true)));
    table.add(command("zrem", -3).flags(WRITE, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Removes one or more members from a sorted set.").handler(ZSetCommands::zrem));
    table.add(command("zcount", 4).flags(READONLY, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the count of members in a sorted set that have scores within a range.")
        .handler((ctx, argv, out) -> count(ctx, out, argv[1], ZRange.Score.parse(argv[2],
            argv[3]))));
    table.add(command("zlexcount", 4).flags(READONLY, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the number of members in a sorted set within a lexicographical range.")
        .handler((ctx, argv, out) -> count(ctx, out, argv[1], ZRange.Lex.parse(argv[2],
            argv[3]))));
    ZRangeCommands.register(table);
    ZPopCommands.register(table);
    ZSetAlgebraCommands.register(table);
    ZRandScanCommands.register(table);
  }

  /** The sorted set at {@code key}, {@code null} when absent; WRONGTYPE for other types. */
  static RedisZSet get(CommandContext ctx, byte[] key) {
    return ctx.db().getValue(key, ValueType.ZSET);
  }

  /** A fresh, empty sorted set for {@code key}. */
  static RedisZSet create(byte[] key) {
    return new RedisZSet(Records.hash(key));
  }

  static void zcard(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisZSet z = get(ctx, argv[1]);
    out.integer(z == null ? 0 : z.size());
  }

  static void zscore(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisZSet z = get(ctx, argv[1]);
    ZNode n = z == null ? null : z.node(ByteString.wrap(argv[2]));
    if (n == null) {
      out.nullBulk();
    } else {
      out.doubleValue(n.score);
    }
  }

  static void zmscore(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisZSet z = get(ctx, argv[1]);
    out.arrayHeader(argv.length - 2);
    for (int i = 2; i < argv.length; i++) {
      ZNode n = z == null ? null : z.node(ByteString.wrap(argv[i]));
      if (n == null) {
        out.nullBulk();
      } else {
        out.doubleValue(n.score);
      }
    }
  }

  static void rank(CommandContext ctx, byte[][] argv, ReplySink out, boolean reverse) {
    if (argv.length > 4) {
      throw RedisException.wrongArity(Args.text(argv[0]).toLowerCase(java.util.Locale.ROOT));
    }
    boolean withScore = false;
    if (argv.length == 4) {
      if (!Args.is(argv[3], "WITHSCORE")) {
        throw RedisException.SYNTAX;
      }
      withScore = true;
    }
    RedisZSet z = get(ctx, argv[1]);
    ZNode n = z == null ? null : z.node(ByteString.wrap(argv[2]));
    if (n == null) {
      if (withScore) {
        out.nullArray();
      } else {
        out.nullBulk();
      }
      return;
    }
    int rank = z.rank(n);
    if (reverse) {
      rank = z.size() - 1 - rank;
    }
    if (withScore) {
      out.arrayHeader(2);
      out.integer(rank);
      out.doubleValue(n.score);
    } else {
      out.integer(rank);
    }
  }

  static void zrem(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisZSet z = get(ctx, argv[1]);
    long removed = 0;
    if (z != null) {
      for (int i = 2; i < argv.length; i++) {
        if (z.remove(ByteString.wrap(argv[i]))) {
          removed++;
        }
      }
      if (removed > 0) {
        ctx.db().modified(argv[1]);
      }
    }
    out.integer(removed);
  }

  static void count(CommandContext ctx, ReplySink out, byte[] key, ZRange range) {
    RedisZSet z = get(ctx, key);
    out.integer(z == null ? 0 : countIn(z, range));
  }

  static int countIn(RedisZSet z, ZRange range) {
    ZNode first = z.firstIn(range);
    if (first == null) {
      return 0;
    }
    return z.rank(z.lastIn(range)) - z.rank(first) + 1;
  }
}
