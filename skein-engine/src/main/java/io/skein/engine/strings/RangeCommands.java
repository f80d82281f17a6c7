package io.skein.engine.strings;

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
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;

/**
 * APPEND, STRLEN, GETRANGE (and its old name SUBSTR) and SETRANGE: commands on byte ranges of a
 * string. Writes build a new record of the new length (values live inline in their record),
 * keeping the key's TTL.
 */
final class RangeCommands {

  /** Redis's default {@code proto-max-bulk-len}: 512 MB, the largest string it will build. */
  static final long MAX_STRING_BYTES = 512L * 1024 * 1024;

  private static final RedisException TOO_BIG =
      RedisException.err("string exceeds maximum allowed size (proto-max-bulk-len)");
  private static final RedisException OFFSET_OUT_OF_RANGE =
      RedisException.err("offset is out of range");

  private RangeCommands() {}

  static void register(CommandTable table) {
    table.add(command("append", 3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("string")
        .summary("Appends a string to the value of a key. Creates the key if it doesn't exist.")
        .handler(RangeCommands::append));
    table.add(command("strlen", 2).flags(READONLY, FAST).keys(1, 1, 1).group("string")
        .summary("Returns the length of a string value.").handler(RangeCommands::strlen));
    table.add(command("getrange", 4).flags(READONLY).keys(1, 1, 1).group("string")
        .summary("Returns a substring of the string stored at a key.")
        .handler(RangeCommands::getrange));
    table.add(command("substr", 4).flags(READONLY).keys(1, 1, 1).group("string")
        .summary("Returns a substring from a string value.").handler(RangeCommands::getrange));
    table.add(command("setrange", 4).flags(WRITE, DENYOOM).keys(1, 1, 1).group("string")
        .summary("Overwrites a part of a string value with another by an offset. Creates the key"
            + " if it doesn't exist.")
        .handler(RangeCommands::setrange));
  }

  static void append(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    byte[] rec = db.getString(argv[1]);
    byte[] tail = argv[2];
    if (rec == null) {
      db.setString(argv[1], tail, 0, tail.length, 0, false);
      out.integer(tail.length);
      return;
    }
    int oldLength = Records.valueLength(rec);
    checkLength(oldLength, tail.length);
    byte[] value = new byte[oldLength + tail.length];
    System.arraycopy(rec, Records.valueOffset(rec), value, 0, oldLength);
    System.arraycopy(tail, 0, value, oldLength, tail.length);
    db.replaceString(argv[1], rec, value, 0, value.length);
    out.integer(value.length);
  }

  static void strlen(CommandContext ctx, byte[][] argv, ReplySink out) {
    byte[] rec = StringCommands.readString(ctx, argv[1]);
    out.integer(rec == null ? 0 : Records.valueLength(rec));
  }

  /** GETRANGE key start end: inclusive, negative indexes count from the end, clamped. */
  static void getrange(CommandContext ctx, byte[][] argv, ReplySink out) {
    long start = Args.parseLong(argv[2]);
    long end = Args.parseLong(argv[3]);
    byte[] rec = StringCommands.readString(ctx, argv[1]);
    if (rec == null) {
      out.bulk(EMPTY);
      return;
    }
    long length = Records.valueLength(rec);
    if (start < 0 && end < 0 && start > end) {
      out.bulk(EMPTY);
      return;
    }
    if (start < 0) {
      start = Math.max(0, length + start);
    }
    if (end < 0) {
      end = Math.max(0, length + end);
    }
    end = Math.min(end, length - 1);
    if (start > end || length == 0) {
      out.bulk(EMPTY);
      return;
    }
    out.bulk(rec, Records.valueOffset(rec) + (int) start, (int) (end - start + 1));
  }

  /** SETRANGE key offset value: zero-pads as needed; an empty value changes nothing. */
  static void setrange(CommandContext ctx, byte[][] argv, ReplySink out) {
    long offset = Args.parseLong(argv[2]);
    if (offset < 0) {
      throw OFFSET_OUT_OF_RANGE;
    }
    Database db = ctx.db();
    byte[] patch = argv[3];
    byte[] rec = db.getString(argv[1]);
    int oldLength = rec == null ? 0 : Records.valueLength(rec);
    if (patch.length == 0) {
      out.integer(oldLength); // nothing to write, and a missing key is not created
      return;
    }
    checkLength(offset, patch.length);
    int newLength = (int) Math.max(oldLength, offset + patch.length);
    byte[] value = new byte[newLength];
    if (rec != null) {
      System.arraycopy(rec, Records.valueOffset(rec), value, 0, oldLength);
    }
    System.arraycopy(patch, 0, value, (int) offset, patch.length);
    if (rec == null) {
      db.setString(argv[1], value, 0, value.length, 0, false);
    } else {
      db.replaceString(argv[1], rec, value, 0, value.length);
    }
    out.integer(newLength);
  }

  private static void checkLength(long size, long added) {
    if (size + added > MAX_STRING_BYTES) {
      throw TOO_BIG;
    }
  }

  private static final byte[] EMPTY = new byte[0];
}
