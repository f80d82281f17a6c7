package io.skein.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.util.concurrent.ScheduledFuture;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.ReplySink;
import io.skein.engine.exec.BlockedClient;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection's side of a blocking command. The engine retries the command from whichever
 * thread made a key ready; the connection's own event loop times it out. A three-state
 * compare-and-set decides which of them answers: {@code IDLE -> WAITING} when the command
 * blocks, {@code WAITING -> SERVING} for a retry, {@code WAITING -> IDLE} for a timeout. A
 * timeout that fires during a retry is remembered and applied if the retry finds nothing.
 *
 * <p>Thread-safe for exactly that hand-off.
 */
final class ClientBlocking implements BlockedClient {

  private static final int IDLE = 0;
  private static final int WAITING = 1;
  private static final int SERVING = 2;

  private final ClientConnection client;
  private final AtomicInteger state = new AtomicInteger(IDLE);
  private volatile boolean timeoutDue;
  private CommandSpec spec;
  private byte[][] argv;
  private ScheduledFuture<?> timer;
  private ByteBuf retryBuffer;
  private RespSink retrySink;

  ClientBlocking(ClientConnection client) {
    this.client = client;
  }

  ClientConnection client() {
    return client;
  }

  boolean isBlocked() {
    return state.get() != IDLE;
  }

  @Override
  public CommandContext context() {
    return client.context;
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
  public void blocked(long timeoutMillis) {
    spec = client.state.lastCommand;
    argv = client.state.lastArgv;
    timeoutDue = false;
    state.set(WAITING);
    if (timeoutMillis > 0) {
      timer = client.channel().eventLoop()
          .schedule(this::timeout, timeoutMillis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public boolean tryBeginServe() {
    if (!state.compareAndSet(WAITING, SERVING)) {
      return false;
    }
    retryBuffer = client.channel().alloc().ioBuffer(256);
    retrySink = new RespSink(client.sink.version());
    retrySink.target(retryBuffer);
    return true;
  }

  @Override
  public ReplySink sink() {
    return retrySink;
  }

  @Override
  public void endServe(boolean served) {
    ByteBuf reply = retryBuffer;
    retryBuffer = null;
    if (!served) {
      reply.release();
      state.set(WAITING);
      if (timeoutDue) {
        client.channel().eventLoop().execute(this::timeout);
      }
      return;
    }
    state.set(IDLE);
    client.channel().eventLoop().execute(() -> {
      cancelTimer();
      client.channel().write(reply);
      client.resumeAfterBlock();
    });
  }

  /** The timeout fired: answer as Redis does when nothing arrived in time. */
  private void timeout() {
    if (!state.compareAndSet(WAITING, IDLE)) {
      timeoutDue = true;
      return;
    }
    client.server.engine().executor().unblock(this);
    timer = null;
    client.output.ensure();
    String name = spec.name();
    if (name.equals("blmove") || name.equals("brpoplpush")) {
      client.sink.nullBulk();
    } else {
      client.sink.nullArray();
    }
    client.resumeAfterBlock();
  }

  /** CLIENT UNBLOCK: ends the wait as a timeout would (or with an error). */
  boolean unblock(boolean withError) {
    if (!state.compareAndSet(WAITING, IDLE)) {
      return false;
    }
    client.server.engine().executor().unblock(this);
    cancelTimer();
    client.output.ensure();
    if (withError) {
      client.sink.error("UNBLOCKED client unblocked via CLIENT UNBLOCK");
    } else {
      client.sink.nullArray();
    }
    client.resumeAfterBlock();
    return true;
  }

  void disconnected() {
    if (state.compareAndSet(WAITING, IDLE)) {
      client.server.engine().executor().unblock(this);
    }
    cancelTimer();
  }

  private void cancelTimer() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
