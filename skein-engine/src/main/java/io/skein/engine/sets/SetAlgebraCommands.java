package io.skein.engine.sets;

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
import io.skein.engine.keyspace.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The commands across several sets: SMOVE, SINTER, SINTERCARD, SUNION, SDIFF and the STORE
 * forms. Every source key is type-checked before anything is computed, so a WRONGTYPE anywhere
 * changes nothing; a missing key is an empty set.
 */
final class SetAlgebraCommands {

  private enum Op { INTER, UNION, DIFF }

  private SetAlgebraCommands() {}

  static void register(CommandTable table) {
    table.add(command("smove", 4).flags(WRITE, FAST).keys(1, 2, 1).group("set")
        .summary("Moves a member from one set to another.").handler(SetAlgebraCommands::smove));
    table.add(command("sinter", -2).flags(READONLY).keys(1, -1, 1).group("set")
        .summary("Returns the intersect of multiple sets.")
        .handler((c, a, o) -> compute(c, a, o, Op.INTER, false)));
    table.add(command("sinterstore", -3).flags(WRITE, DENYOOM).keys(1, -1, 1).group("set")
        .summary("Stores the intersect of multiple sets in a key.")
        .handler((c, a, o) -> compute(c, a, o, Op.INTER, true)));
    table.add(command("sunion", -2).flags(READONLY).keys(1, -1, 1).group("set")
        .summary("Returns the union of multiple sets.")
        .handler((c, a, o) -> compute(c, a, o, Op.UNION, false)));
    table.add(command("sunionstore", -3).flags(WRITE, DENYOOM).keys(1, -1, 1).group("set")
        .summary("Stores the union of multiple sets in a key.")
        .handler((c, a, o) -> compute(c, a, o, Op.UNION, true)));
    table.add(command("sdiff", -2).flags(READONLY).keys(1, -1, 1).group("set")
        .summary("Returns the difference of multiple sets.")
        .handler((c, a, o) -> compute(c, a, o, Op.DIFF, false)));
    table.add(command("sdiffstore", -3).flags(WRITE, DENYOOM).keys(1, -1, 1).group("set")
        .summary("Stores the difference of multiple sets in a key.")
        .handler((c, a, o) -> compute(c, a, o, Op.DIFF, true)));
    table.add(command("sintercard", -3).flags(READONLY).keyFinder(SetAlgebraCommands::numkeysKeys)
        .group("set").summary("Returns the number of members of the intersect of multiple sets.")
        .handler(SetAlgebraCommands::sintercard));
  }

  static void smove(CommandContext ctx, byte[][] argv, ReplySink out) {
    Database db = ctx.db();
    RedisSet src = db.getValue(argv[1], ValueType.SET);
    if (src == null) {
      out.integer(0);
      return;
    }
    RedisSet dst = db.getValue(argv[2], ValueType.SET);
    if (src == dst) {
      out.integer(src.contains(argv[3]) ? 1 : 0);
      return;
    }
    if (!src.remove(argv[3])) {
      out.integer(0);
      return;
    }
    db.modified(argv[1]);
    if (dst == null) {
      dst = new RedisSet();
      dst.add(argv[3]);
      db.putValue(argv[2], dst);
    } else if (dst.add(argv[3])) {
      db.modified(argv[2]);
    }
    out.integer(1);
  }

  /** The sets at {@code argv[from..to)}, {@code null} for missing keys; WRONGTYPE first. */
  private static RedisSet[] load(CommandContext ctx, byte[][] argv, int from, int to) {
    RedisSet[] sets = new RedisSet[to - from];
    for (int i = from; i < to; i++) {
      sets[i - from] = ctx.db().getValue(argv[i], ValueType.SET);
    }
    return sets;
  }

