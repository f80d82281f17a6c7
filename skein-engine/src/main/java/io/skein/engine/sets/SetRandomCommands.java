package io.skein.engine.sets;

import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.util.ByteString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * SPOP and SRANDMEMBER. Randomness comes from the engine's generator, so a seeded engine gives
 * repeatable picks. With a count, SPOP answers a set and SRANDMEMBER an array (it may repeat
 * members), as Redis 7 does in RESP3.
 */
final class SetRandomCommands {

  private SetRandomCommands() {}

  static void register(CommandTable table) {
    table.add(command("spop", -2).flags(WRITE, FAST).keys(1, 1, 1).group("set")
        .summary("Returns one or more random members from a set after removing them.")
        .handler(SetRandomCommands::spop));
    table.add(command("srandmember", -2).flags(READONLY).keys(1, 1, 1).group("set")
        .summary("Get one or multiple random members from a set")
        .handler(SetRandomCommands::srandmember));
  }

  static void spop(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (argv.length > 3) {
      throw RedisException.SYNTAX;
    }
    RandomGenerator random = ctx.engine().random();
    if (argv.length == 2) {
      RedisSet s = SetCommands.read(ctx, argv[1]);
      if (s == null) {
        out.nullBulk();
        return;
      }
      byte[] m = s.randomMember(random);
      s.remove(m);
      ctx.db().modified(argv[1]);
      out.bulk(m);
      return;
    }
    long count = Args.parseLong(argv[2]);
    if (count < 0) {
      throw RedisException.err("value is out of range, must be positive");
    }
    RedisSet s = SetCommands.read(ctx, argv[1]);
    if (s == null || count == 0) {
      out.setHeader(0);
      return;
    }
    if (count >= s.size()) {
      SetCommands.replySet(out, s);
      ctx.db().delete(argv[1]);
      return;
    }
    List<byte[]> popped = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      byte[] m = s.randomMember(random);
      s.remove(m);
      popped.add(m);
    }
    ctx.db().modified(argv[1]);
    out.setHeader(popped.size());
    popped.forEach(out::bulk);
  }

  static void srandmember(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (argv.length > 3) {
      throw RedisException.SYNTAX;
    }
    RandomGenerator random = ctx.engine().random();
    if (argv.length == 2) {
      RedisSet s = SetCommands.read(ctx, argv[1]);
      out.bulk(s == null ? null : s.randomMember(random));
      return;
    }
    long count = Args.parseLong(argv[2]);
    if (count == Long.MIN_VALUE) {
      throw RedisException.err("value is out of range, value must between "
          + -Long.MAX_VALUE + " and " + Long.MAX_VALUE);
    }
    RedisSet s = SetCommands.read(ctx, argv[1]);
    if (s == null || count == 0) {
      out.arrayHeader(0);
      return;
    }
    List<byte[]> picked = count < 0 ? withRepeats(s, -count, random) : distinct(s, count, random);
    out.arrayHeader(picked.size());
    picked.forEach(out::bulk);
  }

  private static List<byte[]> withRepeats(RedisSet s, long count, RandomGenerator random) {
    if (count > Integer.MAX_VALUE - 8) {
      // A reply this long could never be buffered; Redis would run out of memory as well.
      throw RedisException.err("value is out of range");
    }
    List<byte[]> picked = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      picked.add(s.randomMember(random));
    }
    return picked;
  }

  /**
   * {@code count} distinct members. Near the whole set, copying everything and dropping random
   * ones is cheaper than drawing until enough distinct ones came up; far below it, drawing wins.
   */
  private static List<byte[]> distinct(RedisSet s, long count, RandomGenerator random) {
    List<byte[]> all = new ArrayList<>();
    if (count >= s.size() || count * 3 > s.size()) {
      s.forEach(all::add);
      while (all.size() > count) {
        int i = random.nextInt(all.size());
        all.set(i, all.get(all.size() - 1));
        all.remove(all.size() - 1);
      }
      return all;
    }
    Set<ByteString> seen = new HashSet<>();
    while (all.size() < count) {
      byte[] m = s.randomMember(random);
      if (seen.add(ByteString.wrap(m))) {
        all.add(m);
      }
    }
    return all;
  }
}
