package io.skein.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * CLIENT REPLY ON | OFF | SKIP: while replies are off (or for the one command after SKIP), the
 * command's reply goes to a scratch buffer that is thrown away.
 */
public final class ReplyMode {

  /** The three modes of CLIENT REPLY. */
  public enum Mode { ON, OFF, SKIP }

  private boolean off;
  private boolean skipNext;
  private boolean skipping;
  private ByteBuf scratch;

  /** Takes effect from the next command; SKIP silences exactly one command. */
  public void mode(Mode mode) {
    off = mode == Mode.OFF;
    skipNext = mode == Mode.SKIP;
  }

  /** Whether the command between begin and end has its reply thrown away. */
  boolean skipping() {
    return skipping;
  }

  void beginCommand(RespSink sink, ByteBuf out) {
    skipping = off || skipNext;
    skipNext = false;
    if (skipping) {
      if (scratch == null) {
        scratch = Unpooled.buffer(256);
      }
      sink.target(scratch);
    }
  }

  void endCommand(RespSink sink, ByteBuf out) {
    if (skipping) {
      scratch.clear();
      sink.target(out);
      skipping = false;
    }
  }
}
