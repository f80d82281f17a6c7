package io.skein.transport.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.skein.transport.PeerErrorException;
import io.skein.transport.PeerUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One outbound connection of a {@link PeerPool}: connecting, then ready once both HELLOs are
 * through, then closed for good (a pool replaces it, never reopens it). Holds the requests sent
 * on it and not yet answered; when it closes, each of them fails with a
 * {@link PeerUnavailableException}, so no request outlives its connection unanswered.
 *
 * <p>Thread-safety: state is volatile or concurrent; the reply and close callbacks run on the
 * channel's event loop, {@link #write} on any thread.
 */
final class PeerConnection {

  private final PeerPool pool;
  private final Map<Long, PendingRequest> inFlight = new ConcurrentHashMap<>();
  private final AtomicBoolean finished = new AtomicBoolean();
  private volatile Channel channel;
  private volatile boolean ready;

  PeerConnection(PeerPool pool) {
    this.pool = pool;
  }

  /** Binds the connection to its channel and reports a failed connect to the pool. */
  void connecting(ChannelFuture connect) {
    channel = connect.channel();
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

  /** Registers a request as in flight here; called under the pool's lock, before {@link #write}. */
  void reserve(PendingRequest request) {
    request.connection = this;
    if (!request.isOneWay()) {
      inFlight.put(request.correlationId, request);
    }
  }

  /** Writes a reserved request; a request that timed out in between is not sent. */
  void write(PendingRequest request) {
    if (request.isDone()) {
      inFlight.remove(request.correlationId);
      return;
    }
    channel.writeAndFlush(request.frame()).addListener(f -> {
      if (!f.isSuccess()) {
        inFlight.remove(request.correlationId, request);
        pool.writeFailed(request, f.cause());
      }
    });
  }

  /** Forgets a request that completed another way (timeout). */
  void forget(PendingRequest request) {
    inFlight.remove(request.correlationId, request);
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
    pool.drain();
  }

  /**
   * The connection is gone (event loop, or a connect listener): fails what was in flight on it
   * and tells the pool, once.
   */
  void finish(String reason) {
    if (!finished.compareAndSet(false, true)) {
      return;
    }
    boolean wasReady = ready;
    ready = false;
    List<PendingRequest> lost = new ArrayList<>(inFlight.values());
    inFlight.clear();
    for (PendingRequest request : lost) {
      if (request.fail(new PeerUnavailableException(request.peer,
          "connection lost before the reply (" + reason + ")"))) {
        pool.stats().requestFailed();
      }
    }
    if (wasReady) {
      pool.onClosed(this, reason);
    } else {
      pool.onConnectFailed(this, reason);
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
