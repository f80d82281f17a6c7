package io.skein.engine.keys;

import static io.skein.engine.command.CommandFlag.ALL_KEYS;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.SLOT_BY_SLOT;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.core.HashSlot;
import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.exec.StripeLocks;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;
import io.skein.engine.util.Glob;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands on a whole database: KEYS, DBSIZE, FLUSHDB, FLUSHALL and SWAPDB (flagged
 * {@code ALL_KEYS}, so they run holding every stripe lock), and RANDOMKEY, which locks one
 * slot's stripe at a time.
 */
final class KeyspaceCommands {

  private KeyspaceCommands() {}

  static void register(CommandTable table) {
    table.add(command("keys", 2).flags(READONLY, ALL_KEYS).group("generic")
        .summary("Returns all key names that match a pattern.").handler(KeyspaceCommands::keys));
    table.add(command("dbsize", 1).flags(READONLY, FAST, SLOT_BY_SLOT).group("server")
        .summary("Returns the number of keys in the database.")
        .handler(KeyspaceCommands::dbsize));
    table.add(command("flushdb", -1).flags(WRITE, ALL_KEYS).group("server")
        .summary("Remove all keys from the current database.")
        .handler(KeyspaceCommands::flushdb));
    table.add(command("flushall", -1).flags(WRITE, ALL_KEYS).group("server")
        .summary("Removes all keys from all databases.").handler(KeyspaceCommands::flushall));
    table.add(command("swapdb", 3).flags(WRITE, FAST, ALL_KEYS).group("server")
        .summary("Swaps two Redis databases.").handler(KeyspaceCommands::swapdb));
    table.add(command("randomkey", 1).flags(READONLY, SLOT_BY_SLOT).group("generic")
        .summary("Returns a random key name from the database.")
        .handler(RandomKey::randomkey));
  }

  /** KEYS pattern: skips keys that have expired but not yet been collected. */
  static void keys(CommandContext ctx, byte[][] argv, ReplySink out) {
    byte[] pattern = argv[1];
    boolean all = Glob.matchesAll(pattern);
    long now = ctx.now();
    Database db = ctx.db();
    List<byte[]> found = new ArrayList<>();
    for (int slot = 0; slot < HashSlot.SLOT_COUNT; slot++) {
      SlotTable t = db.slotTable(slot);
      if (t == null || t.size() == 0) {
        continue;
      }
      for (int i = 0; i < t.capacity(); i++) {
        Object e = t.at(i);
        if (e == null) {
          continue;
        }
        byte[] header = SlotTable.header(e);
        if (isLive(header, now) && (all || Glob.matches(pattern, header, Records.HEADER,
            Records.keyLength(header)))) {
          found.add(Records.key(header));
        }
      }
    }
    out.arrayHeader(found.size());
    for (byte[] key : found) {
      out.bulk(key);
    }
  }

  static boolean isLive(byte[] header, long now) {
    long at = Records.expireAt(header);
    return !Records.isTombstone(header) && (at == 0 || at > now);
  }

  /** DBSIZE: counts slot by slot under each slot's stripe, as Redis counts (expired included). */
  static void dbsize(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    StripeLocks locks = ctx.engine().executor().locks();
    long n = 0;
    for (int slot = 0; slot < HashSlot.SLOT_COUNT; slot++) {
      if (db.slotTable(slot) == null) {
        continue;
      }
      int stripe = StripeLocks.stripeOf(slot);
      locks.lock(stripe);
      try {
        n += db.slots().countInSlot(slot);
      } finally {
        locks.unlock(stripe);
      }
    }
    out.integer(n);
  }

  static void flushdb(CommandContext ctx, byte[][] argv, ReplySink out) {
    checkFlushMode(argv);
    clear(ctx.db());
    ctx.engine().executor().databaseChanged(ctx.db().index());
    out.ok();
  }

  static void flushall(CommandContext ctx, byte[][] argv, ReplySink out) {
    checkFlushMode(argv);
    for (int i = 0; i < ctx.keyspace().databaseCount(); i++) {
      clear(ctx.keyspace().database(i));
    }
    ctx.engine().executor().databaseChanged(-1);
    out.ok();
  }

  /** [ASYNC | SYNC]: both free at once here; the garbage collector does the freeing. */
  private static void checkFlushMode(byte[][] argv) {
    if (argv.length > 2 || (argv.length == 2 && !Args.is(argv[1], "ASYNC")
        && !Args.is(argv[1], "SYNC"))) {
      throw RedisException.SYNTAX;
    }
  }

  private static void clear(Database db) {
    for (int slot = 0; slot < HashSlot.SLOT_COUNT; slot++) {
      if (db.slotTable(slot) != null) {
        db.slots().clearSlot(slot);
      }
    }
  }

  static void swapdb(CommandContext ctx, byte[][] argv, ReplySink out) {
    int first = index(argv[1], "invalid first DB index");
    int second = index(argv[2], "invalid second DB index");
    int count = ctx.keyspace().databaseCount();
    if (first < 0 || first >= count || second < 0 || second >= count) {
      throw RedisException.DB_INDEX_OUT_OF_RANGE;
    }
    if (first != second) {
      Database a = ctx.keyspace().database(first);
      Database b = ctx.keyspace().database(second);
      for (int slot = 0; slot < HashSlot.SLOT_COUNT; slot++) {
        if (a.slotTable(slot) != null || b.slotTable(slot) != null) {
          a.slots().swapSlot(slot, b.slots());
        }
      }
      ctx.engine().executor().databaseChanged(first);
      ctx.engine().executor().databaseChanged(second);
    }
    out.ok();
  }

  private static int index(byte[] arg, String error) {
    try {
      return Args.parseInt(arg);
    } catch (RedisException e) {
      throw RedisException.err(error);
    }
  }
}
