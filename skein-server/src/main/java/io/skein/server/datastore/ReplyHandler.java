package io.skein.server.datastore;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.skein.resp.RespLimits;

/**
 * The last handler of a channel to the external Redis, after {@link ReplyFraming}: hands each
 * whole reply, the end of each read batch, and what went wrong to the connection that owns the
 * channel. The channel is passed along so the connection can tell a current channel from one it
 * has already replaced.
 *
 * <p>Threading: the channel's event loop.
 */
final class ReplyHandler extends SimpleChannelInboundHandler<byte[]> {

  /** What the owning connection hears; every call is on the channel's event loop. */
  interface Listener {
    void onReply(Channel ch, byte[] reply);

    /** A read batch ended: replies may have freed room for queued commands. */
    void onReadBatchEnd(Channel ch);

    /** The channel failed ({@code why} says how, for the log and the commands' errors). */
    void onFailure(Channel ch, String why);
  }

  private final Channel ch;
  private final Listener listener;

  /** A channel's pipeline: frame the replies, then hand them to {@code listener}. */
  static ChannelInitializer<Channel> pipeline(Listener listener) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(Channel ch) {
        ch.pipeline().addLast(new ReplyFraming(RespLimits.DEFAULT_MAX_BULK_LENGTH),
            new ReplyHandler(ch, listener));
      }
    };
  }

  ReplyHandler(Channel ch, Listener listener) {
    this.ch = ch;
    this.listener = listener;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, byte[] reply) {
    listener.onReply(ch, reply);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    listener.onReadBatchEnd(ch);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    Throwable root = cause instanceof DecoderException && cause.getCause() != null
        ? cause.getCause() : cause;
    listener.onFailure(ch, (root instanceof CorruptedFrameException ? "protocol error: "
        : "connection lost: ") + describe(root));
  }

  /** A failure's message, or its type when it has none. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message;
  }
}
