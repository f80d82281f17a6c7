package io.skein.transport.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandler;
import io.skein.core.HostAndPort;
import io.skein.transport.FrameRejection;
import io.skein.transport.RateLimitedLog;
import io.skein.transport.TransportStats;
import io.skein.transport.frame.Frame;
import io.skein.transport.frame.FrameCodec;
import io.skein.transport.frame.FrameFormatException;
import io.skein.transport.frame.FrameSession;
import io.skein.transport.frame.Opened;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.function.Predicate;

/**
 * Authenticates one connection: sends and answers the HELLO, opens every inbound frame through
 * its {@link FrameSession} and passes on only {@link Frame}s that verified, in order; seals every
 * {@link OutboundFrame} written (frames written without a promise are gathered into one buffer
 * until the next flush, {@link OutboundBatch}). A refused frame is dropped, counted by reason
 * and logged at most once per peer per interval; a fatal one (framing lost, handshake failed,
 * TLS required but absent) closes the connection.
 *
 * <p>Fires {@link SessionEstablished} when the handshake completes. Runs on the channel's event
 * loop, which confines the session.
 */
public final class SessionHandler extends ChannelDuplexHandler {

  private final FrameSession session;
  private final TransportStats stats;
  private final RateLimitedLog log;
  private final String node;
  private final Predicate<HostAndPort> requiresTls;
  /** Scratch space for sealing, reused frame after frame (the event loop confines it). */
  private final byte[] header = new byte[FrameCodec.HEADER];
  private final byte[] tag = new byte[FrameCodec.MAC];
  private final OutboundBatch batch = new OutboundBatch();

  /**
   * @param node this node's name for log lines
   * @param requiresTls whether a peer (by its advertised address) must have come over TLS
   */
  public SessionHandler(FrameSession session, TransportStats stats, RateLimitedLog log,
      String node, Predicate<HostAndPort> requiresTls) {
    this.session = session;
    this.stats = stats;
    this.log = log;
    this.node = node;
    this.requiresTls = requiresTls;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    if (session.isInitiator()) {
      ctx.writeAndFlush(Unpooled.wrappedBuffer(session.hello()));
      stats.frameSent();
    }
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof byte[] bytes)) {
      ctx.fireChannelRead(msg);
      return;
    }
    Opened opened = session.open(bytes);
    if (opened instanceof Opened.Accepted accepted) {
      stats.frameReceived();
      ctx.fireChannelRead(accepted.frame());
    } else if (opened instanceof Opened.Handshake handshake) {
      onHandshake(ctx, handshake.peer());
    } else if (opened instanceof Opened.Rejected rejected) {
      reject(ctx, rejected.reason(), rejected.detail(), rejected.fatal());
    }
  }

  private void onHandshake(ChannelHandlerContext ctx, HostAndPort peer) {
    if (requiresTls.test(peer) && ctx.pipeline().get(SslHandler.class) == null) {
      reject(ctx, FrameRejection.TLS_REQUIRED,
          "plain-text connection from a peer secure_server_option requires TLS for", true);
      return;
    }
    stats.frameReceived();
    if (!session.isInitiator()) {
      ctx.writeAndFlush(Unpooled.wrappedBuffer(session.hello()));
      stats.frameSent();
    }
    ctx.fireUserEventTriggered(new SessionEstablished(peer));
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (!(msg instanceof OutboundFrame frame)) {
      batch.writeTo(ctx);
      ctx.write(msg, promise);
      return;
    }
    if (!session.established()) {
      promise.setFailure(new IllegalStateException("write before the handshake: "
          + frame.type() + " (expected: an established session)"));
      return;
    }
    byte[] payload = frame.payload();
    int size = FrameCodec.HEADER + payload.length + FrameCodec.MAC;
    session.sealInto(frame.type(), frame.channelCode(), frame.correlationId(), payload, header,
        tag);
    // Straight into a pooled direct buffer, the kind the socket writes from: the payload is
    // copied once, where a sealed array wrapped in a heap buffer was copied twice.
    if (promise.isVoid()) {
      batch.room(ctx, size).writeBytes(header).writeBytes(payload).writeBytes(tag);
    } else {
      batch.writeTo(ctx); // keeps the frames in sequence order
      ByteBuf out = ctx.alloc().ioBuffer(size);
      out.writeBytes(header).writeBytes(payload).writeBytes(tag);
      ctx.write(out, promise);
    }
    stats.frameSent();
  }

  @Override
  public void flush(ChannelHandlerContext ctx) {
    batch.writeTo(ctx);
    ctx.flush();
  }

  @Override
  public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
    batch.release();
    ctx.close(promise);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    batch.release();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof DecoderException && cause.getCause() instanceof FrameFormatException f) {
      reject(ctx, f.reason(), f.getMessage(), true);
      return;
    }
    if (!(cause instanceof IOException)) {
      // A reset or refused connection is routine (peer restart) and shows as a failed request;
      // anything else is a fault worth a (rate-limited) line.
      log.warn(peerKey(ctx), prefix(ctx) + " Closing connection: " + cause);
    }
    ctx.close();
  }

  private void reject(ChannelHandlerContext ctx, FrameRejection reason, String detail,
      boolean fatal) {
    stats.frameRejected(reason);
    log.warn(peerKey(ctx), prefix(ctx) + " Dropped frame: " + reason + " (" + detail + ")"
        + (fatal ? "; closing connection" : ""));
    if (fatal) {
      ctx.close();
    }
  }

  private String peerKey(ChannelHandlerContext ctx) {
    HostAndPort peer = session.peer();
    if (peer != null) {
      return peer.toString();
    }
    // Unauthenticated: key by host, not host:port, so a burst of new connections is one peer.
    SocketAddress remote = ctx.channel().remoteAddress();
    return remote instanceof InetSocketAddress inet ? inet.getHostString() : String.valueOf(remote);
  }

  private String prefix(ChannelHandlerContext ctx) {
    return "[" + node + "][peer " + peerKey(ctx) + "]";
  }
}
