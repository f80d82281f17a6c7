package io.skein.engine.hashes;

import static io.skein.engine.command.CommandFlag.DENYOOM;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.ValueType;

/**
 * The hash commands that read and write fields directly: HSET, HGET, HDEL, HGETALL, ...
 * {@link #register} also registers the counters ({@link HashCounterCommands}) and HRANDFIELD
 * and HSCAN ({@link HashScanCommands}).
 */
public final class HashCommands {

  private HashCommands() {}

  /** Registers the whole hash family. */
  public static void register(CommandTable table) {
    table.add(command("hset", -4).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("hash")
        .summary("Creates or modifies the value of a field in a hash.")
        .handler((ctx, argv, out) -> hset(ctx, argv, out, false)));
    table.add(command("hmset", -4).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("hash")
        .summary("Sets the values of multiple fields.")
        .handler((ctx, argv, out) -> hset(ctx, argv, out, true)));
    table.add(command("hsetnx", 4).flags(WRITE, DENYOOM, FAST).keys(1, 1, 1).group("hash")
        .summary("Sets the value of a field in a hash only when the field doesn't exist.")
        .handler(HashCommands::hsetnx));
    table.add(command("hget", 3).flags(READONLY, FAST).keys(1, 1, 1).group("hash")
        .summary("Returns the value of a field in a hash.").handler(HashCommands::hget));
    table.add(command("hmget", -3).flags(READONLY, FAST).keys(1, 1, 1).group("hash")
        .summary("Returns the values of all fields in a hash.").handler(HashCommands::hmget));
    table.add(command("hdel", -3).flags(WRITE, FAST).keys(1, 1, 1).group("hash")
        .summary("Deletes one or more fields and their values from a hash.")
        .handler(HashCommands::hdel));
    table.add(command("hlen", 2).flags(READONLY, FAST).keys(1, 1, 1).group("hash")
        .summary("Returns the number of fields in a hash.").handler(HashCommands::hlen));
    table.add(command("hstrlen", 3).flags(READONLY, FAST).keys(1, 1, 1).group("hash")
        .summary("Returns the length of the value of a field.").handler(HashCommands::hstrlen));
    table.add(command("hexists", 3).flags(READONLY, FAST).keys(1, 1, 1).group("hash")
        .summary("Determines whether a field exists in a hash.").handler(HashCommands::hexists));
    table.add(command("hkeys", 2).flags(READONLY).keys(1, 1, 1).group("hash")
        .summary("Returns all fields in a hash.").handler(HashCommands::hkeys));
    table.add(command("hvals", 2).flags(READONLY).keys(1, 1, 1).group("hash")
        .summary("Returns all values in a hash.").handler(HashCommands::hvals));
    table.add(command("hgetall", 2).flags(READONLY).keys(1, 1, 1).group("hash")
        .summary("Returns all fields and values of a hash.").handler(HashCommands::hgetall));
    HashCounterCommands.register(table);
    HashScanCommands.register(table);
  }

  static RedisHash read(CommandContext ctx, byte[] key) {
    return ctx.db().getValue(key, ValueType.HASH);
  }

  /** HSET and HMSET: same work, HMSET answers OK instead of the number of new fields. */
  static void hset(CommandContext ctx, byte[][] argv, ReplySink out, boolean hmset) {
    if (argv.length % 2 != 0) {
      throw RedisException.wrongArity(hmset ? "hmset" : "hset");
    }
    Database db = ctx.db();
    RedisHash h = db.getValue(argv[1], ValueType.HASH);
    boolean created = h == null;
    if (created) {
      h = new RedisHash();
    }
    long added = 0;
    for (int i = 2; i < argv.length; i += 2) {
      if (h.put(argv[i], argv[i + 1])) {
        added++;
      }
    }
    if (created) {
      db.putValue(argv[1], h);
    } else {
      db.modified(argv[1]);
    }
    if (hmset) {
      out.ok();
    } else {
      out.integer(added);
    }
  }

  static void hsetnx(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    RedisHash h = db.getValue(argv[1], ValueType.HASH);
    if (h != null && h.get(argv[2]) != null) {
      out.integer(0);
      return;
    }
    if (h == null) {
      h = new RedisHash();
      h.put(argv[2], argv[3]);
      db.putValue(argv[1], h);
    } else {
      h.put(argv[2], argv[3]);
      db.modified(argv[1]);
    }
    out.integer(1);
  }

  static void hget(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    out.bulk(h == null ? null : h.get(argv[2]));
  }

  static void hmget(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    out.arrayHeader(argv.length - 2);
    for (int i = 2; i < argv.length; i++) {
      out.bulk(h == null ? null : h.get(argv[i]));
    }
  }

  static void hdel(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    long removed = 0;
    if (h != null) {
      for (int i = 2; i < argv.length; i++) {
        if (h.remove(argv[i])) {
          removed++;
        }
      }
      if (removed > 0) {
        ctx.db().modified(argv[1]);
      }
    }
    out.integer(removed);
  }

  static void hlen(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    out.integer(h == null ? 0 : h.size());
  }

  static void hstrlen(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    byte[] v = h == null ? null : h.get(argv[2]);
    out.integer(v == null ? 0 : v.length);
  }

  static void hexists(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    out.integer(h != null && h.get(argv[2]) != null ? 1 : 0);
  }

  static void hkeys(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    out.arrayHeader(h == null ? 0 : h.size());
    if (h != null) {
      h.forEach((f, v) -> out.bulk(f));
    }
  }

  static void hvals(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    out.arrayHeader(h == null ? 0 : h.size());
    if (h != null) {
      h.forEach((f, v) -> out.bulk(v));
    }
  }

  static void hgetall(CommandContext ctx, byte[][] argv, ReplySink out) {
    RedisHash h = read(ctx, argv[1]);
    out.mapHeader(h == null ? 0 : h.size());
    if (h != null) {
      h.forEach((f, v) -> {
        out.bulk(f);
        out.bulk(v);
      });
    }
  }
}
