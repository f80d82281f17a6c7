package io.skein.transport.tcp;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.skein.core.HostAndPort;
import io.skein.transport.FrameRejection;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.RateLimitedLog;
import io.skein.transport.TransportStats;
import io.skein.transport.frame.Frame;
import java.nio.charset.StandardCharsets;

/**
 * The last handler of a peer connection: hands authenticated requests and one-way messages to
 * the node's {@link PeerHandler}, and replies to the {@link PeerConnection} that waits for them
 * (outbound connections only; an inbound connection has none). Runs on the event loop.
 */
final class FrameDispatcher extends ChannelInboundHandlerAdapter {

  private final PeerHandler handler;
  private final PeerConnection connection;
  private final TransportStats stats;
  private final RateLimitedLog log;
  private final String node;
  private HostAndPort peer;

  /** {@code connection} is null on an inbound connection. */
  FrameDispatcher(PeerHandler handler, PeerConnection connection, TransportStats stats,
      RateLimitedLog log, String node) {
    this.handler = handler;
    this.connection = connection;
    this.stats = stats;
    this.log = log;
    this.node = node;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SessionEstablished established) {
      peer = established.peer();
      if (connection != null) {
        connection.established(ctx.channel());
      }
    }
    ctx.fireUserEventTriggered(event);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    Frame frame = (Frame) msg;
    switch (frame.type()) {
      case REQUEST -> onRequest(ctx, frame);
      case ONEWAY -> onMessage(frame);
      case REPLY -> reply(frame, null);
      case ERROR_REPLY -> reply(frame, new String(frame.payload(), StandardCharsets.UTF_8));
      default -> { } // HELLO never gets past the session handler
    }
  }

  private void onRequest(ChannelHandlerContext ctx, Frame frame) {
    ChannelResponder responder =
        new ChannelResponder(ctx.channel(), frame.channelCode(), frame.correlationId());
    MessageChannel channel = MessageChannel.fromCode(frame.channelCode());
    if (channel == null) {
      unknownChannel(frame);
      responder.fail("unknown channel: " + frame.channelCode());
      return;
    }
    try {
      handler.onRequest(peer, channel, frame.payload(), responder);
    } catch (RuntimeException e) {
      log.warn(peer.toString(), "[" + node + "][peer " + peer + "] Handler failed a "
          + channel + " request: " + e);
      try {
        responder.fail("handler failed: " + e);
      } catch (IllegalStateException alreadyAnswered) {
        // The handler answered before it threw; the requester has its answer.
      }
    }
  }

  private void onMessage(Frame frame) {
    MessageChannel channel = MessageChannel.fromCode(frame.channelCode());
    if (channel == null) {
      unknownChannel(frame);
      return;
    }
    try {
      handler.onMessage(peer, channel, frame.payload());
    } catch (RuntimeException e) {
      log.warn(peer.toString(), "[" + node + "][peer " + peer + "] Handler failed a "
          + channel + " message: " + e);
    }
  }

  private void reply(Frame frame, String error) {
    if (connection != null) {
      connection.replied(frame.correlationId(), frame.payload(), error);
    }
  }

  private void unknownChannel(Frame frame) {
    stats.frameRejected(FrameRejection.UNKNOWN_CHANNEL);
    log.warn(peer.toString(), "[" + node + "][peer " + peer + "] Dropped frame: "
        + FrameRejection.UNKNOWN_CHANNEL + " (channel " + frame.channelCode() + ")");
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (connection != null) {
      connection.finish(connection.ready() ? "connection closed"
          : "closed during the handshake (a different cluster secret, or TLS refused?)");
    }
    ctx.fireChannelInactive();
  }
}
