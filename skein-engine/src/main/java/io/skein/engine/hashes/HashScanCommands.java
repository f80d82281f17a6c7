package io.skein.engine.hashes;

import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.util.ByteString;
import io.skein.engine.util.ScanArgs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** HRANDFIELD and HSCAN: the hash commands that visit a sample or a slice of the fields. */
final class HashScanCommands {

  private HashScanCommands() {}

  static void register(CommandTable table) {
    table.add(command("hrandfield", -2).flags(READONLY).keys(1, 1, 1).group("hash")
        .summary("Returns one or more random fields from a hash.")
        .handler(HashScanCommands::hrandfield));
    table.add(command("hscan", -3).flags(READONLY).keys(1, 1, 1).group("hash")
        .summary("Iterates over fields and values of a hash.").handler(HashScanCommands::hscan));
  }

  /** Parses a random-sample count as Redis does: any long but LONG_MIN, whose negation overflows. */
  static long parseSampleCount(byte[] arg) {
    long count = Args.parseLong(arg);
    if (count == Long.MIN_VALUE) {
      throw RedisException.err("value is out of range, value must between "
          + -Long.MAX_VALUE + " and " + Long.MAX_VALUE);
    }
    return count;
  }

  static void hrandfield(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (argv.length == 2) {
      RedisHash h = HashCommands.read(ctx, argv[1]);
      out.bulk(h == null ? null : h.randomPair(ctx.engine().random())[0]);
      return;
    }
    long count = parseSampleCount(argv[2]);
    boolean withValues = false;
    if (argv.length > 4 || (argv.length == 4 && !Args.is(argv[3], "WITHVALUES"))) {
      throw RedisException.SYNTAX;
    } else if (argv.length == 4) {
      withValues = true;
      if (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2) {
        throw RedisException.err("value is out of range");
      }
    }
    RedisHash h = HashCommands.read(ctx, argv[1]);
    if (h == null || count == 0) {
      out.arrayHeader(0);
      return;
    }
    RandomGenerator random = ctx.engine().random();
    List<byte[][]> picked = count < 0
        ? withRepeats(h, -count, random) : distinct(h, count, random);
    replyPairs(out, picked, withValues);
  }

  private static List<byte[][]> withRepeats(RedisHash h, long count, RandomGenerator random) {
    if (count > Integer.MAX_VALUE - 8) {
      // A reply this long could never be buffered; Redis would run out of memory as well.
      throw RedisException.err("value is out of range");
    }
    List<byte[][]> picked = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      picked.add(h.randomPair(random));
    }
    return picked;
  }

  /**
   * {@code count} distinct fields. Near the whole hash, copying everything and dropping random
   * ones is cheaper than drawing until enough distinct ones came up; far below it, drawing wins.
   */
  private static List<byte[][]> distinct(RedisHash h, long count, RandomGenerator random) {
    List<byte[][]> all = new ArrayList<>();
    if (count >= h.size() || count * 3 > h.size()) {
      h.forEach((f, v) -> all.add(new byte[][] {f, v}));
      while (all.size() > count) {
        int i = random.nextInt(all.size());
        all.set(i, all.get(all.size() - 1));
        all.remove(all.size() - 1);
      }
      return all;
    }
    Set<ByteString> seen = new HashSet<>();
    while (all.size() < count) {
      byte[][] pair = h.randomPair(random);
      if (seen.add(ByteString.wrap(pair[0]))) {
        all.add(pair);
      }
    }
    return all;
  }

  /** RESP3 pairs are two-element arrays; RESP2 flattens them, as Redis replies. */
  private static void replyPairs(ReplySink out, List<byte[][]> picked, boolean withValues) {
    boolean nested = withValues && out.resp3();
    out.arrayHeader(withValues && !nested ? picked.size() * 2 : picked.size());
    for (byte[][] pair : picked) {
      if (nested) {
        out.arrayHeader(2);
      }
      out.bulk(pair[0]);
      if (withValues) {
        out.bulk(pair[1]);
      }
    }
  }

  /** HSCAN key cursor [MATCH pattern] [COUNT count] [NOVALUES]. */
  static void hscan(CommandContext ctx, byte[][] argv, ReplySink out) {
    long cursor = ScanArgs.parseCursor(argv[2]);
    RedisHash h = HashCommands.read(ctx, argv[1]);
    if (h == null) {
      out.arrayHeader(2);
      out.bulk("0");
      out.arrayHeader(0);
      return;
    }
    ScanArgs args = ScanArgs.parse(argv, 3, true);
    List<byte[]> found = new ArrayList<>();
    long[] visited = new long[1];
    long budget = args.count() * 10;
    do {
      cursor = h.scanStep(cursor, (f, v) -> {
        visited[0]++;
        if (args.accepts(f)) {
          found.add(f);
          if (!args.noValues()) {
            found.add(v);
          }
        }
      });
    } while (cursor != 0 && budget-- > 0 && visited[0] < args.count());
    out.arrayHeader(2);
    out.bulk(ScanArgs.cursorText(cursor));
    out.arrayHeader(found.size());
    for (byte[] b : found) {
      out.bulk(b);
    }
  }
}
