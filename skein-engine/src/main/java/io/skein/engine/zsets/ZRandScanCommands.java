package io.skein.engine.zsets;

import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.core.DoubleFormat;
import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.util.Glob;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ZRANDMEMBER and ZSCAN. */
final class ZRandScanCommands {

  private ZRandScanCommands() {}

  static void register(CommandTable table) {
    table.add(command("zrandmember", -2).flags(READONLY).keys(1, 1, 1).group("sorted-set")
        .summary("Returns one or more random members from a sorted set.")
        .handler(ZRandScanCommands::zrandmember));
    table.add(command("zscan", -3).flags(READONLY).keys(1, 1, 1).group("sorted-set")
        .summary("Iterates over members and scores of a sorted set.")
        .handler(ZRandScanCommands::zscan));
  }

  static void zrandmember(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (argv.length == 2) {
      RedisZSet z = ZSetCommands.get(ctx, argv[1]);
      if (z == null) {
        out.nullBulk();
      } else {
        out.bulk(z.byRank(z.randomIndex(z.size())).member.bytes());
      }
      return;
    }
    long count = Args.parseLong(argv[2]);
    if (count == Long.MIN_VALUE) {
      throw RedisException.err("value is out of range, value must between "
          + -Long.MAX_VALUE + " and " + Long.MAX_VALUE);
    }
    if (argv.length > 4 || (argv.length == 4 && !Args.is(argv[3], "WITHSCORES"))) {
      throw RedisException.SYNTAX;
    }
    boolean withScores = argv.length == 4;
    if (withScores && (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2)) {
      throw RedisException.err("value is out of range");
    }
    RedisZSet z = ZSetCommands.get(ctx, argv[1]);
    if (z == null || count == 0) {
      out.arrayHeader(0);
      return;
    }
    List<ZNode> picked = new ArrayList<>();
    if (count < 0) {
      // Repeats allowed; like Redis, a huge negative count is the client's to pay for.
      for (long i = 0; i < -count; i++) {
        picked.add(z.byRank(z.randomIndex(z.size())));
      }
    } else if (count >= z.size()) {
      for (ZNode n = z.first(); n != null; n = n.next()) {
        picked.add(n);
      }
    } else {
      Set<Integer> ranks = new HashSet<>();
      while (ranks.size() < count) {
        int r = z.randomIndex(z.size());
        if (ranks.add(r)) {
          picked.add(z.byRank(r));
        }
      }
    }
    ZReplies.members(out, picked, withScores);
  }

  static void zscan(CommandContext ctx, byte[][] argv, ReplySink out) {
    long cursor = parseCursor(argv[2]);
    RedisZSet z = ZSetCommands.get(ctx, argv[1]);
    if (z == null) {
      out.arrayHeader(2);
      out.bulk("0");
      out.arrayHeader(0);
      return;
    }
    long count = 10;
    byte[] pattern = null;
    for (int j = 3; j < argv.length; j++) {
      boolean more = j + 1 < argv.length;
      if (more && Args.is(argv[j], "COUNT")) {
        count = Args.parseLong(argv[++j]);
        if (count < 1) {
          throw RedisException.SYNTAX;
        }
      } else if (more && Args.is(argv[j], "MATCH")) {
        pattern = argv[++j];
      } else {
        throw RedisException.SYNTAX;
      }
    }
    List<ZNode> found = new ArrayList<>();
    if (z.encoding().equals("listpack")) {
      // A small set answers in one call, as Redis does for a listpack.
      for (ZNode n = z.first(); n != null; n = n.next()) {
        found.add(n);
      }
      cursor = 0;
    } else {
      long budget = count * 10;
      do {
        cursor = z.scan(cursor, found::add);
      } while (cursor != 0 && budget-- > 0 && found.size() < count);
    }
    byte[] glob = pattern;
    if (glob != null && !(glob.length == 1 && glob[0] == '*')) {
      found.removeIf(n -> !Glob.matches(glob, n.member.bytes()));
    }
    out.arrayHeader(2);
    out.bulk(Long.toUnsignedString(cursor));
    out.arrayHeader(found.size() * 2);
    for (ZNode n : found) {
      out.bulk(n.member.bytes());
      out.bulk(DoubleFormat.format(n.score));
    }
  }

  /** An unsigned 64-bit decimal cursor, else {@code ERR invalid cursor}. */
  static long parseCursor(byte[] arg) {
    String s = Args.text(arg);
    if (s.isEmpty() || s.length() > 20 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw RedisException.err("invalid cursor");
    }
    try {
      return Long.parseUnsignedLong(s);
    } catch (NumberFormatException e) {
      throw RedisException.err("invalid cursor");
    }
  }
}
