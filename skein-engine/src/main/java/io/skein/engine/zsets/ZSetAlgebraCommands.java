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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * ZUNION, ZINTER, ZDIFF, their STORE forms, and ZINTERCARD. Inputs are named after a numkeys
 * argument; missing keys are empty sets.
 *
 * <p>Plain sets are valid inputs in Redis (every member scoring 1). This family reads sorted
 * sets only and answers WRONGTYPE for a set input, until the set type offers a way to iterate
 * its members that does not tie this package to its classes.
 */
final class ZSetAlgebraCommands {

  enum Op { UNION, INTER, DIFF }

  private ZSetAlgebraCommands() {}

  static void register(CommandTable table) {
    read(table, "zunion", Op.UNION, "Returns the union of multiple sorted sets.");
    read(table, "zinter", Op.INTER, "Returns the intersect of multiple sorted sets.");
    read(table, "zdiff", Op.DIFF, "Returns the difference between multiple sorted sets.");
    store(table, "zunionstore", Op.UNION,
        "Stores the union of multiple sorted sets in a key.");
    store(table, "zinterstore", Op.INTER,
        "Stores the intersect of multiple sorted sets in a key.");
    store(table, "zdiffstore", Op.DIFF,
        "Stores the difference of multiple sorted sets in a key.");
    table.add(command("zintercard", -3).flags(READONLY)
        .keyFinder(argv -> ZPopCommands.numkeysKeys(argv, 1)).group("sorted-set")
        .summary("Returns the number of members of the intersect of multiple sorted sets.")
        .handler(ZSetAlgebraCommands::zintercard));
  }

  private static void read(CommandTable table, String name, Op op, String summary) {
    table.add(command(name, -3).flags(READONLY)
        .keyFinder(argv -> ZPopCommands.numkeysKeys(argv, 1)).group("sorted-set")
        .summary(summary).handler((ctx, argv, out) -> combine(ctx, argv, out, op, false)));
  }

  private static void store(CommandTable table, String name, Op op, String summary) {
    table.add(command(name, -4).flags(WRITE, DENYOOM).keys(1, 1, 1)
        .keyFinder(argv -> withDestination(ZPopCommands.numkeysKeys(argv, 2)))
        .group("sorted-set").summary(summary)
        .handler((ctx, argv, out) -> combine(ctx, argv, out, op, true)));
  }

  private static int[] withDestination(int[] sources) {
    int[] keys = new int[sources.length + 1];
    keys[0] = 1;
    System.arraycopy(sources, 0, keys, 1, sources.length);
    return keys;
  }

  static void combine(CommandContext ctx, byte[][] argv, ReplySink out, Op op, boolean store) {
    int numkeysIndex = store ? 2 : 1;
    ZSetOpArgs a = ZSetOpArgs.parse(ctx, argv, numkeysIndex, op, store, false);
    RedisZSet result = compute(a, op, store ? argv[1] : argv[0]);
    List<ZNode> nodes = new ArrayList<>(result.size());
    for (ZNode n = result.first(); n != null; n = n.next()) {
      nodes.add(n);
    }
    if (!store) {
      ZReplies.members(out, nodes, a.withScores());
      return;
    }
    if (result.size() == 0) {
      ctx.db().delete(argv[1]);
    } else {
      ctx.db().putValue(argv[1], result);
    }
    out.integer(result.size());
  }

  static void zintercard(CommandContext ctx, byte[][] argv, ReplySink out) {
    ZSetOpArgs a = ZSetOpArgs.parse(ctx, argv, 1, Op.INTER, false, true);
    RedisZSet[] sources = bySize(a.sources());
    long count = 0;
    if (sources[0] != null) {
      for (ZNode n = sources[0].first(); n != null; n = n.next()) {
        if (inAllOthers(sources, n)) {
          count++;
          if (count == a.limit()) {
            break;
          }
        }
      }
    }
    out.integer(count);
  }

  private static RedisZSet compute(ZSetOpArgs a, Op op, byte[] seedKey) {
    RedisZSet result = ZSetCommands.create(seedKey);
    RedisZSet[] src = a.sources();
    double[] w = a.weights();
    switch (op) {
      case UNION -> {
        for (int i = 0; i < src.length; i++) {
          if (src[i] == null) {
            continue;
          }
          for (ZNode n = src[i].first(); n != null; n = n.next()) {
            double score = weighted(n.score, w[i]);
            ZNode have = result.node(n.member);
            if (have == null) {
              result.add(n.member, score);
            } else {
              result.updateScore(have, a.aggregate().apply(have.score, score));
            }
          }
        }
      }
      case INTER -> {
        Integer[] order = new Integer[src.length];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> src[i] == null ? 0 : src[i].size()));
        if (src[order[0]] == null) {
          return result;
        }
        for (ZNode n = src[order[0]].first(); n != null; n = n.next()) {
          double score = weighted(n.score, w[order[0]]);
          boolean everywhere = true;
          for (int k = 1; k < order.length && everywhere; k++) {
            ZNode other = src[order[k]] == null ? null : src[order[k]].node(n.member);
            if (other == null) {
              everywhere = false;
            } else {
              score = a.aggregate().apply(score, weighted(other.score, w[order[k]]));
            }
          }
          if (everywhere) {
            result.add(n.member, score);
          }
        }
      }
      case DIFF -> {
        if (src[0] == null) {
          return result;
        }
        for (ZNode n = src[0].first(); n != null; n = n.next()) {
          boolean elsewhere = false;
          for (int i = 1; i < src.length && !elsewhere; i++) {
            elsewhere = src[i] != null && src[i].node(n.member) != null;
          }
          if (!elsewhere) {
            result.add(n.member, n.score);
          }
        }
      }
      default -> throw new IllegalStateException();
    }
    return result;
  }

  /** Weight times score; Redis turns the NaN of 0 * inf into 0. */
  private static double weighted(double score, double weight) {
    double v = score * weight;
    return Double.isNaN(v) ? 0 : v;
  }

  private static RedisZSet[] bySize(RedisZSet[] sources) {
    RedisZSet[] sorted = sources.clone();
    Arrays.sort(sorted, Comparator.comparingInt(z -> z == null ? 0 : z.size()));
    return sorted;
  }

  private static boolean inAllOthers(RedisZSet[] sources, ZNode n) {
    for (int k = 1; k < sources.length; k++) {
      if (sources[k] == null || sources[k].node(n.member) == null) {
        return false;
      }
    }
    return true;
  }

  static RedisException needsKeys(byte[] command) {
    return RedisException.err("at least 1 input key is needed for '"
        + Args.text(command).toLowerCase(java.util.Locale.ROOT) + "' command");
  }
}
