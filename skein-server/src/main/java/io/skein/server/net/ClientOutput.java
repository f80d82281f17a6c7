package io.skein.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;

/**
 * Where a connection's replies accumulate: one buffer per read batch, written with one flush
 * when the batch ends (or once it holds {@link #FLUSH_THRESHOLD} bytes), and the close that
 * follows the last flush after QUIT, a protocol error or CLIENT KILL.
 *
 * <p>Not thread-safe: the connection's event loop owns it; {@link #closeAfterFlush} may be
 * called from elsewhere and hands the flush to the loop.
 */
final class ClientOutput {

  /** Replies are written out once this much has accumulated, even in the middle of a batch. */
  private static final int FLUSH_THRESHOLD = 64 * 1024;

  private final RespSink sink;
  private Channel channel;
  private ByteBuf out;
  private boolean closing;

  ClientOutput(RespSink sink) {
    this.sink = sink;
  }

  void channel(Channel channel) {
    this.channel = channel;
  }

  /** Whether the connection closes after the next flush; commands after that are dropped. */
  boolean closing() {
    return closing;
  }

  /** The batch's buffer, created (and made the sink's target) on first use. */
  ByteBuf ensure() {
    if (out == null) {
      out = channel.alloc().ioBuffer(1024);
      sink.target(out);
    }
    return out;
  }

  /** The batch's buffer, or {@code null} when nothing has been written to it yet. */
  ByteBuf current() {
    return out;
  }

  /** Writes the accumulated replies and flushes them. */
  void flush() {
    if (out != null && out.isReadable()) {
      ByteBuf buf = out;
      out = null;
      if (closing) {
        channel.writeAndFlush(buf).addListener(f -> channel.close());
      } else {
        channel.writeAndFlush(buf, channel.voidPromise());
      }
    } else if (closing) {
      channel.close();
    }
  }

  /** Flushes when the batch's replies have grown past the threshold. */
  void flushIfLarge() {
    if (out != null && out.readableBytes() > FLUSH_THRESHOLD) {
      flush();
    }
  }

  /** Closes the connection once the replies so far are written. */
  void closeAfterFlush() {
    closing = true;
    if (channel.eventLoop().inEventLoop()) {
      return; // flushed and closed at the end of this batch
    }
    channel.eventLoop().execute(this::flush);
  }

  /** Drops the unwritten replies (the connection is gone). */
  void release() {
    if (out != null) {
      out.release();
      out = null;
    }
  }
}