  private static void compute(CommandContext ctx, byte[][] argv, ReplySink out, Op op,
      boolean store) {
    int first = store ? 2 : 1;
    RedisSet[] sets = load(ctx, argv, first, argv.length);
    RedisSet result = switch (op) {
      case INTER -> intersect(sets, Long.MAX_VALUE, null);
      case UNION -> union(sets);
      case DIFF -> difference(sets);
    };
    if (!store) {
      SetCommands.replySet(out, result);
      return;
    }
    if (result.size() == 0) {
      ctx.db().delete(argv[1]);
    } else {
      ctx.db().putValue(argv[1], result);
    }
    out.integer(result.size());
  }

  /**
   * The intersection, walking the smallest set and probing the others; stops after
   * {@code limit} members. With {@code counted} it only counts, into {@code counted[0]}, and
   * returns {@code null}.
   */
  static RedisSet intersect(RedisSet[] sets, long limit, long[] counted) {
    RedisSet result = counted == null ? new RedisSet() : null;
    for (RedisSet s : sets) {
      if (s == null) {
        return result;
      }
    }
    RedisSet[] bySize = sets.clone();
    Arrays.sort(bySize, Comparator.comparingInt(RedisSet::size));
    List<byte[]> members = new ArrayList<>(bySize[0].size());
    bySize[0].forEach(members::add);
    long n = 0;
    for (byte[] m : members) {
      if (n >= limit) {
        break;
      }
      boolean everywhere = true;
      for (int i = 1; i < bySize.length && everywhere; i++) {
        everywhere = bySize[i].contains(m);
      }
      if (everywhere) {
        n++;
        if (result != null) {
          result.add(m);
        }
      }
    }
    if (counted != null) {
      counted[0] = n;
    }
    return result;
  }

  private static RedisSet union(RedisSet[] sets) {
    RedisSet result = new RedisSet();
    for (RedisSet s : sets) {
      if (s != null) {
        s.forEach(result::add);
      }
    }
    return result;
  }

  private static RedisSet difference(RedisSet[] sets) {
    RedisSet result = new RedisSet();
    if (sets[0] == null) {
      return result;
    }
    sets[0].forEach(m -> {
      for (int i = 1; i < sets.length; i++) {
        if (sets[i] != null && sets[i].contains(m)) {
          return;
        }
      }
      result.add(m);
    });
    return result;
  }

  /** The keys of SINTERCARD: numkeys of them from argv[2]; none when numkeys is invalid. */
  static int[] numkeysKeys(byte[][] argv) {
    Long n = argv.length > 1 ? Args.tryParseLong(argv[1], 0, argv[1].length) : null;
    if (n == null || n < 1 || n > argv.length - 2) {
      return new int[0];
    }
    int[] keys = new int[n.intValue()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = 2 + i;
    }
    return keys;
  }

  /** SINTERCARD numkeys key [key ...] [LIMIT limit]. */
  static void sintercard(CommandContext ctx, byte[][] argv, ReplySink out) {
    Long numkeys = Args.tryParseLong(argv[1], 0, argv[1].length);
    if (numkeys == null || numkeys < 1) {
      throw RedisException.err("numkeys should be greater than 0");
    }
    if (numkeys > argv.length - 2) {
      throw RedisException.err("Number of keys can't be greater than number of args");
    }
    int keysEnd = 2 + numkeys.intValue();
    long limit = 0;
    for (int i = keysEnd; i < argv.length; i++) {
      if (Args.is(argv[i], "LIMIT") && i + 1 < argv.length) {
        Long l = Args.tryParseLong(argv[i + 1], 0, argv[i + 1].length);
        if (l == null || l < 0) {
          throw RedisException.err("LIMIT can't be negative");
        }
        limit = l;
        i++;
      } else {
        throw RedisException.SYNTAX;
      }
    }
    RedisSet[] sets = load(ctx, argv, 2, keysEnd);
    long[] counted = new long[1];
    intersect(sets, limit == 0 ? Long.MAX_VALUE : limit, counted);
    out.integer(counted[0]);
  }
}
