package io.skein.engine.zsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.ReplySink;
import io.skein.engine.exec.BlockedClient;
import io.skein.engine.testing.EngineHarness;
import io.skein.engine.testing.RecordingSink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A blocked BZPOPMIN / BZMPOP is served by the write that makes its key non-empty. */
class BzpopBlockingTest {

  private final EngineHarness h = new EngineHarness();

  /** A client as the server would present it, with its own sink. */
  private final class Waiter implements BlockedClient {
    final CommandContext ctx = new CommandContext(h.engine, this);
    RecordingSink sink = new RecordingSink(false);
    CommandSpec spec;
    byte[][] argv;
    long timeout = -1;
    Object reply;

    void run(String... args) {
      argv = new byte[args.length][];
      for (int i = 0; i < args.length; i++) {
        argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
      }
      spec = h.engine.commands().lookup(argv[0]);
      h.engine.executor().execute(ctx, spec, argv, sink);
      if (!sink.replies().isEmpty()) {
        reply = sink.take();
      }
    }

    @Override public CommandContext context() { return ctx; }
    @Override public CommandSpec spec() { return spec; }
    @Override public byte[][] argv() { return argv; }
    @Override public boolean tryBeginServe() { return true; }
    @Override public ReplySink sink() { return sink; }
    @Override public void blocked(long timeoutMillis) { timeout = timeoutMillis; }

    @Override
    public void endServe(boolean served) {
      if (served) {
        reply = sink.take();
      } else {
        sink = new RecordingSink(false);
      }
    }
  }

  @Test
  void bzpopminBlocksThenTakesTheFirstAddedMember() {
    Waiter w = new Waiter();
    w.run("BZPOPMIN", "q1", "q2", "1.5");
    assertThat(w.reply).isNull();
    assertThat(w.timeout).isEqualTo(1500L);
    h.run("ZADD", "other", "1", "x"); // a key it does not wait on serves nothing
    assertThat(w.reply).isNull();
    h.run("ZADD", "q2", "2", "b", "1", "a");
    assertThat(w.reply).isEqualTo(List.of("q2", "a", "1"));
    assertThat(h.run("ZRANGE", "q2", "0", "-1")).isEqualTo(List.of("b"));
  }

  @Test
  void bzmpopBlocksThenPopsUpToCount() {
    Waiter w = new Waiter();
    w.run("BZMPOP", "0", "1", "q", "MAX", "COUNT", "5");
    assertThat(w.timeout).isEqualTo(0L);
    h.run("ZADD", "q", "1", "a", "2", "b");
    assertThat(w.reply).isEqualTo(List.of("q", List.of(List.of("b", "2"), List.of("a", "1"))));
    assertThat(h.run("EXISTS", "q")).isEqualTo(0L);
  }
}
