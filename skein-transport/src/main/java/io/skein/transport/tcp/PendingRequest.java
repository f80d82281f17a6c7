package io.skein.transport.tcp;

import io.skein.core.HostAndPort;
import io.skein.transport.MessageChannel;
import io.skein.transport.frame.FrameType;
import java.util.concurrent.CompletableFuture;

/**
 * One outbound request (or one-way message) from {@code request()}/{@code send()} until it is
 * answered, fails or times out. It is itself the future {@code request()} returns: one object
 * per request instead of a request and a future, on a path taken for every replicated write.
 * Completion is a race between the reply, the connection's loss, the timeout sweep and the
 * transport's close: whichever completes it first wins and the others find it done. A one-way
 * message is never completed.
 */
final class PendingRequest extends CompletableFuture<byte[]> {

  final HostAndPort peer;
  final MessageChannel channel;
  final byte[] payload;
  final long correlationId;
  /** {@code Clock.nanos()} after which the request has timed out; unused for one-way. */
  final long deadline;
  private final boolean oneWay;
  /** The connection it was handed to, once it left the pool's queue. */
  volatile PeerConnection connection;

  private PendingRequest(HostAndPort peer, MessageChannel channel, byte[] payload,
      long correlationId, long deadline, boolean oneWay) {
    this.peer = peer;
    this.channel = channel;
    this.payload = payload;
    this.correlationId = correlationId;
    this.deadline = deadline;
    this.oneWay = oneWay;
  }

  static PendingRequest request(HostAndPort peer, MessageChannel channel, byte[] payload,
      long correlationId, long deadline) {
    return new PendingRequest(peer, channel, payload, correlationId, deadline, false);
  }

  static PendingRequest oneWay(HostAndPort peer, MessageChannel channel, byte[] payload) {
    return new PendingRequest(peer, channel, payload, 0, 0, true);
  }

  boolean isOneWay() {
    return oneWay;
  }

  /** Whether a request is past its deadline at {@code now} (a one-way message never is). */
  boolean expired(long now) {
    return !oneWay && now - deadline >= 0;
  }

  /** Completes with the reply; false when something else completed it first. */
  boolean succeed(byte[] reply) {
    return !oneWay && complete(reply);
  }

  /** Completes exceptionally; false when something else completed it first. */
  boolean fail(Throwable cause) {
    return !oneWay && completeExceptionally(cause);
  }

  OutboundFrame frame() {
    return new OutboundFrame(oneWay ? FrameType.ONEWAY : FrameType.REQUEST, channel.code(),
        correlationId, payload);
  }
}
