package io.skein.engine.zsets;

import static io.skein.engine.command.CommandFlag.BLOCKING;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ZPOPMIN, ZPOPMAX, ZMPOP and their blocking forms BZPOPMIN, BZPOPMAX, BZMPOP. A blocking form
 * that finds every key empty asks the executor to block and writes nothing; it is run again
 * when a key changes, so that path changes nothing.
 */
final class ZPopCommands {

  private ZPopCommands() {}

  static void register(CommandTable table) {
    table.add(command("zpopmin", -2).flags(WRITE, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the lowest-scoring members from a sorted set after removing them.")
        .handler((ctx, argv, out) -> zpop(ctx, argv, out, false)));
    table.add(command("zpopmax", -2).flags(WRITE, FAST).keys(1, 1, 1).group("sorted-set")
        .summary("Returns the highest-scoring members from a sorted set after removing them.")
        .handler((ctx, argv, out) -> zpop(ctx, argv, out, true)));
    table.add(command("bzpopmin", -3).flags(WRITE, FAST, BLOCKING).keys(1, -2, 1)
        .group("sorted-set")
        .summary("Removes and returns the member with the lowest score from one or more sorted "
            + "sets. Blocks until a member is available otherwise.")
        .handler((ctx, argv, out) -> bzpop(ctx, argv, out, false)));
    table.add(command("bzpopmax", -3).flags(WRITE, FAST, BLOCKING).keys(1, -2, 1)
        .group("sorted-set")
        .summary("Removes and returns the member with the highest score from one or more sorted "
            + "sets. Blocks until a member is available otherwise.")
        .handler((ctx, argv, out) -> bzpop(ctx, argv, out, true)));
    table.add(command("zmpop", -4).flags(WRITE).keyFinder(argv -> numkeysKeys(argv, 1))
        .group("sorted-set")
        .summary("Returns the highest- or lowest-scoring members from one or more sorted sets "
            + "after removing them.")
        .handler((ctx, argv, out) -> zmpop(ctx, argv, out, 1)));
    table.add(command("bzmpop", -5).flags(WRITE, BLOCKING).keyFinder(argv -> numkeysKeys(argv, 2))
        .group("sorted-set")
        .summary("Removes and returns a member by score from one or more sorted sets. Blocks "
            + "until a member is available otherwise.")
        .handler((ctx, argv, out) -> zmpop(ctx, argv, out, 2)));
  }

  /** Key indexes after a numkeys argument at {@code numkeysIndex}; never throws. */
  static int[] numkeysKeys(byte[][] argv, int numkeysIndex) {
    if (numkeysIndex >= argv.length) {
      return new int[0];
    }
    Long n = Args.tryParseLong(argv[numkeysIndex], 0, argv[numkeysIndex].length);
    if (n == null || n < 1) {
      return new int[0];
    }
    int count = (int) Math.min(n, argv.length - numkeysIndex - 1);
    int[] keys = new int[count];
    for (int i = 0; i < count; i++) {
      keys[i] = numkeysIndex + 1 + i;
    }
    return keys;
  }

  /** Removes up to {@code count} nodes from one end; they keep their member and score. */
  static List<ZNode> pop(CommandContext ctx, byte[] key, RedisZSet z, long count, boolean max) {
    List<ZNode> popped = new ArrayList<>();
    while (popped.size() < count && z.size() > 0) {
      ZNode n = max ? z.last() : z.first();
      z.remove(n);
      popped.add(n);
    }
    ctx.db().modified(key);
    return popped;
  }

  static void zpop(CommandContext ctx, byte[][] argv, ReplySink out, boolean max) {
    if (argv.length > 3) {
      throw RedisException.SYNTAX;
    }
    long count = 1;
    boolean countGiven = argv.length == 3;
    if (countGiven) {
      count = positive(argv[2], 0, "value is out of range, must be positive");
    }
    RedisZSet z = ZSetCommands.get(ctx, argv[1]);
    if (z == null || count == 0) {
      out.arrayHeader(0);
      return;
    }
    List<ZNode> popped = pop(ctx, argv[1], z, count, max);
    // RESP3 nests [member, score] pairs only when COUNT was given, as Redis 7 does.
    boolean nested = countGiven && out.resp3();
    out.arrayHeader(nested ? popped.size() : popped.size() * 2);
    for (ZNode n : popped) {
      ZReplies.pair(out, n.member, n.score, nested);
    }
  }

  static void bzpop(CommandContext ctx, byte[][] argv, ReplySink out, boolean max) {
    long timeout = Args.parseTimeoutMillis(argv[argv.length - 1], ctx.now());
    for (int i = 1; i < argv.length - 1; i++) {
      RedisZSet z = ZSetCommands.get(ctx, argv[i]);
      if (z != null) {
        ZNode n = pop(ctx, argv[i], z, 1, max).get(0);
        out.arrayHeader(3);
        out.bulk(argv[i]);
        out.bulk(n.member.bytes());
        out.doubleValue(n.score);
        return;
      }
    }
    blockOrNull(ctx, out, Arrays.copyOfRange(argv, 1, argv.length - 1), timeout);
  }

  static void zmpop(CommandContext ctx, byte[][] argv, ReplySink out, int numkeysIndex) {
    long numkeys = positive(argv[numkeysIndex], 1, "numkeys should be greater than 0");
    long whereIndex = numkeysIndex + numkeys + 1;
    if (whereIndex >= argv.length) {
      throw RedisException.SYNTAX;
    }
    boolean max;
    if (Args.is(argv[(int) whereIndex], "MIN")) {
      max = false;
    } else if (Args.is(argv[(int) whereIndex], "MAX")) {
      max = true;
    } else {
      throw RedisException.SYNTAX;
    }
    long count = -1;
    for (int j = (int) whereIndex + 1; j < argv.length; j++) {
      if (count == -1 && Args.is(argv[j], "COUNT") && j + 1 < argv.length) {
        count = positive(argv[++j], 1, "count should be greater than 0");
      } else {
        throw RedisException.SYNTAX;
      }
    }
    count = Math.max(count, 1);
    boolean blocking = numkeysIndex == 2;
    long timeout = blocking ? Args.parseTimeoutMillis(argv[1], ctx.now()) : 0;
    byte[][] keys = Arrays.copyOfRange(argv, numkeysIndex + 1, (int) whereIndex);
    for (byte[] key : keys) {
      RedisZSet z = ZSetCommands.get(ctx, key);
      if (z != null) {
        List<ZNode> popped = pop(ctx, key, z, count, max);
        out.arrayHeader(2);
        out.bulk(key);
        out.arrayHeader(popped.size());
        for (ZNode n : popped) {
          ZReplies.pair(out, n.member, n.score, true);
        }
        return;
      }
    }
    if (blocking) {
      blockOrNull(ctx, out, keys, timeout);
    } else {
      out.nullArray();
    }
  }

  private static void blockOrNull(CommandContext ctx, ReplySink out, byte[][] keys,
      long timeout) {
    if (ctx.mayBlock()) {
      ctx.block(keys, timeout);
    } else {
      out.nullArray();
    }
  }

  /** A long in [min, Long.MAX_VALUE]; anything else answers {@code ERR <message>}. */
  static long positive(byte[] arg, long min, String message) {
    Long v = Args.tryParseLong(arg, 0, arg.length);
    if (v == null || v < min) {
      throw RedisException.err(message);
    }
    return v;
  }
}
