package io.skein.engine.zsets;

import io.skein.core.DoubleFormat;
import io.skein.engine.command.Args;
import io.skein.engine.command.RedisException;
import io.skein.engine.util.ByteString;
import java.util.Arrays;

/**
 * A BYSCORE or BYLEX interval of a sorted set, parsed from Redis's syntax: scores as
 * {@code 1.5}, {@code (1.5} (exclusive), {@code -inf}, {@code +inf}; members as {@code [a},
 * {@code (a}, {@code -}, {@code +}.
 */
sealed interface ZRange {

  RedisException NOT_FLOAT = RedisException.err("min or max is not a float");
  RedisException NOT_STRING_RANGE = RedisException.err("min or max not valid string range item");

  /** Whether no element can satisfy the range (min above max, or equal with an exclusive end). */
  boolean isEmpty();

  /** Whether {@code node} is at or above the lower bound. */
  boolean aboveMin(ZNode node);

  /** Whether {@code node} is at or below the upper bound. */
  boolean belowMax(ZNode node);

  default boolean contains(ZNode node) {
    return aboveMin(node) && belowMax(node);
  }

  /** A score interval. */
  record Score(double min, boolean minExclusive, double max, boolean maxExclusive)
      implements ZRange {

    static Score parse(byte[] min, byte[] max) {
      return new Score(value(min), exclusive(min), value(max), exclusive(max));
    }

    private static boolean exclusive(byte[] arg) {
      return arg.length > 0 && arg[0] == '(';
    }

    private static double value(byte[] arg) {
      String text = Args.text(arg);
      Double d = DoubleFormat.parse(exclusive(arg) ? text.substring(1) : text);
      if (d == null) {
        throw NOT_FLOAT;
      }
      return d;
    }

    @Override
    public boolean isEmpty() {
      return min > max || (min == max && (minExclusive || maxExclusive));
    }

    @Override
    public boolean aboveMin(ZNode node) {
      return minExclusive ? node.score > min : node.score >= min;
    }

    @Override
    public boolean belowMax(ZNode node) {
      return maxExclusive ? node.score < max : node.score <= max;
    }
  }

  /**
   * A member interval; {@code kind} -1 is {@code -} (below everything), +1 is {@code +}, 0 a
   * member given with {@code [} or {@code (}.
   */
  record Lex(int minKind, ByteString min, boolean minExclusive,
      int maxKind, ByteString max, boolean maxExclusive) implements ZRange {

    static Lex parse(byte[] min, byte[] max) {
      return new Lex(kind(min), member(min), exclusive(min),
          kind(max), member(max), exclusive(max));
    }

    private static int kind(byte[] arg) {
      if (arg.length == 1 && arg[0] == '-') {
        return -1;
      }
      if (arg.length == 1 && arg[0] == '+') {
        return 1;
      }
      if (arg.length > 0 && (arg[0] == '[' || arg[0] == '(')) {
        return 0;
      }
      throw NOT_STRING_RANGE;
    }

    private static ByteString member(byte[] arg) {
      return kind(arg) == 0 ? ByteString.wrap(Arrays.copyOfRange(arg, 1, arg.length)) : null;
    }

    private static boolean exclusive(byte[] arg) {
      return kind(arg) == 0 && arg[0] == '(';
    }

    /** Compares two bounds, infinities included. */
    private static int compareBounds(int kindA, ByteString a, int kindB, ByteString b) {
      if (kindA != 0 || kindB != 0) {
        return Integer.compare(kindA, kindB);
      }
      return a.compareTo(b);
    }

    @Override
    public boolean isEmpty() {
      int c = compareBounds(minKind, min, maxKind, max);
      return c > 0 || (c == 0 && (minExclusive || maxExclusive || minKind != 0));
    }

    @Override
    public boolean aboveMin(ZNode node) {
      if (minKind != 0) {
        return minKind < 0;
      }
      int c = node.member.compareTo(min);
      return minExclusive ? c > 0 : c >= 0;
    }

    @Override
    public boolean belowMax(ZNode node) {
      if (maxKind != 0) {
        return maxKind > 0;
      }
      int c = node.member.compareTo(max);
      return maxExclusive ? c < 0 : c <= 0;
    }
  }
}
