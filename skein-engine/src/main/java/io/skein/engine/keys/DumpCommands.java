package io.skein.engine.keys;

import static io.skein.engine.command.CommandFlag.DENYOOM;
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
import io.skein.engine.keyspace.SlotTable;

/** DUMP and RESTORE, in Skein's own payload format (see {@link DumpFormat}). */
final class DumpCommands {

  private static final RedisException BUSY_KEY =
      new RedisException("BUSYKEY Target key name already exists.");
  private static final RedisException WRONG_PAYLOAD =
      RedisException.err("DUMP payload version or checksum are wrong");
  private static final RedisException BAD_DATA = RedisException.err("Bad data format");

  private DumpCommands() {}

  static void register(CommandTable table) {
    table.add(command("dump", 2).flags(READONLY).keys(1, 1, 1).group("generic")
        .summary("Returns a serialized representation of the value stored at a key.")
        .handler(DumpCommands::dump));
    table.add(command("restore", -4).flags(WRITE, DENYOOM).keys(1, 1, 1).group("generic")
        .summary("Creates a key from the serialized representation of a value.")
        .handler(DumpCommands::restore));
  }

  static void dump(CommandContext ctx, byte[][] argv, ReplySink out) {
    Object entry = ctx.db().lookup(argv[1]);
    ctx.keyspace().stats().lookup(entry != null);
    if (entry == null) {
      out.nullBulk();
    } else {
      out.bulk(DumpFormat.dump(entry));
    }
  }

  /**
   * RESTORE key ttl payload [REPLACE] [ABSTTL] [IDLETIME s] [FREQ f], checking in Redis's order:
   * options, an existing key, the TTL, then the payload. FREQ is accepted and ignored (Skein
   * keeps no access frequencies).
   */
  static void restore(CommandContext ctx, byte[][] argv, ReplySink out) {
    boolean replace = false;
    boolean absTtl = false;
    long idle = -1;
    long freq = -1;
    for (int i = 4; i < argv.length; i++) {
      boolean hasValue = i + 1 < argv.length;
      if (Args.is(argv[i], "REPLACE")) {
        replace = true;
      } else if (Args.is(argv[i], "ABSTTL")) {
        absTtl = true;
      } else if (Args.is(argv[i], "IDLETIME") && hasValue && freq == -1) {
        idle = Args.parseLong(argv[++i]);
        if (idle < 0) {
          throw RedisException.err("Invalid IDLETIME value, must be >= 0");
        }
      } else if (Args.is(argv[i], "FREQ") && hasValue && idle == -1) {
        freq = Args.parseLong(argv[++i]);
        if (freq < 0 || freq > 255) {
          throw RedisException.err("Invalid FREQ value, must be >= 0 and <= 255");
        }
      } else {
        throw RedisException.SYNTAX;
      }
    }
    Database db = ctx.db();
    byte[] key = argv[1];
    if (!replace && db.lookup(key) != null) {
      throw BUSY_KEY;
    }
    long ttl = Args.parseLong(argv[2]);
    if (ttl < 0) {
      throw RedisException.err("Invalid TTL value, must be >= 0");
    }
    DumpFormat.Decoded decoded = DumpFormat.read(argv[3], ctx.engine().valueReaders());
    if (decoded.failure() != null) {
      throw decoded.failure() == DumpFormat.Failure.BAD_DATA ? BAD_DATA : WRONG_PAYLOAD;
    }
    long expireAt = ttl;
    if (ttl != 0 && !absTtl) {
      expireAt = ttl > Long.MAX_VALUE - ctx.now() ? Long.MAX_VALUE : ttl + ctx.now();
    }
    if (replace) {
      db.delete(key);
    }
    if (expireAt != 0 && expireAt <= ctx.now()) {
      out.ok(); // already expired: the key is (deleted and) not created, as Redis does
      return;
    }
    if (decoded.string() != null) {
      byte[] s = decoded.string();
      db.setString(key, s, 0, s.length, expireAt, false);
    } else {
      db.putValue(key, decoded.value());
      if (expireAt != 0) {
        db.expireAt(key, expireAt);
      }
    }
    if (idle >= 0) {
      long clock = ctx.keyspace().lruClock() - Math.min(idle, Records.LRU_MASK);
      Records.lru(SlotTable.header(db.peek(key)), (int) (clock & Records.LRU_MASK));
    }
    out.ok();
  }
}
