package io.skein.engine.zsets;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.util.ByteString;

/** ZADD with its NX, XX, GT, LT, CH and INCR options, and ZINCRBY, which is ZADD INCR. */
final class ZAdd {

  static final RedisException NAN_SCORE = RedisException.err("resulting score is not a number (NaN)");

  private ZAdd() {}

  static void zadd(CommandContext ctx, byte[][] argv, ReplySink out) {
    boolean nx = false;
    boolean xx = false;
    boolean gt = false;
    boolean lt = false;
    boolean ch = false;
    boolean incr = false;
    int i = 2;
    for (; i < argv.length; i++) {
      byte[] a = argv[i];
      if (Args.is(a, "NX")) {
        nx = true;
      } else if (Args.is(a, "XX")) {
        xx = true;
      } else if (Args.is(a, "GT")) {
        gt = true;
      } else if (Args.is(a, "LT")) {
        lt = true;
      } else if (Args.is(a, "CH")) {
        ch = true;
      } else if (Args.is(a, "INCR")) {
        incr = true;
      } else {
        break;
      }
    }
    int elements = argv.length - i;
    if (elements == 0 || elements % 2 != 0) {
      throw RedisException.SYNTAX;
    }
    if (nx && xx) {
      throw RedisException.err("XX and NX options at the same time are not compatible");
    }
    if ((gt && nx) || (lt && nx) || (gt && lt)) {
      throw RedisException.err("GT, LT, and/or NX options at the same time are not compatible");
    }
    if (incr && elements > 2) {
      throw RedisException.err("INCR option supports a single increment-element pair");
    }
    int pairs = elements / 2;
    double[] scores = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      scores[p] = Args.parseDouble(argv[i + 2 * p]);
    }
    apply(ctx, argv, out, i, scores, new Options(nx, xx, gt, lt, ch, incr));
  }

  static void zincrby(CommandContext ctx, byte[][] argv, ReplySink out) {
    double by = Args.parseDouble(argv[2]);
    apply(ctx, new byte[][] {argv[0], argv[1], argv[2], argv[3]}, out, 2, new double[] {by},
        new Options(false, false, false, false, false, true));
  }

  private record Options(boolean nx, boolean xx, boolean gt, boolean lt, boolean ch,
      boolean incr) {}

  private static void apply(CommandContext ctx, byte[][] argv, ReplySink out, int first,
      double[] scores, Options o) {
    byte[] key = argv[1];
    RedisZSet z = ZSetCommands.get(ctx, key);
    boolean fresh = false;
    if (z == null) {
      if (o.xx) {
        reply(out, o, 0, 0, false, 0);
        return;
      }
      z = ZSetCommands.create(key);
      fresh = true;
    }
    long added = 0;
    long updated = 0;
    boolean processed = false;
    double last = 0;
    for (int p = 0; p < scores.length; p++) {
      ByteString member = ByteString.wrap(argv[first + 2 * p + 1]);
      double score = scores[p];
      ZNode n = z.node(member);
      if (n != null) {
        if (o.nx) {
          continue;
        }
        double target = o.incr ? n.score + score : score;
        if (Double.isNaN(target)) {
          throw NAN_SCORE; // only INCR gets here, with its single pair: nothing has changed
        }
        if ((o.gt && target <= n.score) || (o.lt && target >= n.score)) {
          continue;
        }
        processed = true;
        last = target;
        if (target != n.score) {
          z.updateScore(n, target);
          updated++;
        }
      } else {
        if (o.xx) {
          continue;
        }
        z.add(member, score);
        added++;
        processed = true;
        last = score;
      }
    }
    if (fresh) {
      if (z.size() > 0) {
        ctx.db().putValue(key, z);
      }
    } else if (added + updated > 0) {
      ctx.db().modified(key);
    }
    reply(out, o, added, updated, processed, last);
  }

  private static void reply(ReplySink out, Options o, long added, long updated,
      boolean processed, double score) {
    if (o.incr) {
      if (processed) {
        out.doubleValue(score);
      } else {
        out.nullBulk();
      }
    } else {
      out.integer(o.ch ? added + updated : added);
    }
  }
}
