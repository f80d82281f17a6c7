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
import io.skein.engine.util.ByteString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * ZUNION, ZINTER, ZDIFF, their STORE forms, and ZINTERCARD. Inputs are named after a numkeys
 * argument; missing keys are empty sets, and plain sets count as sorted sets whose members all
 * score 1, as in Redis (see {@link ZSource}); any other type is WRONGTYPE.
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
    Integer[] order = bySize(a.sources());
    ZSource[] src = a.sources();
    ZSource smallest = src[order[0]];
    long[] count = {0};
    if (smallest != null) {
      // Past LIMIT the remaining members are skipped rather than tested, as Redis stops there.
      smallest.forEach((m, s) -> {
        if ((a.limit() == 0 || count[0] < a.limit()) && inAllOthers(src, order, m)) {
          count[0]++;
        }
      });
    }
    out.integer(count[0]);
  }

  private static RedisZSet compute(ZSetOpArgs a, Op op, byte[] seedKey) {
    RedisZSet result = ZSetCommands.create(seedKey);
    ZSource[] src = a.sources();
    double[] w = a.weights();
    ZSetOpArgs.Aggregate aggregate = a.aggregate();
    switch (op) {
      case UNION -> {
        // Smallest first, as Redis does: with SUM the order of additions can change the last bit.
        for (int i : bySize(src)) {
          if (src[i] == null) {
            continue;
          }
          double weight = w[i];
          src[i].forEach((member, s) -> {
            double score = weighted(s, weight);
            ZNode have = result.node(member);
            if (have == null) {
              result.add(member, score);
            } else {
              result.updateScore(have, aggregate.apply(have.score, score));
            }
          });
        }
      }
      case INTER -> {
        Integer[] order = bySize(src);
        if (src[order[0]] == null) {
          return result;
        }
        src[order[0]].forEach((member, s) -> {
          double score = weighted(s, w[order[0]]);
          for (int k = 1; k < order.length; k++) {
            double other = src[order[k]] == null ? Double.NaN : src[order[k]].scoreOf(member);
            if (Double.isNaN(other)) {
              return;
            }
            score = aggregate.apply(score, weighted(other, w[order[k]]));
          }
          result.add(member, score);
        });
      }
      case DIFF -> {
        if (src[0] == null) {
          return result;
        }
        src[0].forEach((member, s) -> {
          for (int i = 1; i < src.length; i++) {
            if (src[i] != null && !Double.isNaN(src[i].scoreOf(member))) {
              return;
            }
          }
          result.add(member, s);
        });
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

  /** Indexes of {@code sources} from the smallest input to the largest; a missing one is empty. */
  private static Integer[] bySize(ZSource[] sources) {
    Integer[] order = new Integer[sources.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> sources[i] == null ? 0 : sources[i].size()));
    return order;
  }

  private static boolean inAllOthers(ZSource[] sources, Integer[] order, ByteString member) {
    for (int k = 1; k < order.length; k++) {
      ZSource other = sources[order[k]];
      if (other == null || Double.isNaN(other.scoreOf(member))) {
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
