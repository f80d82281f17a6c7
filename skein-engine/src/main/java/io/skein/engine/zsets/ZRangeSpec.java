package io.skein.engine.zsets;

import io.skein.engine.command.Args;
import io.skein.engine.command.RedisException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed ZRANGE request: what kind of range, which way, LIMIT and WITHSCORES, with Redis's
 * rules (LIMIT only with BYSCORE or BYLEX; WITHSCORES not with BYLEX, nor with ZRANGESTORE).
 * With REV, a score or lex range is given high bound first.
 */
record ZRangeSpec(Kind kind, boolean reverse, long start, long stop, ZRange range,
    long offset, long limit, boolean withScores) {

  enum Kind { AUTO, RANK, SCORE, LEX }

  static ZRangeSpec parse(byte[][] argv, int keyIndex, boolean store, Kind kind,
      Boolean direction) {
    boolean withScores = false;
    boolean limitGiven = false;
    long offset = 0;
    long limit = -1;
    boolean revGiven = false;
    for (int j = keyIndex + 3; j < argv.length; j++) {
      int left = argv.length - j - 1;
      byte[] a = argv[j];
      if (!store && Args.is(a, "WITHSCORES")) {
        withScores = true;
      } else if (Args.is(a, "LIMIT") && left >= 2) {
        offset = Args.parseLong(argv[j + 1]);
        limit = Args.parseLong(argv[j + 2]);
        limitGiven = true;
        j += 2;
      } else if (direction == null && !revGiven && Args.is(a, "REV")) {
        revGiven = true;
      } else if (kind == Kind.AUTO && Args.is(a, "BYLEX")) {
        kind = Kind.LEX;
      } else if (kind == Kind.AUTO && Args.is(a, "BYSCORE")) {
        kind = Kind.SCORE;
      } else {
        throw RedisException.SYNTAX;
      }
    }
    boolean reverse = direction == null ? revGiven : direction;
    if (kind == Kind.AUTO) {
      kind = Kind.RANK;
    }
    // Redis checks "limit != -1", so LIMIT x -1 passes with a rank range; so does this.
    if (limitGiven && limit != -1 && kind == Kind.RANK) {
      throw ZRangeCommands.limitError();
    }
    if (withScores && kind == Kind.LEX) {
      throw RedisException.err("syntax error, WITHSCORES not supported in combination with BYLEX");
    }
    byte[] from = argv[keyIndex + 1];
    byte[] to = argv[keyIndex + 2];
    if (kind == Kind.RANK) {
      return new ZRangeSpec(kind, reverse, Args.parseLong(from), Args.parseLong(to), null,
          offset, limit, withScores);
    }
    byte[] min = reverse ? to : from;
    byte[] max = reverse ? from : to;
    ZRange range = kind == Kind.SCORE ? ZRange.Score.parse(min, max) : ZRange.Lex.parse(min, max);
    return new ZRangeSpec(kind, reverse, 0, 0, range, offset, limit, withScores);
  }

  /** The selected nodes, in reply order. */
  List<ZNode> select(RedisZSet z) {
    return kind == Kind.RANK ? byRank(z, start, stop, reverse)
        : byRange(z, range, reverse, offset, limit);
  }

  /** Nodes at ranks start..stop (negative from the end), counted from the top when reversed. */
  static List<ZNode> byRank(RedisZSet z, long start, long stop, boolean reverse) {
    long len = z.size();
    if (start < 0) {
      start += len;
    }
    if (stop < 0) {
      stop += len;
    }
    if (start < 0) {
      start = 0;
    }
    List<ZNode> out = new ArrayList<>();
    if (start > stop || start >= len) {
      return out;
    }
    if (stop >= len) {
      stop = len - 1;
    }
    int count = (int) (stop - start + 1);
    ZNode n = z.byRank(reverse ? (int) (len - 1 - start) : (int) start);
    for (int i = 0; i < count && n != null; i++) {
      out.add(n);
      n = reverse ? n.backward : n.next();
    }
    return out;
  }

  /** Nodes in {@code range}, skipping {@code offset}, at most {@code limit} (negative: all). */
  static List<ZNode> byRange(RedisZSet z, ZRange range, boolean reverse, long offset,
      long limit) {
    List<ZNode> out = new ArrayList<>();
    if (offset < 0) {
      return out; // Redis answers an empty range for a negative offset
    }
    ZNode edge = reverse ? z.lastIn(range) : z.firstIn(range);
    if (edge == null || offset >= z.size()) {
      return out;
    }
    ZNode n = edge;
    if (offset > 0) {
      long r = z.rank(edge) + (reverse ? -offset : offset);
      n = r < 0 || r >= z.size() ? null : z.byRank((int) r);
    }
    while (n != null && limit != 0 && (reverse ? range.aboveMin(n) : range.belowMax(n))) {
      out.add(n);
      n = reverse ? n.backward : n.next();
      limit--;
    }
    return out;
  }
}
