package io.skein.engine.zsets;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.RedisException;

/**
 * The parsed arguments of ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD, in Redis's
 * order: numkeys, then the inputs' types (WRONGTYPE comes before option errors), then WEIGHTS,
 * AGGREGATE, WITHSCORES or LIMIT as the command allows.
 *
 * @param sources the inputs (sorted sets or plain sets), {@code null} for missing keys
 * @param limit ZINTERCARD's LIMIT, 0 for none
 */
record ZSetOpArgs(ZSource[] sources, double[] weights, Aggregate aggregate,
    boolean withScores, long limit) {

  /** How scores of a member found in several inputs combine. */
  enum Aggregate {
    SUM, MIN, MAX;

    double apply(double a, double b) {
      return switch (this) {
        case SUM -> {
          double s = a + b;
          yield Double.isNaN(s) ? 0 : s; // inf + -inf: Redis stores 0
        }
        case MIN -> Math.min(a, b);
        case MAX -> Math.max(a, b);
      };
    }
  }

  static ZSetOpArgs parse(CommandContext ctx, byte[][] argv, int numkeysIndex,
      ZSetAlgebraCommands.Op op, boolean store, boolean cardinalityOnly) {
    long numkeys = Args.parseLong(argv[numkeysIndex]);
    if (numkeys < 1) {
      throw ZSetAlgebraCommands.needsKeys(argv[0]);
    }
    if (numkeys > argv.length - numkeysIndex - 1) {
      throw RedisException.SYNTAX;
    }
    int n = (int) numkeys;
    ZSource[] sources = new ZSource[n];
    double[] weights = new double[n];
    int j = numkeysIndex + 1;
    for (int i = 0; i < n; i++, j++) {
      sources[i] = ZSource.lookup(ctx.db(), argv[j]);
      weights[i] = 1;
    }
    Aggregate aggregate = Aggregate.SUM;
    boolean withScores = false;
    long limit = 0;
    boolean combines = op != ZSetAlgebraCommands.Op.DIFF && !cardinalityOnly;
    while (j < argv.length) {
      int remaining = argv.length - j;
      if (combines && remaining >= n + 1 && Args.is(argv[j], "WEIGHTS")) {
        j++;
        for (int i = 0; i < n; i++, j++) {
          Double w = io.skein.core.DoubleFormat.parse(Args.text(argv[j]));
          if (w == null) {
            throw RedisException.err("weight value is not a float");
          }
          weights[i] = w;
        }
      } else if (combines && remaining >= 2 && Args.is(argv[j], "AGGREGATE")) {
        byte[] a = argv[j + 1];
        if (Args.is(a, "SUM")) {
          aggregate = Aggregate.SUM;
        } else if (Args.is(a, "MIN")) {
          aggregate = Aggregate.MIN;
        } else if (Args.is(a, "MAX")) {
          aggregate = Aggregate.MAX;
        } else {
          throw RedisException.SYNTAX;
        }
        j += 2;
      } else if (!store && !cardinalityOnly && Args.is(argv[j], "WITHSCORES")) {
        withScores = true;
        j++;
      } else if (cardinalityOnly && remaining >= 2 && Args.is(argv[j], "LIMIT")) {
        Long l = Args.tryParseLong(argv[j + 1], 0, argv[j + 1].length);
        if (l == null || l < 0) {
          throw RedisException.err("LIMIT can't be negative");
        }
        limit = l;
        j += 2;
      } else {
        throw RedisException.SYNTAX;
      }
    }
    return new ZSetOpArgs(sources, weights, aggregate, withScores, limit);
  }
}
