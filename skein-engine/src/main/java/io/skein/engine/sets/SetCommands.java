package io.skein.engine.sets;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.util.ScanArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * The set commands on one set: SADD, SREM, SMEMBERS, SISMEMBER, SMISMEMBER, SCARD, SSCAN.
 * {@link #register} also registers the random ones ({@link SetRandomCommands}) and the algebra
 * ({@link SetAlgebraCommands}).
 */
public final class SetCommands {

  private SetCommands() {}

  /** Registers the whole set family. */
  public static void register(CommandTable table) {
    table.add(command("sadd", -3).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("set")
        .summary("Adds one or more members to a set.").handler(SetCommands::sadd));
    table.add(command("srem", -3).flags(WRITE, FAST).keys(1, 1, 1).group("set")
        .summary("Removes one or more members from a set.").handler(SetCommands::srem));
    table.add(command("smembers", 2).flags(READONLY).keys(1, 1, 1).group("set")
        .summary("Returns all members of a set.").handler(SetCommands::smembers));
    table.add(command("sismember", 3).flags(READONLY, FAST).keys(1, 1, 1).group("set")
        .summary("Determines whether a member belongs to a set.").handler(SetCommands::sismember));
    table.add(command("smismember", -3).flags(READONLY, FAST).keys(1, 1, 1).group("set")
        .summary("Determines whether multiple members belong to a set.")
        .handler(SetCommands::smismember));
    table.add(command("scard", 2).flags(READONLY, FAST).keys(1, 1, 1).group("set")
        .summary("Returns the number of members in a set.").handler(SetCommands::scard));
    table.add(command("sscan", -3).flags(READONLY).keys(1, 1, 1).group("set")
        .summary("Iterates over members of a set.").handler(SetCommands::sscan));
    SetRandomCommands.register(table);
    SetAlgebraCommands.register(table);
  }

  static RedisSet read(CommandContext ctx, byte[] key) {
    return ctx.db().getValue(key, ValueType.SET);
  }

  static void sadd(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    RedisSet s = db.getValue(argv[1], ValueType.SET);
    boolean created = s == null;
    if (created) {
      s = new RedisSet();
    }
    long added = 0;
    for (int i = 2; i < argv.length; i++) {
      if (s.add(argv[i])) {
        added++;
      }
    }
    if (created) {
      db.putValue(argv[1], s);
    } else if (added > 0) {
      db.modified(argv[1]);
    }
    out.integer(added);
  }

  static void srem(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisSet s = read(ctx, argv[1]);
    long removed = 0;
    if (s != null) {
      for (int i = 2; i < argv.length && s.size() > 0; i++) {
        if (s.remove(argv[i])) {
          removed++;
        }
      }
      if (removed > 0) {
        ctx.db().modified(argv[1]);
      }
    }
    out.integer(removed);
  }

  static void smembers(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisSet s = read(ctx, argv[1]);
    replySet(out, s);
  }

  /** Writes {@code s} (null: empty) as a set reply. */
  static void replySet(ReplySink out, RedisSet s) {
    out.setHeader(s == null ? 0 : s.size());
    if (s != null) {
      s.forEach(out::bulk);
    }
  }

  static void sismember(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisSet s = read(ctx, argv[1]);
    out.integer(s != null && s.contains(argv[2]) ? 1 : 0);
  }

  static void smismember(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisSet s = read(ctx, argv[1]);
    out.arrayHeader(argv.length - 2);
    for (int i = 2; i < argv.length; i++) {
      out.integer(s != null && s.contains(argv[i]) ? 1 : 0);
    }
  }

  static void scard(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisSet s = read(ctx, argv[1]);
    out.integer(s == null ? 0 : s.size());
  }

  /** SSCAN key cursor [MATCH pattern] [COUNT count]. */
  static void sscan(CommandContext ctx, byte[][] argv, ReplySink out) {
    long cursor = ScanArgs.parseCursor(argv[2]);
    RedisSet s = read(ctx, argv[1]);
    if (s == null) {
      out.arrayHeader(2);
      out.bulk("0");
      out.arrayHeader(0);
      return;
    }
    ScanArgs args = ScanArgs.parse(argv, 3, false);
    List<byte[]> found = new ArrayList<>();
    long[] visited = new long[1];
    long budget = args.count() * 10;
    do {
      cursor = s.scanStep(cursor, m -> {
        visited[0]++;
        if (args.accepts(m)) {
          found.add(m);
        }
      });
    } while (cursor != 0 && budget-- > 0 && visited[0] < args.count());
    out.arrayHeader(2);
    out.bulk(ScanArgs.cursorText(cursor));
    out.arrayHeader(found.size());
    for (byte[] m : found) {
      out.bulk(m);
    }
  }
}
