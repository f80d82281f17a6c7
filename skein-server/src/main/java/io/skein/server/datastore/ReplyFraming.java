package io.skein.server.datastore;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.List;

/**
 * Cuts the byte stream from the external Redis into whole replies and passes each on as the
 * {@code byte[]} Redis sent, unparsed, so the node can relay it to its client byte for byte.
 *
 * <p>Design note: {@link io.skein.resp.RespReplyDecoder} finds the same boundaries (the tests
 * check that on every reply type), but it builds a {@code RespValue} tree and copies every bulk
 * only for the proxy to throw them away, and its static {@code parse} starts again from the
 * first byte on each read, which is quadratic for a large reply arriving in many reads. This
 * framer keeps where it stopped ({@link #framed}, the open aggregates, the line searched so far)
 * and allocates nothing until a reply is complete. The states follow RESP: a header line
 * ({@code +-:,#(_} complete in themselves; {@code $!=} followed by a body; {@code *%~>|}
 * opening an aggregate), or a bulk body. An attribute ({@code |}) annotates the value after it,
 * so it does not count as an element of its parent or as a reply of its own.
 *
 * <p>Malformed input throws {@link CorruptedFrameException} once; the channel must then be
 * closed, since nothing after it can be matched to a command. Threading: one per channel.
 */
final class ReplyFraming extends ByteToMessageDecoder {

  private final long maxBulkLength;
  /** Bytes of the current reply framed so far, counted from the buffer's reader index. */
  private int framed;
  /** Where to resume looking for the CR of an unfinished header line (relative, like framed). */
  private int lineSearched;
  /** Elements still owed by each open aggregate, innermost last; negative marks an attribute. */
  private long[] owed = new long[8];
  private int depth;
  private boolean failed;

  ReplyFraming(long maxBulkLength) {
    this.maxBulkLength = maxBulkLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    try {
      while (frameOne(in)) {
        byte[] reply = new byte[framed];
        in.readBytes(reply);
        out.add(reply);
        framed = 0;
        lineSearched = 0;
      }
    } catch (CorruptedFrameException e) {
      failed = true;
      in.skipBytes(in.readableBytes());
      throw e;
    }
  }

  /** Advances over whole elements; true once the current reply is complete. */
  private boolean frameOne(ByteBuf in) {
    int base = in.readerIndex();
    while (true) {
      int start = base + framed;
      int searchFrom = Math.max(start, base + lineSearched);
      int cr = in.indexOf(searchFrom, in.writerIndex(), (byte) '\r');
      if (cr < 0 || cr + 1 >= in.writerIndex()) {
        lineSearched = (cr < 0 ? in.writerIndex() : cr) - base;
        checkLineLength(in.writerIndex() - start);
        return false;
      }
      if (in.getByte(cr + 1) != '\n') {
        throw new CorruptedFrameException("reply line: CR without LF at byte " + (cr - start)
            + " (expected: CRLF)");
      }
      int lineEnd = cr + 2;
      byte type = in.getByte(start);
      boolean complete;
      switch (type) {
        case '+', '-', ':', ',', '#', '(', '_' -> complete = true;
        case '$', '!', '=' -> {
          long length = number(in, start + 1, cr);
          if (length == -1 && type == '$') {
            complete = true;
          } else {
            if (length < 0 || length > maxBulkLength) {
              throw new CorruptedFrameException("bulk length: " + length + " (expected: 0 to "
                  + maxBulkLength + ")");
            }
            long end = (long) lineEnd + length + 2;
            if (end > in.writerIndex()) {
              lineSearched = framed; // the header is read again then; it is short
              return false;
            }
            if (in.getByte((int) end - 2) != '\r' || in.getByte((int) end - 1) != '\n') {
              throw new CorruptedFrameException("bulk of " + length
                  + " bytes: no CRLF after it (expected: CRLF)");
            }
            lineEnd = (int) end;
            complete = true;
          }
        }
        case '*', '%', '~', '>', '|' -> complete = open(type, number(in, start + 1, cr));
        default -> throw new CorruptedFrameException("reply type: 0x"
            + Integer.toHexString(type & 0xFF) + " (expected: a RESP2 or RESP3 type byte)");
      }
      framed = lineEnd - base;
      lineSearched = framed;
      if (complete && elementDone()) {
        return true;
      }
    }
  }

  /** Opens an aggregate; true if it is empty (or null) and so already complete. */
  private boolean open(byte type, long count) {
    if (count == -1 && type == '*') {
      return true;
    }
    if (count < 0 || count > Integer.MAX_VALUE) {
      throw new CorruptedFrameException("aggregate length: " + count + " (expected: 0 to "
          + Integer.MAX_VALUE + ")");
    }
    long elements = type == '%' || type == '|' ? count * 2 : count;
    if (elements == 0) {
      return type != '|'; // an empty attribute still annotates the value after it
    }
    if (depth == owed.length) {
      owed = java.util.Arrays.copyOf(owed, depth * 2);
    }
    owed[depth++] = type == '|' ? -elements : elements;
    return false;
  }

  /** Counts a finished element against the open aggregates; true if the reply is complete. */
  private boolean elementDone() {
    while (depth > 0) {
      int top = depth - 1;
      boolean attribute = owed[top] < 0;
      owed[top] += attribute ? 1 : -1;
      if (owed[top] != 0) {
        return false;
      }
      depth--;
      if (attribute) {
        return false; // the attribute is finished; the value it annotates is still to come
      }
    }
    return true;
  }

  private void checkLineLength(int length) {
    if (length > maxBulkLength) {
      throw new CorruptedFrameException("reply line: over " + maxBulkLength
          + " bytes without CRLF (expected: a RESP line)");
    }
  }

  private static long number(ByteBuf in, int from, int to) {
    boolean negative = from < to && in.getByte(from) == '-';
    int p = negative ? from + 1 : from;
    if (p == to || to - p > 18) {
      throw new CorruptedFrameException("length: '" + in.toString(from, to - from,
          java.nio.charset.StandardCharsets.US_ASCII) + "' (expected: a decimal integer)");
    }
    long n = 0;
    for (; p < to; p++) {
      int d = in.getByte(p) - '0';
      if (d < 0 || d > 9) {
        throw new CorruptedFrameException("length: '" + in.toString(from, to - from,
            java.nio.charset.StandardCharsets.US_ASCII) + "' (expected: a decimal integer)");
      }
      n = n * 10 + d;
    }
    return negative ? -n : n;
  }
}
