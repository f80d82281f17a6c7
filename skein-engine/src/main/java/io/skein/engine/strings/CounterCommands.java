package io.skein.engine.strings;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * INCR, DECR, INCRBY, DECRBY and INCRBYFLOAT. A counter is an ordinary string holding a decimal
 * number; the new value is written as a new record that keeps the key's TTL.
 */
final class CounterCommands {

  private static final RedisException DECREMENT_OVERFLOW =
      RedisException.err("decrement would overflow");

  private CounterCommands() {}

  static void register(CommandTable table) {
    table.add(command("incr", 2).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("string")
        .summary("Increments the integer value of a key by one.")
        .handler((ctx, argv, out) -> incrBy(ctx, argv[1], 1, out)));
    table.add(command("decr", 2).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("string")
        .summary("Decrements the integer value of a key by one.")
        .handler((ctx, argv, out) -> incrBy(ctx, argv[1], -1, out)));
    table.add(command("incrby", 3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("string")
        .summary("Increments the integer value of a key by a number.")
        .handler((ctx, argv, out) -> incrBy(ctx, argv[1], Args.parseLong(argv[2]), out)));
    table.add(command("decrby", 3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("string")
        .summary("Decrements a number from the integer value of a key.")
        .handler(CounterCommands::decrby));
    table.add(command("incrbyfloat", 3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1)
        .group("string").summary("Increment the floating point value of a key by a number.")
        .handler(CounterCommands::incrbyfloat));
  }

  static void decrby(CommandContext ctx, byte[][] argv, ReplySink out) {
    long decrement = Args.parseLong(argv[2]);
    if (decrement == Long.MIN_VALUE) {
      throw DECREMENT_OVERFLOW; // its negation does not exist
    }
    incrBy(ctx, argv[1], -decrement, out);
  }

  static void incrBy(CommandContext ctx, byte[] key, long increment, ReplySink out) {
    Database db = ctx.db();
    byte[] rec = db.getString(key);
    long current = 0;
    if (rec != null) {
      Long parsed = Args.tryParseLong(rec, Records.valueOffset(rec), Records.valueLength(rec));
      if (parsed == null) {
        throw RedisException.NOT_INTEGER;
      }
      current = parsed;
    }
    long result = current + increment;
    if (((current ^ result) & (increment ^ result)) < 0) {
      throw RedisException.OVERFLOW;
    }
    store(db, key, rec, Long.toString(result).getBytes(StandardCharsets.US_ASCII));
    out.integer(result);
  }

  /** INCRBYFLOAT: the stored value and the reply are the same text (see {@link LongDoubleText}). */
  static void incrbyfloat(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    byte[] key = argv[1];
    byte[] rec = db.getString(key);
    BigDecimal current = BigDecimal.ZERO;
    boolean currentInfinite = false;
    if (rec != null) {
      String text = new String(rec, Records.valueOffset(rec), Records.valueLength(rec),
          StandardCharsets.ISO_8859_1);
      current = LongDoubleText.parse(text);
      currentInfinite = current == null && LongDoubleText.isInfinity(text);
      if (current == null && !currentInfinite) {
        throw RedisException.NOT_FLOAT;
      }
    }
    String incrText = new String(argv[2], StandardCharsets.ISO_8859_1);
    BigDecimal increment = LongDoubleText.parse(incrText);
    if (increment == null && !LongDoubleText.isInfinity(incrText)) {
      throw RedisException.NOT_FLOAT;
    }
    if (currentInfinite || increment == null) {
      throw RedisException.NAN_OR_INFINITY; // inf plus anything is inf or NaN
    }
    String result = LongDoubleText.format(current.add(increment));
    if (result == null) {
      throw RedisException.NAN_OR_INFINITY;
    }
    byte[] bytes = result.getBytes(StandardCharsets.US_ASCII);
    store(db, key, rec, bytes);
    out.bulk(bytes);
  }

  private static void store(Database db, byte[] key, byte[] oldRecord, byte[] value) {
    if (oldRecord == null) {
      db.setString(key, value, 0, value.length, 0, false);
    } else {
      db.replaceString(key, oldRecord, value, 0, value.length);
    }
  }
}
