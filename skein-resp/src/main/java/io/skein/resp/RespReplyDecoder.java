package io.skein.resp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.List;

/**
 * Decodes replies of any RESP2 or RESP3 type, nested, into {@link RespValue}s: for Skein's own
 * clients, the peer transport, tests, and round trips with {@link RespEncoder}.
 *
 * <p>Unlike the request decoder this one trusts its peer more: malformed input raises a
 * {@link CorruptedFrameException} through the pipeline (once; later bytes are discarded) rather
 * than a reply, and the channel should be closed. Attributes are
 * dropped; RESP3 streamed aggregates ({@code $?}, {@code *?}) are not supported.
 *
 * <p>Threading: one instance per channel, on its event loop.
 */
public final class RespReplyDecoder extends ByteToMessageDecoder {

  private final RespReplyParser parser;
  private boolean failed;

  /** A decoder refusing bulks longer than Redis's default {@code proto-max-bulk-len}. */
  public RespReplyDecoder() {
    this(RespLimits.DEFAULT_MAX_BULK_LENGTH);
  }

  /** A decoder refusing bulks longer than {@code maxBulkLength}. */
  public RespReplyDecoder(long maxBulkLength) {
    this.parser = new RespReplyParser(maxBulkLength);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    try {
      RespValue value = parser.next(in);
      if (value != null) {
        out.add(value);
      }
    } catch (CorruptedFrameException e) {
      // The stream has lost its framing; nothing after this point can be trusted.
      failed = true;
      in.skipBytes(in.readableBytes());
      throw e;
    }
  }

  /**
   * Parses one complete value from {@code buf} and advances its reader index past it; returns
   * null, with the reader index unchanged, if the buffer holds only part of a value.
   *
   * @throws CorruptedFrameException if the bytes are not RESP
   */
  public static RespValue parse(ByteBuf buf) {
    ByteBuf view = buf.duplicate();
    RespValue value = new RespReplyParser(Long.MAX_VALUE).next(view);
    if (value != null) {
      buf.readerIndex(view.readerIndex());
    }
    return value;
  }
}
