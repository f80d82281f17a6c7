package io.skein.engine.testing;

import io.skein.core.ManualClock;
import io.skein.engine.Engine;
import io.skein.engine.EngineConfig;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.RedisException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * An engine on a manual clock, with one client context, for command tests:
 * {@code h.run("SET", "k", "v")} returns the reply as a plain value (see {@link RecordingSink}).
 * Arity and unknown commands are checked as the server checks them.
 */
public final class EngineHarness {

  public final ManualClock clock = new ManualClock(1_700_000_000_000L);
  public final EngineConfig config = new EngineConfig();
  public final Engine engine = new Engine(config, clock, 16, new SplittableRandom(42));
  public final CommandContext ctx = new CommandContext(engine, null);
  private boolean resp3;
  private char lastType = '.';

  /** Replies in RESP3 shapes (maps, doubles) from now on. */
  public EngineHarness resp3() {
    resp3 = true;
    return this;
  }

  public Object run(String... args) {
    byte[][] argv = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
    }
    return run(argv);
  }

  public Object run(byte[]... argv) {
    RecordingSink sink = new RecordingSink(resp3);
    CommandSpec spec = engine.commands().lookup(argv[0]);
    if (spec == null) {
      return "-ERR unknown command '" + new String(argv[0], StandardCharsets.UTF_8) + "'";
    }
    if (!spec.arityAccepts(argv.length)) {
      return "-" + RedisException.wrongArity(spec.name()).getMessage();
    }
    engine.executor().execute(ctx, spec, argv, sink);
    lastType = sink.replies().isEmpty() ? '.' : sink.peekType();
    Object reply = sink.take();
    if (!sink.replies().isEmpty()) {
      throw new AssertionError("command wrote more than one reply: " + sink.replies());
    }
    return reply;
  }

  /**
   * The RESP type byte of the last reply as the wire shows it: {@code '*'} array, {@code '%'}
   * map, {@code '~'} set (maps and sets are {@code '*'} in RESP2); {@code '.'} for the rest.
   */
  public char lastType() {
    return lastType;
  }

  /** Advances the manual clock. */
  public void advanceMillis(long millis) {
    clock.advanceMillis(millis);
  }
}
