package io.skein.transport.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;

/**
 * Sealed frames waiting for the next flush, gathered in one pooled direct buffer: a batch of
 * small frames (a replicated SET is about 110 bytes) costs one allocation and one entry in the
 * channel's outbound buffer instead of one of each per frame. Only frames written without a
 * promise to complete join a batch; one whose write must be reported is written on its own.
 *
 * <p>Owned by {@link SessionHandler}, on the channel's event loop.
 */
final class OutboundBatch {

  /**
   * Room for about 150 replicated writes; a batch never grows past it, so a frame larger than
   * what is left starts the next batch, and a frame larger than this gets a buffer of its own.
   */
  static final int BATCH_BYTES = 16 * 1024;

  private ByteBuf batch;

  /** A buffer with {@code size} writable bytes at its end, to seal the next frame into. */
  ByteBuf room(ChannelHandlerContext ctx, int size) {
    if (batch != null && batch.capacity() - batch.writerIndex() < size) {
      writeTo(ctx);
    }
    if (batch == null) {
      batch = ctx.alloc().ioBuffer(Math.max(size, BATCH_BYTES));
    }
    return batch;
  }

  /** Passes the gathered frames on towards the socket (no flush); the batch starts afresh. */
  void writeTo(ChannelHandlerContext ctx) {
    ByteBuf gathered = batch;
    if (gathered != null) {
      batch = null;
      ctx.write(gathered, ctx.voidPromise());
    }
  }

  /** Drops what was gathered (the channel is closing; unflushed writes are lost anyway). */
  void release() {
    ByteBuf gathered = batch;
    if (gathered != null) {
      batch = null;
      gathered.release();
    }
  }
}
