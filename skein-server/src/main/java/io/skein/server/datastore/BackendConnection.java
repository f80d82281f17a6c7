package io.skein.server.datastore;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import io.skein.core.Clock;
import io.skein.resp.RespEncoder;
import io.skein.server.datastore.DatastoreException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One pipelined connection to the external Redis: commands are written in the order they were
 * submitted and Redis answers in that order, so each reply completes the oldest command in
 * flight. At most {@code maxInFlight} are in flight; the rest wait in a queue bounded by
 * {@code maxQueued}, beyond which a command fails at once (OVERLOADED).
 *
 * <p>States: DOWN → CONNECTING → (AUTHENTICATING) → READY, back to DOWN when the connection is
 * lost, refused, times out or AUTH is refused, and to CLOSED for good. Leaving READY fails every
 * command in flight or queued, so none waits on a connection that will never answer; a
 * reconnection follows after a doubling backoff. A command whose reply is late closes the
 * connection: later replies could no longer be matched to their commands.
 *
 * <p>Threading: {@link #submit} and {@link #isReady} from any thread; everything else on the
 * connection's own event loop, which every channel of this connection is bound to.
 */
final class BackendConnection implements ReplyHandler.Listener {

  private static final System.Logger LOG = System.getLogger(BackendConnection.class.getName());
  private static final String POOL_CLOSED = "the pool is closed";

  enum State { DOWN, CONNECTING, AUTHENTICATING, READY, CLOSED }

  private final ExternalRedisSettings settings;
  private final Clock clock;
  private final EventLoop loop;
  private final Bootstrap bootstrap;
  private final String log;
  private volatile State state = State.DOWN;
  private volatile String lastFailure = "not connected yet";
  private final SubmissionQueue submitted;
  private final CompletableFuture<Void> firstAttempt = new CompletableFuture<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  // Owned by the event loop.
  private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
  private Channel channel;
  private String closeReason;
  private int failures;
  private ScheduledFuture<?> sweep;
  private ScheduledFuture<?> reconnect;

  BackendConnection(int index, ExternalRedisSettings settings, Clock clock, Bootstrap template,
      EventLoop loop) {
    this.settings = settings;
    this.clock = clock;
    this.loop = loop;
    this.submitted = new SubmissionQueue(settings.maxQueued());
    this.log = "[" + settings.nodeName() + "][datastore " + settings.address() + " #" + index
        + "] ";
    this.bootstrap = template.clone(loop).handler(ReplyHandler.pipeline(this));
  }

  /** Connects; the future completes once the first attempt has succeeded or failed. */
  CompletableFuture<Void> start() {
    long period = Math.max(10, Math.min(250, settings.timeout().toMillis() / 10));
    loop.execute(() -> {
      sweep = loop.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
      connect();
    });
    return firstAttempt;
  }

  boolean isReady() {
    return state == State.READY;
  }

  /** Commands submitted and not yet written to Redis. */
  int queued() {
    return submitted.size();
  }

  String lastFailure() {
    return lastFailure;
  }

  /** Queues a command; it fails at once if the queue is full or the connection is closed. */
  void submit(Pending p) {
    if (state == State.CLOSED) {
      fail(p, Reason.CLOSED, POOL_CLOSED);
      return;
    }
    SubmissionQueue.Offer offer = submitted.offer(p);
    if (offer == SubmissionQueue.Offer.FULL) {
      fail(p, Reason.OVERLOADED, "queue full: " + submitted.capacity()
          + " commands waiting (expected: fewer; the datastore is not keeping up)");
    } else if (offer == SubmissionQueue.Offer.SCHEDULE_DRAIN) {
      try {
        loop.execute(this::drain);
      } catch (RejectedExecutionException e) {
        failQueued(Reason.CLOSED, POOL_CLOSED);
      }
    }
  }

  /** Writes queued commands while there is room in flight, with one flush. */
  private void drain() {
    submitted.drainStarted();
    if (state != State.READY) {
      failQueued(state == State.CLOSED ? Reason.CLOSED : Reason.UNAVAILABLE, lastFailure);
      return;
    }
    boolean wrote = false;
    Pending p;
    while (inFlight.size() < settings.maxInFlight() && (p = submitted.poll()) != null) {
      if (p.future().isDone()) {
        continue; // cancelled by its caller before it was sent
      }
      write(p);
      wrote = true;
    }
    if (wrote) {
      channel.flush();
    }
  }

  private void write(Pending p) {
    ByteBuf buf = channel.alloc().ioBuffer(p.encodedSizeHint());
    RespEncoder.command(buf, p.argv());
    channel.write(buf, channel.voidPromise());
    inFlight.add(p);
  }

  private void connect() {
    reconnect = null;
    if (state == State.CLOSED) {
      return;
    }
    state = State.CONNECTING;
    closeReason = null;
    ChannelFuture f = bootstrap.connect(settings.address().host(), settings.address().port());
    Channel ch = f.channel();
    channel = ch;
    f.addListener(done -> {
      if (done.isSuccess()) {
        connected(ch);
      } else {
        down(ch, ReplyHandler.describe(done.cause()));
      }
    });
    // A failed connect closes its channel too; only the connect listener reports that one.
    ch.closeFuture().addListener(done -> {
      if (f.isSuccess()) {
        down(ch, "connection closed by the datastore");
      }
    });
  }

  private void connected(Channel ch) {
    if (ch != channel || state == State.CLOSED) {
      ch.close();
      return;
    }
    if (settings.password().isEmpty()) {
      ready();
      return;
    }
    state = State.AUTHENTICATING;
    byte[][] auth = {"AUTH".getBytes(StandardCharsets.US_ASCII),
        settings.password().get().getBytes(StandardCharsets.UTF_8)};
    write(new Pending(auth, clock.nanos() + settings.timeout().toNanos(),
        new CompletableFuture<>(), true));
    ch.flush();
  }

  private void ready() {
    state = State.READY;
    if (failures > 0 || !firstAttempt.isDone()) {
      LOG.log(System.Logger.Level.INFO, log + "connected");
    }
    failures = 0;
    firstAttempt.complete(null);
    drain();
  }

  @Override
  public void onReply(Channel ch, byte[] reply) {
    if (ch != channel) {
      return;
    }
    Pending p = inFlight.poll();
    if (p == null) {
      closeBecause(ch, "a reply with no command waiting for it (expected: one reply per command)");
    } else if (!p.handshake()) {
      p.future().complete(reply);
    } else if (reply.length > 0 && reply[0] == '+') {
      ready();
    } else {
      closeBecause(ch, "AUTH refused: " + new String(reply, StandardCharsets.UTF_8).strip()
          + " (check redis_requirepass)");
    }
  }

  /** Times out the oldest command in flight; the younger ones, queued after it, follow it. */
  private void sweep() {
    Pending oldest = inFlight.peek();
    if (oldest != null && oldest.expired(clock.nanos()) && channel != null) {
      String why = "no reply within " + settings.timeout().toMillis() + " ms";
      failInFlight(Reason.TIMEOUT, why);
      closeBecause(channel, why);
    }
  }

  private void closeBecause(Channel ch, String why) {
    closeReason = why;
    ch.close();
  }

  private void down(Channel ch, String why) {
    if (ch != channel) {
      return; // a channel already given up on (replaced, or reported once already)
    }
    channel = null;
    String reason = closeReason != null ? closeReason : why;
    if (state == State.CLOSED) {
      failEverything(Reason.CLOSED, POOL_CLOSED);
      return;
    }
    boolean wasReady = state == State.READY;
    long delay = settings.backoffMillis(failures++);
    state = State.DOWN;
    lastFailure = reason + "; reconnecting";
    failEverything(Reason.UNAVAILABLE, reason);
    System.Logger.Level level = wasReady || failures == 1
        ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG;
    LOG.log(level, log + (wasReady ? "down" : "not reachable") + " (" + reason
        + "); retrying in " + delay + " ms");
    firstAttempt.complete(null);
    reconnect = loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
  }

  /** Closes for good; the future completes once every command has been failed. */
  CompletableFuture<Void> close() {
    state = State.CLOSED;
    firstAttempt.complete(null);
    try {
      loop.execute(() -> {
        if (sweep != null) {
          sweep.cancel(false);
        }
        if (reconnect != null) {
          reconnect.cancel(false);
        }
        failEverything(Reason.CLOSED, POOL_CLOSED);
        if (channel != null) {
          channel.close();
        }
        closed.complete(null);
      });
    } catch (RejectedExecutionException e) {
      failQueued(Reason.CLOSED, POOL_CLOSED);
      closed.complete(null);
    }
    return closed;
  }

  private void failEverything(Reason reason, String why) {
    failInFlight(reason, why);
    failQueued(reason, why);
  }

  private void failInFlight(Reason reason, String why) {
    for (Pending p = inFlight.poll(); p != null; p = inFlight.poll()) {
      fail(p, reason, why);
    }
  }

  private void failQueued(Reason reason, String why) {
    submitted.failAll(p -> fail(p, reason, why));
  }

  private void fail(Pending p, Reason reason, String why) {
    p.future().completeExceptionally(new DatastoreException(reason, settings.address(), why));
  }

  @Override
  public void onReadBatchEnd(Channel ch) {
    if (ch == channel && !submitted.isEmpty()) {
      drain(); // replies freed room in flight
    }
  }

  @Override
  public void onFailure(Channel ch, String why) {
    if (ch == channel) {
      closeBecause(ch, why);
    } else {
      ch.close();
    }
  }
}
