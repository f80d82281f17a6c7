package io.skein.engine.keys;

import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.SLOT_BY_SLOT;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.core.HashSlot;
import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.exec.StripeLocks;
import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.util.Glob;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SCAN cursor [MATCH pattern] [COUNT count] [TYPE type].
 *
 * <p>Design note. The cursor is the next hash slot to visit in the selected database, and each
 * call returns whole slots, visiting slots in order until it has seen at least COUNT keys (before
 * MATCH and TYPE filter them, as Redis counts). Because keys never move between slots, every key
 * present for the whole iteration is returned exactly once, whatever the tables do in between,
 * and the iteration ends after at most 16384 slots. One slot's stripe is locked at a time, so a
 * scan never blocks other clients for long. A single slot holding very many keys is still
 * returned in one reply, the price of this simple cursor.
 */
final class ScanCommand {

  /** Redis's default COUNT. */
  private static final long DEFAULT_COUNT = 10;
  private static final RedisException INVALID_CURSOR = RedisException.err("invalid cursor");

  private ScanCommand() {}

  static void register(CommandTable table) {
    table.add(command("scan", -2).flags(READONLY, SLOT_BY_SLOT).group("generic")
        .summary("Iterates over the key names in the database.").handler(ScanCommand::scan));
  }

  static void scan(CommandContext ctx, byte[][] argv, ReplySink out) {
    long cursor = parseCursor(argv[1]);
    byte[] pattern = null;
    long count = DEFAULT_COUNT;
    String typeName = null;
    for (int i = 2; i < argv.length; i += 2) {
      boolean hasValue = i + 1 < argv.length;
      if (hasValue && Args.is(argv[i], "COUNT")) {
        count = Args.parseLong(argv[i + 1]);
        if (count < 1) {
          throw RedisException.SYNTAX;
        }
      } else if (hasValue && Args.is(argv[i], "MATCH")) {
        pattern = Glob.matchesAll(argv[i + 1]) ? null : argv[i + 1];
      } else if (hasValue && Args.is(argv[i], "TYPE")) {
        typeName = new String(argv[i + 1], StandardCharsets.UTF_8);
      } else {
        throw RedisException.SYNTAX;
      }
    }
    // An unknown type name matches nothing, as in Redis 7.0.
    ValueType type = typeName == null ? null : ValueType.byName(typeName);
    boolean typeFilter = typeName != null;

    Database db = ctx.db();
    StripeLocks locks = ctx.engine().executor().locks();
    List<byte[]> found = new ArrayList<>();
    long seen = 0;
    int slot = (int) Math.min(cursor, HashSlot.SLOT_COUNT);
    while (slot < HashSlot.SLOT_COUNT && seen < count) {
      if (db.slotTable(slot) != null) {
        int stripe = StripeLocks.stripeOf(slot);
        locks.lock(stripe);
        try {
          seen += collect(db.slotTable(slot), ctx.now(), pattern, typeFilter, type, found);
        } finally {
          locks.unlock(stripe);
        }
      }
      slot++;
    }
    int next = slot >= HashSlot.SLOT_COUNT ? 0 : slot;
    out.arrayHeader(2);
    out.bulk(Integer.toString(next));
    out.arrayHeader(found.size());
    for (byte[] key : found) {
      out.bulk(key);
    }
  }

  /** Adds the slot's live keys that pass the filters; returns how many keys it looked at. */
  private static int collect(SlotTable t, long now, byte[] pattern, boolean typeFilter,
      ValueType type, List<byte[]> found) {
    int looked = 0;
    for (int i = 0; i < t.capacity(); i++) {
      Object e = t.at(i);
      if (e == null) {
        continue;
      }
      looked++;
      byte[] header = SlotTable.header(e);
      if (!KeyspaceCommands.isLive(header, now)) {
        continue;
      }
      if (typeFilter && typeOf(e) != type) {
        continue;
      }
      if (pattern != null
          && !Glob.matches(pattern, header, Records.HEADER, Records.keyLength(header))) {
        continue;
      }
      found.add(Records.key(header));
    }
    return looked;
  }

  private static ValueType typeOf(Object entry) {
    return entry instanceof CompositeEntry c ? c.value().type() : ValueType.STRING;
  }

  /** An unsigned 64-bit decimal, as Redis's strtoul reads it; anything else is invalid. */
  static long parseCursor(byte[] arg) {
    if (arg.length == 0 || arg.length > 20) {
      throw INVALID_CURSOR;
    }
    long value = 0;
    for (byte b : arg) {
      if (b < '0' || b > '9') {
        throw INVALID_CURSOR;
      }
      int digit = b - '0';
      if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - digit, 10)) > 0) {
        throw INVALID_CURSOR; // beyond 2^64 - 1
      }
      value = value * 10 + digit;
    }
    // Cursors past the last slot (as unsigned) end the scan.
    return value < 0 ? Long.MAX_VALUE : value;
  }
}
