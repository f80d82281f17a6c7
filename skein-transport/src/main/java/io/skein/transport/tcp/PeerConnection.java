package io.skein.transport.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.skein.transport.PeerErrorException;
import io.skein.transport.PeerUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One outbound connection of a {@link PeerPool}: connecting, then ready once both HELLOs are
 * through, then closed for good (a pool replaces it, never reopens it). Holds the requests sent
 * on it and not yet answered; when it closes, each of them fails with a
 * {@link PeerUnavailableException}, so no request outlives its connection unanswered.
 *
 * <p>Writes are batched: a request the pool hands over goes into an outbox, and one task on the
 * channel's event loop writes everything the outbox holds and flushes once. Under load many
 * requests share one task hand-over, one system call and one wake-up of the event loop, where a
 * flush per request paid all three for every request.
 *
 * <p>Thread-safety: state is volatile or concurrent; the reply and close callbacks and the
 * outbox's writer run on the channel's event loop, {@link #reserve} and {@link #scheduleWrite}
 * on any thread.
 */
final class PeerConnection {

  private final PeerPool pool;
  private final Map<Long, PendingRequest> inFlight = new ConcurrentHashMap<>();
  private final Queue<PendingRequest> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writeScheduled = new AtomicBoolean();
  private final Runnable writeTask = this::writeOutbox;
  private final AtomicBoolean finished = new AtomicBoolean();
  private volatile String finishReason;
  private volatile Channel channel;
  private volatile boolean ready;

  PeerConnection(PeerPool pool) {
    this.pool = pool;
  }

  /**
   * Binds the connection to its channel as the channel is set up, on its event loop, before
   * the connect starts: the handshake, and the first write after it, may then come before the
   * thread that asked for the connect gets to {@link #connecting}.
   */
  void bind(Channel ch) {
    channel = ch;
  }

  /** Reports a failed connect to the pool. */
  void connecting(ChannelFuture connect) {
    channel = connect.channel(); // the same channel bind() saw, unless it was never set up
    connect.addListener(f -> {
      if (!f.isSuccess()) {
        finish("connect failed: " + f.cause().getMessage());
      }
    });
  }

  PeerPool pool() {
    return pool;
  }

  boolean ready() {
    return ready;
  }

  /** Whether another request may be sent on it without passing the outstanding bound. */
  boolean hasRoom(int maxOutstanding) {
    return ready && inFlight.size() < maxOutstanding;
  }

  int inFlight() {
    return inFlight.size();
  }

  /**
   * Registers a request as in flight here and puts it in the outbox; called under the pool's
   * lock, so requests leave in the order the pool handed them over. {@link #scheduleWrite}
   * follows, outside the lock.
   */
  void reserve(PendingRequest request) {
    request.connection = this;
    if (!request.isOneWay()) {
      inFlight.put(request.correlationId, request);
    }
    outbox.add(request);
  }

  /** Makes sure a write task will run for what the outbox holds (once for many requests). */
  void scheduleWrite() {
    if (!writeScheduled.compareAndSet(false, true)) {
      return; // the pending task will see the requests added since it was scheduled
    }
    try {
      channel.eventLoop().execute(writeTask);
    } catch (RejectedExecutionException e) {
      writeScheduled.set(false);
      finish("transport closed");
      dropOutbox();
    }
  }

  /** Writes every request in the outbox, then flushes once (event loop). */
  private void writeOutbox() {
    // Cleared first: a request added from now on schedules another task rather than being
    // missed by this one.
    writeScheduled.set(false);
    if (finished.get()) {
      dropOutbox();
      return;
    }
    Channel c = channel;
    boolean wrote = false;
    PendingRequest request;
    while ((request = outbox.poll()) != null) {
      if (request.isDone()) {
        inFlight.remove(request.correlationId, request); // timed out while it waited here
        continue;
      }
      // A failed write fires exceptionCaught, which closes the connection, and the close fails
      // the request with the others in flight: no listener per request is needed.
      c.write(request.frame(), c.voidPromise());
      wrote = true;
    }
    if (wrote) {
      c.flush();
    }
  }

  /** The connection is finished: fails what waits in the outbox (one-way: dropped, counted). */
  private void dropOutbox() {
    PendingRequest request;
    while ((request = outbox.poll()) != null) {
      if (request.isOneWay()) {
        pool.stats().messageDropped();
      }
    }
    failInFlight();
  }

  /** Takes the requests past their deadline out of the in-flight set, into {@code expired}. */
  void expire(long now, List<PendingRequest> expired) {
    for (PendingRequest request : inFlight.values()) {
      if (request.expired(now) && inFlight.remove(request.correlationId, request)) {
        expired.add(request);
      }
    }
  }

  /**
   * The handshake completed (event loop). The channel is taken from here too: on a fast
   * loopback the handshake can finish before the connecting thread has recorded the channel.
   */
  void established(Channel established) {
    channel = established;
    ready = true;
    pool.onEstablished(this);
  }

  /** A REPLY or ERROR_REPLY arrived (event loop); {@code error} is null for a REPLY. */
  void replied(long correlationId, byte[] payload, String error) {
    PendingRequest request = inFlight.remove(correlationId);
    if (request == null) {
      return; // timed out earlier; its reply comes too late to matter
    }
    if (error == null) {
      request.succeed(payload);
    } else if (request.fail(new PeerErrorException(request.peer, error))) {
      pool.stats().requestFailed();
    }
    if (pool.hasWaiting()) {
      pool.drain();
    }
  }

  /**
   * The connection is gone (event loop, a connect listener, or the transport's close): fails
   * what is in flight on it, and tells the pool, once. Called again (the channel's close
   * follows an abort), it fails what was reserved in between, so a request racing the close is
   * not left unanswered.
   */
  void finish(String reason) {
    boolean first = finished.compareAndSet(false, true);
    if (first) {
      finishReason = reason;
    }
    boolean wasReady = ready;
    ready = false;
    failInFlight();
    if (!first) {
      return;
    }
    if (wasReady) {
      pool.onClosed(this, reason);
    } else {
      pool.onConnectFailed(this, reason);
    }
  }

  private void failInFlight() {
    String reason = finishReason;
    for (Long id : inFlight.keySet()) {
      PendingRequest request = inFlight.remove(id);
      if (request != null && request.fail(new PeerUnavailableException(request.peer,
          "connection lost before the reply (" + reason + ")"))) {
        pool.stats().requestFailed();
      }
    }
  }

  /** Gives up on the connection for {@code reason} (which is what its requests report). */
  void abort(String reason) {
    finish(reason);
    close();
  }

  /** Closes the channel; {@link #finish} follows from the close. */
  void close() {
    Channel c = channel;
    if (c != null) {
      c.close();
    }
  }
}
