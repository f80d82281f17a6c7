package io.skein.resp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes client requests into argument vectors: RESP multibulk arrays of bulk strings, and
 * inline commands as typed into telnet (split as Redis's {@code sdssplitargs} splits them).
 *
 * <p>Emits one {@code byte[][]} per command (length at least 1). The receiver may keep the
 * arguments but must not change their bytes: empty arguments share one empty array, and a
 * command name equal to the previous command's shares that command's array (a pipeline repeats
 * its command names, and this saves an allocation per command). Every other argument is a
 * fresh array. Empty
 * inline lines and multibulk counts of zero or less are skipped, as Redis skips them. On
 * malformed input it emits exactly one {@link RespProtocolError} and discards everything that
 * follows; the handler replies and closes. Acceptance and error texts follow Redis 7's
 * {@code processMultibulkBuffer} and {@code processInlineBuffer}, including its leniency: the two
 * bytes after a bulk body, and the byte after a header's {@code \r}, are skipped unchecked.
 *
 * <p>Memory: nothing is allocated for a declared length before the bytes arrive. A small bulk
 * waits in the cumulation until complete and is copied once; a large one (over
 * {@value #BUFFERED_BODY_THRESHOLD} bytes) is drained into an array that grows with what has
 * arrived, so at most about twice the received bytes are held.
 *
 * <p>Threading: decoding runs on the channel's event loop. The setters may be called from any
 * thread; they take effect at the next header the decoder reads.
 */
public final class RespRequestDecoder extends ByteToMessageDecoder {

  /** Bulks up to this size wait whole in the cumulation; larger ones are drained as they come. */
  static final int BUFFERED_BODY_THRESHOLD = 64 * 1024;
  /** First array for a drained bulk: a few reads' worth, so small pieces do not grow it often. */
  private static final int INITIAL_BODY_CAPACITY = 16 * 1024;
  /** Java cannot allocate arrays quite as large as Integer.MAX_VALUE. */
  private static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
  /** Redis also caps the argv it preallocates at 1024 entries, growing beyond that. */
  private static final int MAX_PREALLOCATED_ARGS = 1024;
  private static final int NEED_MORE = -1;
  private static final int TOO_LONG = -2;
  private static final byte[] EMPTY = new byte[0];
  /** Command names up to this length are remembered for reuse; all of Redis's are shorter. */
  private static final int MAX_SHARED_NAME = 32;

  /** Where the decoder is within the stream; one method per state. */
  private enum State { COMMAND_START, INLINE, MULTIBULK_COUNT, BULK_LENGTH, BULK_BODY, DISCARD }

  private volatile RespLimits limits;
  private volatile boolean authenticationRequired;
  private volatile boolean authenticated;

  private State state = State.COMMAND_START;
  /** Bytes of the current header line already searched for its terminator; avoids re-scans. */
  private int lineScanned;
  private final long[] number = new long[1];
  private byte[][] argv;
  private int argc;
  private int expectedArgs;
  private int bulkLength;
  /** A large bulk's bytes received so far; null while the body is still in the cumulation. */
  private byte[] body;
  private int bodyFilled;
  /** The last command name read, handed out again while the next commands repeat it. */
  private byte[] lastName = EMPTY;

  /** A decoder applying {@code limits}; it does not require authentication until told so. */
  public RespRequestDecoder(RespLimits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
  }

  /** True: the unauthenticated limits apply until {@code authenticated(true)}. */
  public void requireAuthentication(boolean required) {
    this.authenticationRequired = required;
  }

  /** Whether the client has authenticated (AUTH or HELLO ... AUTH succeeded). */
  public void authenticated(boolean yes) {
    this.authenticated = yes;
  }

  /** New limits, for example after {@code CONFIG SET proto-max-bulk-len}. */
  public void limits(RespLimits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
  }

  /** The limits in force. */
  public RespLimits limits() {
    return limits;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    boolean more = true;
    while (more) {
      switch (state) {
        case COMMAND_START -> more = commandStart(in);
        case INLINE -> more = inline(in, out);
        case MULTIBULK_COUNT -> more = multibulkCount(in, out);
        case BULK_LENGTH -> more = bulkLength(in, out);
        case BULK_BODY -> more = bulkBody(in, out);
        case DISCARD -> more = discard(in);
        default -> throw new IllegalStateException(state.name());
      }
    }
  }

  private boolean commandStart(ByteBuf in) {
    if (!in.isReadable()) {
      return false;
    }
    state = in.getByte(in.readerIndex()) == '*' ? State.MULTIBULK_COUNT : State.INLINE;
    return true;
  }

  private boolean inline(ByteBuf in, List<Object> out) {
    int lf = findLineEnd(in, (byte) '\n');
    if (lf == TOO_LONG) {
      return fail(in, out, "Protocol error: too big inline request");
    }
    if (lf == NEED_MORE) {
      return false;
    }
    int start = in.readerIndex();
    int end = lf > start && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
    byte[] line = new byte[end - start];
    in.getBytes(start, line);
    byte[][] args = InlineSplitter.split(line);
    if (args == null) {
      return fail(in, out, "Protocol error: unbalanced quotes in request");
    }
    endLine(in, lf + 1);
    state = State.COMMAND_START;
    if (args.length == 0) {
      return true;
    }
    out.add(args);
    return false;
  }

  private boolean multibulkCount(ByteBuf in, List<Object> out) {
    int cr = findLineEnd(in, (byte) '\r');
    if (cr == TOO_LONG) {
      return fail(in, out, "Protocol error: too big mbulk count string");
    }
    if (cr == NEED_MORE || cr + 1 >= in.writerIndex()) {
      return false; // Redis waits for the byte after \r too, without checking it is \n
    }
    RespLimits l = limits;
    if (!RespNumbers.parseLong(in, in.readerIndex() + 1, cr, number)
        || number[0] > l.maxMultibulkLength()) {
      return fail(in, out, "Protocol error: invalid multibulk length");
    }
    if (number[0] > l.unauthenticatedMaxMultibulk() && authenticationPending()) {
      return fail(in, out, "Protocol error: unauthenticated multibulk length");
    }
    endLine(in, cr + 2);
    if (number[0] <= 0) {
      state = State.COMMAND_START;
      return true;
    }
    expectedArgs = (int) number[0];
    argv = new byte[Math.min(expectedArgs, MAX_PREALLOCATED_ARGS)][];
    argc = 0;
    state = State.BULK_LENGTH;
    return true;
  }

  private boolean bulkLength(ByteBuf in, List<Object> out) {
    int cr = findLineEnd(in, (byte) '\r');
    if (cr == TOO_LONG) {
      return fail(in, out, "Protocol error: too big bulk count string");
    }
    if (cr == NEED_MORE || cr + 1 >= in.writerIndex()) {
      return false;
    }
    byte first = in.getByte(in.readerIndex());
    if (first != '$') {
      return fail(in, out, unexpectedByteMessage(first));
    }
    RespLimits l = limits;
    if (!RespNumbers.parseLong(in, in.readerIndex() + 1, cr, number) || number[0] < 0
        || number[0] > l.maxBulkLength() || number[0] > MAX_ARRAY_LENGTH) {
      return fail(in, out, "Protocol error: invalid bulk length");
    }
    if (number[0] > l.unauthenticatedMaxBulk() && authenticationPending()) {
      return fail(in, out, "Protocol error: unauthenticated bulk length");
    }
    endLine(in, cr + 2);
    bulkLength = (int) number[0];
    state = State.BULK_BODY;
    return true;
  }

  private boolean bulkBody(ByteBuf in, List<Object> out) {
    if (body == null) {
      if (in.readableBytes() >= bulkLength + 2) {
        byte[] value = argc == 0 ? commandName(in) : readBulk(in);
        in.skipBytes(2); // Redis does not check these are \r\n
        return addArgument(value, out);
      }
      if (bulkLength <= BUFFERED_BODY_THRESHOLD || !in.isReadable()) {
        return false;
      }
      body = new byte[Math.min(bulkLength, Math.max(in.readableBytes(), INITIAL_BODY_CAPACITY))];
      bodyFilled = 0;
    }
    int take = Math.min(in.readableBytes(), bulkLength - bodyFilled);
    if (bodyFilled + take > body.length) {
      // Grow with what has arrived, never to the declared length ahead of the bytes.
      long doubled = Math.max((long) body.length * 2, bodyFilled + take);
      body = Arrays.copyOf(body, (int) Math.min(doubled, bulkLength));
    }
    in.readBytes(body, bodyFilled, take);
    bodyFilled += take;
    if (bodyFilled < bulkLength || in.readableBytes() < 2) {
      return false;
    }
    in.skipBytes(2);
    byte[] value = body;
    body = null;
    bodyFilled = 0;
    return addArgument(value, out);
  }

  private byte[] readBulk(ByteBuf in) {
    byte[] value = bulkLength == 0 ? EMPTY : new byte[bulkLength];
    in.readBytes(value);
    return value;
  }

  /** The command name at the reader index: the previous one's array when the bytes are equal. */
  private byte[] commandName(ByteBuf in) {
    byte[] last = lastName;
    if (last.length == bulkLength && bulkLength > 0) {
      int at = in.readerIndex();
      int i = 0;
      while (i < bulkLength && in.getByte(at + i) == last[i]) {
        i++;
      }
      if (i == bulkLength) {
        in.skipBytes(bulkLength);
        return last;
      }
    }
    byte[] value = readBulk(in);
    if (value.length <= MAX_SHARED_NAME) {
      lastName = value;
    }
    return value;
  }

  private boolean addArgument(byte[] value, List<Object> out) {
    if (argc == argv.length) {
      argv = Arrays.copyOf(argv, (int) Math.min((long) argv.length * 2, expectedArgs));
    }
    argv[argc++] = value;
    if (argc < expectedArgs) {
      state = State.BULK_LENGTH;
      return true;
    }
    out.add(argv);
    argv = null;
    state = State.COMMAND_START;
    return false;
  }

  private boolean discard(ByteBuf in) {
    in.skipBytes(in.readableBytes());
    return false;
  }

  /**
   * Finds {@code terminator} in the line at the reader index, looking no further than
   * {@code maxInlineLength + 1} bytes so the verdict does not depend on how the bytes were split
   * into reads. Returns its index, {@link #NEED_MORE}, or {@link #TOO_LONG}.
   */
  private int findLineEnd(ByteBuf in, byte terminator) {
    int start = in.readerIndex();
    int maxLine = limits.maxInlineLength();
    int window = (int) Math.min(in.readableBytes(), (long) maxLine + 1);
    if (lineScanned < window) {
      int found = in.indexOf(start + lineScanned, start + window, terminator);
      if (found >= 0) {
        lineScanned = found - start;
        return found;
      }
      lineScanned = window;
    }
    return in.readableBytes() > maxLine ? TOO_LONG : NEED_MORE;
  }

  private void endLine(ByteBuf in, int next) {
    in.readerIndex(next);
    lineScanned = 0;
  }

  private boolean authenticationPending() {
    return authenticationRequired && !authenticated;
  }

  private boolean fail(ByteBuf in, List<Object> out, String message) {
    out.add(new RespProtocolError(message));
    argv = null;
    body = null;
    state = State.DISCARD;
    return discard(in);
  }

  /**
   * Redis formats this with printf's {@code %c} and then sanitizes the reply: a NUL ends the C
   * string early, and \r or \n become spaces.
   */
  static String unexpectedByteMessage(byte got) {
    String prefix = "Protocol error: expected '$', got '";
    if (got == 0) {
      return prefix;
    }
    char c = got == '\r' || got == '\n' ? ' ' : (char) (got & 0xFF);
    return prefix + c + "'";
  }

  /** Capacity of the partially received large bulk, for tests of the no-preallocation rule. */
  int pendingBodyCapacity() {
    return body == null ? 0 : body.length;
  }
}
