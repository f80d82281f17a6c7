package io.skein.engine.lists;

import io.skein.engine.Engine;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.ReplySink;
import io.skein.engine.exec.BlockedClient;
import io.skein.engine.exec.StripeLocks;
import io.skein.engine.testing.RecordingSink;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A client connection as the server presents it to the executor when it blocks: its context's
 * connection is the client itself. Timeouts are fired by the test, as the server's timer would.
 */
final class FakeBlockedClient implements BlockedClient {

  /** What {@link #send} answers when the command blocked. */
  static final Object BLOCKED = new Object() {
    @Override
    public String toString() {
      return "<blocked>";
    }
  };

  private enum State { IDLE, BLOCKED, SERVING, TIMED_OUT }

  private final Engine engine;
  private final CommandContext context;
  private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);
  private RecordingSink sink = new RecordingSink(false);
  private CommandSpec spec;
  private byte[][] argv;
  private long timeoutMillis = -1;
  private boolean endedUnlocked;

  FakeBlockedClient(Engine engine) {
    this.engine = engine;
    this.context = new CommandContext(engine, this);
  }

  /** Runs a command: its reply, or {@link #BLOCKED} when it blocked. */
  Object send(String... args) {
    argv = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
    }
    spec = engine.commands().lookup(argv[0]);
    sink = new RecordingSink(false);
    state.set(State.IDLE);
    engine.executor().execute(context, spec, argv, sink);
    return sink.replies().isEmpty() ? BLOCKED : sink.take();
  }

  boolean isBlocked() {
    return state.get() == State.BLOCKED;
  }

  /** The reply a retry wrote since the client blocked, or {@link #BLOCKED}. */
  Object reply() {
    return sink.replies().isEmpty() ? BLOCKED : sink.take();
  }

  long timeoutMillis() {
    return timeoutMillis;
  }

  /** The server's timer firing: unregisters and answers the null array. */
  void timeOut() {
    if (state.compareAndSet(State.BLOCKED, State.TIMED_OUT)) {
      engine.executor().unblock(this);
      sink.nullArray();
    }
  }

  @Override
  public CommandContext context() {
    return context;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public byte[][] argv() {
    return argv;
  }

  @Override
  public boolean tryBeginServe() {
    return state.compareAndSet(State.BLOCKED, State.SERVING);
  }

  @Override
  public ReplySink sink() {
    return sink;
  }

  /** Whether some retry ended after the executor had let go of the first key's lock. */
  boolean endedUnlocked() {
    return endedUnlocked;
  }

  @Override
  public void endServe(boolean served) {
    int stripe = StripeLocks.stripeOfKey(argv[spec.keyIndexes(argv)[0]]);
    if (!engine.executor().locks().heldByCurrentThread(stripe)) {
      endedUnlocked = true;
    }
    if (served) {
      state.set(State.IDLE);
    } else {
      sink.clear();
      state.set(State.BLOCKED);
    }
  }

  @Override
  public void blocked(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    state.set(State.BLOCKED);
  }
}
