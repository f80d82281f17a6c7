package io.skein.transport.tcp;

import io.netty.channel.Channel;
import io.skein.transport.PeerHandler;
import io.skein.transport.frame.FrameType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers one inbound request on the connection it came on. If that connection is gone the
 * answer is dropped: the requester has already seen the connection fail.
 */
final class ChannelResponder implements PeerHandler.Responder {

  private final Channel channel;
  private final int channelCode;
  private final long correlationId;
  private final AtomicBoolean answered = new AtomicBoolean();

  ChannelResponder(Channel channel, int channelCode, long correlationId) {
    this.channel = channel;
    this.channelCode = channelCode;
    this.correlationId = correlationId;
  }

  @Override
  public void reply(byte[] payload) {
    answer(FrameType.REPLY, payload);
  }

  @Override
  public void fail(String message) {
    answer(FrameType.ERROR_REPLY, String.valueOf(message).getBytes(StandardCharsets.UTF_8));
  }

  private void answer(FrameType type, byte[] payload) {
    if (!answered.compareAndSet(false, true)) {
      throw new IllegalStateException("request " + correlationId
          + ": already answered (expected: one reply or fail per request)");
    }
    // No future to listen to: a failed write closes the connection, and the requester sees
    // that. The flush is consolidated with the other replies of the same read.
    channel.writeAndFlush(new OutboundFrame(type, channelCode, correlationId, payload),
        channel.voidPromise());
  }
}
