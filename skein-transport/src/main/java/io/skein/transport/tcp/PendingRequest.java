package io.skein.transport.tcp;

import io.skein.core.HostAndPort;
import io.skein.transport.MessageChannel;
import io.skein.transport.frame.FrameType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * One outbound request (or one-way message) from {@code request()}/{@code send()} until it is
 * answered, fails or times out. Completion is a race between the reply, the connection's loss,
 * the timeout and the transport's close: whichever completes the future first wins and the
 * others find it done.
 */
final class PendingRequest {

  final HostAndPort peer;
  final MessageChannel channel;
  final byte[] payload;
  final long correlationId;
  /** Null for a one-way message. */
  final CompletableFuture<byte[]> future;
  /** The connection it was handed to, once it left the pool's queue. */
  volatile PeerConnection connection;
  private volatile ScheduledFuture<?> timeout;

  private PendingRequest(HostAndPort peer, MessageChannel channel, byte[] payload,
      long correlationId, CompletableFuture<byte[]> future) {
    this.peer = peer;
    this.channel = channel;
    this.payload = payload;
    this.correlationId = correlationId;
    this.future = future;
  }

  static PendingRequest request(HostAndPort peer, MessageChannel channel, byte[] payload,
      long correlationId) {
    return new PendingRequest(peer, channel, payload, correlationId, new CompletableFuture<>());
  }

  static PendingRequest oneWay(HostAndPort peer, MessageChannel channel, byte[] payload) {
    return new PendingRequest(peer, channel, payload, 0, null);
  }

  boolean isOneWay() {
    return future == null;
  }

  /** Whether a request's outcome is already decided (a one-way message never is). */
  boolean isDone() {
    return future != null && future.isDone();
  }

  void timeoutAfter(ScheduledFuture<?> timer) {
    this.timeout = timer;
  }

  /** Completes with the reply; false when something else completed it first. */
  boolean succeed(byte[] reply) {
    cancelTimer();
    return future != null && future.complete(reply);
  }

  /** Completes exceptionally; false when something else completed it first. */
  boolean fail(Throwable cause) {
    cancelTimer();
    return future != null && future.completeExceptionally(cause);
  }

  private void cancelTimer() {
    ScheduledFuture<?> t = timeout;
    if (t != null) {
      t.cancel(false);
    }
  }

  OutboundFrame frame() {
    return new OutboundFrame(isOneWay() ? FrameType.ONEWAY : FrameType.REQUEST, channel.code(),
        correlationId, payload);
  }
}
