package io.skein.engine.hashes;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.core.DoubleFormat;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** HINCRBY and HINCRBYFLOAT: numbers kept as their decimal text in a hash field. */
final class HashCounterCommands {

  private static final RedisException NOT_INTEGER_VALUE = RedisException.err("hash value is not an integer");
  private static final RedisException NOT_FLOAT_VALUE = RedisException.err("hash value is not a float");
  private static final RedisException NAN_OR_INFINITE_INCREMENT =
      RedisException.err("value is NaN or Infinity");
  /**
   * Redis adds in 80-bit long doubles and prints with 17 decimals ({@code %.17Lf}) before
   * trimming zeros, so 10.5 + 0.1 reads back as 10.6. Exact decimal addition rounded to the same
   * 17 decimals gives that answer for every input a person types.
   */
  private static final int FLOAT_DECIMALS = 17;

  private HashCounterCommands() {}

  static void register(CommandTable table) {
    table.add(command("hincrby", 4).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("hash")
        .summary("Increments the integer value of a field in a hash by a number.")
        .handler(HashCounterCommands::hincrby));
    table.add(command("hincrbyfloat", 4).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("hash")
        .summary("Increments the floating point value of a field by a number.")
        .handler(HashCounterCommands::hincrbyfloat));
  }

  static void hincrby(CommandContext ctx, byte[][] argv, ReplySink out) {
    long increment = Args.parseLong(argv[3]);
    RedisHash h = HashCommands.read(ctx, argv[1]);
    byte[] old = h == null ? null : h.get(argv[2]);
    long value = 0;
    if (old != null) {
      Long parsed = Args.tryParseLong(old, 0, old.length);
      if (parsed == null) {
        throw NOT_INTEGER_VALUE;
      }
      value = parsed;
    }
    long sum = value + increment;
    if (((value ^ sum) & (increment ^ sum)) < 0) {
      throw RedisException.OVERFLOW;
    }
    store(ctx.db(), argv[1], h, argv[2], Long.toString(sum));
    out.integer(sum);
  }

  static void hincrbyfloat(CommandContext ctx, byte[][] argv, ReplySink out) {
    double increment = Args.parseDouble(argv[3]);
    if (Double.isInfinite(increment)) {
      throw NAN_OR_INFINITE_INCREMENT;
    }
    RedisHash h = HashCommands.read(ctx, argv[1]);
    byte[] old = h == null ? null : h.get(argv[2]);
    String oldText = "0";
    if (old != null) {
      oldText = Args.text(old);
      Double parsed = DoubleFormat.parse(oldText);
      if (parsed == null) {
        throw NOT_FLOAT_VALUE;
      }
      if (parsed.isInfinite()) {
        throw RedisException.NAN_OR_INFINITY;
      }
    }
    String result = add(oldText, Args.text(argv[3]));
    store(ctx.db(), argv[1], h, argv[2], result);
    out.bulk(result);
  }

  /** {@code a + b} as Redis prints it, or NAN_OR_INFINITY when the sum leaves double range. */
  static String add(String a, String b) {
    BigDecimal sum;
    try {
      sum = new BigDecimal(a).add(new BigDecimal(b));
    } catch (NumberFormatException e) {
      throw RedisException.NOT_FLOAT;
    }
    if (Double.isInfinite(sum.doubleValue())) {
      throw RedisException.NAN_OR_INFINITY;
    }
    BigDecimal rounded = sum.setScale(FLOAT_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  private static void store(Database db, byte[] key, RedisHash h, byte[] field, String value) {
    byte[] bytes = Args.bytes(value);
    if (h == null) {
      RedisHash fresh = new RedisHash();
      fresh.put(field, bytes);
      db.putValue(key, fresh);
    } else {
      h.put(field, bytes);
      db.modified(key);
    }
  }
}
