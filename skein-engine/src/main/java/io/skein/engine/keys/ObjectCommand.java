package io.skein.engine.keys;

import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.EngineConfig;
import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.Records;
import io.skein.engine.keyspace.SlotTable;
import java.util.List;

/**
 * OBJECT ENCODING | REFCOUNT | IDLETIME | FREQ | HELP: what Redis would say about its internal
 * representation of a key. None of them refreshes the key's LRU clock.
 *
 * <p>Redis registers these as subcommands ({@code object|encoding}, arity 3); the command table
 * has no subcommands, so OBJECT checks the subcommand's arity itself and finds its key with a
 * key finder.
 */
final class ObjectCommand {

  /** Redis's OBJ_SHARED_REFCOUNT: the refcount of its shared small integers. */
  private static final long SHARED_REFCOUNT = Integer.MAX_VALUE;
  /** Redis shares the integers 0 to 9999 (OBJ_SHARED_INTEGERS). */
  private static final long SHARED_INTEGERS = 10_000;
  /** Redis's OBJ_ENCODING_EMBSTR_SIZE_LIMIT. */
  private static final int EMBSTR_LIMIT = 44;

  private static final List<String> HELP = List.of(
      "OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
      "ENCODING <key>",
      "    Return the kind of internal representation used in order to store the value",
      "    associated with a <key>.",
      "FREQ <key>",
      "    Return the access frequency index of the <key>. The returned integer is",
      "    proportional to the logarithm of the recent access frequency of the key.",
      "IDLETIME <key>",
      "    Return the idle time of the <key>, that is the approximated number of",
      "    seconds elapsed since the last access to the key.",
      "REFCOUNT <key>",
      "    Return the number of references of the value associated with the specified",
      "    <key>.",
      "HELP",
      "    Print this help.");

  private ObjectCommand() {}

  static void register(CommandTable table) {
    // A container in Redis: COMMAND INFO OBJECT shows no flags and no keys.
    table.add(command("object", -2).group("generic")
        .summary("A container for object introspection commands.")
        .subcommandKeys(argv -> argv.length == 3 ? new int[] {2} : new int[0])
        .handler(ObjectCommand::object));
  }

  static void object(CommandContext ctx, byte[][] argv, ReplySink out) {
    byte[] sub = argv[1];
    if (Args.is(sub, "HELP")) {
      arity(argv, 2, "help");
      out.arrayHeader(HELP.size());
      HELP.forEach(out::simple);
      return;
    }
    String name;
    if (Args.is(sub, "ENCODING") || Args.is(sub, "REFCOUNT") || Args.is(sub, "IDLETIME")
        || Args.is(sub, "FREQ")) {
      name = Args.text(sub).toLowerCase(java.util.Locale.ROOT);
    } else {
      throw RedisException.err("unknown subcommand '" + Args.text(sub)
          + "'. Try OBJECT HELP.");
    }
    arity(argv, 3, name);
    Object entry = ctx.db().peek(argv[2]);
    ctx.keyspace().stats().lookup(entry != null);
    if (entry == null) {
      out.nullBulk();
      return;
    }
    switch (name) {
      case "encoding" -> out.bulk(encoding(entry));
      case "refcount" -> out.integer(refcount(ctx, entry));
      case "idletime" -> out.integer(idleSeconds(ctx, entry));
      default -> throw RedisException.err("An LFU maxmemory policy is not selected, access"
          + " frequency not tracked. Please note that when switching between policies at"
          + " runtime LRU and LFU data will take some time to adjust.");
    }
  }

  private static void arity(byte[][] argv, int expected, String sub) {
    if (argv.length != expected) {
      throw RedisException.wrongArity("object|" + sub);
    }
  }

  /** A string's encoding as Redis would choose it for a freshly written value. */
  static String encoding(Object entry) {
    if (entry instanceof CompositeEntry c) {
      return c.value().encoding();
    }
    byte[] rec = (byte[]) entry;
    int length = Records.valueLength(rec);
    if (length <= 20 && integerValue(rec) != null) {
      return "int";
    }
    return length <= EMBSTR_LIMIT ? "embstr" : "raw";
  }

  private static Long integerValue(byte[] rec) {
    return Args.tryParseLong(rec, Records.valueOffset(rec), Records.valueLength(rec));
  }

  /**
   * 1, except for the small integers Redis shares, which report its shared refcount unless an
   * LRU policy with a memory limit makes it keep per-key objects.
   */
  private static long refcount(CommandContext ctx, Object entry) {
    if (entry instanceof byte[] rec && Records.valueLength(rec) <= 20) {
      Long v = integerValue(rec);
      EngineConfig config = ctx.engine().config();
      boolean lru = config.policy() == EngineConfig.EvictionPolicy.ALLKEYS_LRU
          || config.policy() == EngineConfig.EvictionPolicy.VOLATILE_LRU;
      if (v != null && v >= 0 && v < SHARED_INTEGERS && (config.maxmemory() == 0 || !lru)) {
        return SHARED_REFCOUNT;
      }
    }
    return 1;
  }

  private static long idleSeconds(CommandContext ctx, Object entry) {
    int lru = Records.lru(SlotTable.header(entry));
    int now = ctx.keyspace().lruClock();
    return now >= lru ? now - lru : now + (Records.LRU_MASK + 1L - lru);
  }
}
