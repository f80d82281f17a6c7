package io.skein.resp;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;
import io.skein.core.DoubleFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Incremental reader of RESP2/RESP3 replies. Each call consumes every complete element it finds
 * and keeps unfinished aggregates on an explicit stack, so a huge array arriving over many reads
 * is scanned once (not from its start on every read) and deep nesting cannot overflow the Java
 * stack. A bulk body is read only once all of it has arrived; nothing is allocated for a
 * declared length before that.
 *
 * <p>Malformed input throws {@link CorruptedFrameException}; the parser is then unusable.
 */
final class RespReplyParser {

  /** Aggregates preallocate at most this many slots; the bytes must pay for the rest. */
  private static final int MAX_PREALLOCATED = 1024;
  /** Marks "an aggregate was opened" or "an attribute was dropped": nothing to deliver yet. */
  private static final RespValue NOTHING = new RespValue.Null();

  private enum Kind { ARRAY, MAP, SET, PUSH, ATTRIBUTE }

  /** An aggregate still collecting its elements. */
  private static final class Frame {
    final Kind kind;
    final long expected;
    final List<RespValue> items;

    Frame(Kind kind, long expected) {
      this.kind = kind;
      this.expected = expected;
      this.items = new ArrayList<>((int) Math.min(expected, MAX_PREALLOCATED));
    }
  }

  private final long maxBulkLength;
  private final ArrayDeque<Frame> stack = new ArrayDeque<>();
  private final long[] number = new long[1];

  RespReplyParser(long maxBulkLength) {
    this.maxBulkLength = maxBulkLength;
  }

  /** The next complete value, or null if {@code in} ends first (what was read is kept). */
  RespValue next(ByteBuf in) {
    while (true) {
      RespValue value = element(in);
      if (value == null) {
        return null;
      }
      while (value != NOTHING) {
        Frame top = stack.peek();
        if (top == null) {
          return value;
        }
        top.items.add(value);
        if (top.items.size() < top.expected) {
          break;
        }
        stack.pop();
        value = build(top.kind, top.items);
      }
    }
  }

  /** Reads one element or aggregate header; null if incomplete, NOTHING if a frame opened. */
  private RespValue element(ByteBuf in) {
    int start = in.readerIndex();
    int cr = in.indexOf(start, in.writerIndex(), (byte) '\r');
    if (cr < 0 || cr + 1 >= in.writerIndex()) {
      return null;
    }
    if (in.getByte(cr + 1) != '\n') {
      throw corrupt("expected LF after CR at offset " + (cr + 1 - start));
    }
    byte type = in.getByte(start);
    int lineStart = start + 1;
    switch (type) {
      case '$', '!', '=' -> {
        return blob(in, type, lineStart, cr);
      }
      case '*', '%', '~', '>', '|' -> {
        RespValue v = aggregate(type, count(in, lineStart, cr));
        in.readerIndex(cr + 2);
        return v;
      }
      default -> {
        RespValue v = simple(type, text(in, lineStart, cr), in, lineStart, cr);
        in.readerIndex(cr + 2);
        return v;
      }
    }
  }

  private RespValue simple(byte type, String text, ByteBuf in, int from, int to) {
    switch (type) {
      case '+': return new RespValue.SimpleString(text);
      case '-': return new RespValue.Error(text);
      case ':': return new RespValue.Integer(integer(in, from, to));
      case '_':
        if (!text.isEmpty()) {
          throw corrupt("null with content: " + text);
        }
        return new RespValue.Null();
      case ',': return new RespValue.DoubleValue(parseDouble(text));
      case '#':
        if (text.equals("t") || text.equals("f")) {
          return new RespValue.Bool(text.equals("t"));
        }
        throw corrupt("boolean: " + text + " (expected: t or f)");
      case '(':
        if (!text.matches("-?[0-9]+")) {
          throw corrupt("big number: " + text);
        }
        return new RespValue.BigNumber(text);
      default:
        throw corrupt("unknown type byte: 0x" + java.lang.Integer.toHexString(type & 0xFF));
    }
  }

  private RespValue blob(ByteBuf in, byte type, int from, int cr) {
    long length = integer(in, from, cr);
    if (length == -1 && type == '$') {
      in.readerIndex(cr + 2);
      return new RespValue.BulkString(null);
    }
    if (length < 0 || length > maxBulkLength || length > Integer.MAX_VALUE - 8) {
      throw corrupt("bulk length: " + length + " (expected: 0 to " + maxBulkLength + ")");
    }
    int bodyStart = cr + 2;
    if (in.writerIndex() - bodyStart < length + 2) {
      return null; // wait for the whole body; the header is re-read then, cheaply
    }
    int bodyEnd = bodyStart + (int) length;
    if (in.getByte(bodyEnd) != '\r' || in.getByte(bodyEnd + 1) != '\n') {
      throw corrupt("expected CRLF after a bulk of " + length + " bytes");
    }
    byte[] body = new byte[(int) length];
    in.getBytes(bodyStart, body);
    in.readerIndex(bodyEnd + 2);
    if (type == '$') {
      return new RespValue.BulkString(body);
    }
    if (type == '!') {
      return new RespValue.Error(new String(body, StandardCharsets.UTF_8));
    }
    if (body.length < 4 || body[3] != ':') {
      throw corrupt("verbatim string without a format prefix");
    }
    String format = new String(body, 0, 3, StandardCharsets.US_ASCII);
    return new RespValue.Verbatim(format, java.util.Arrays.copyOfRange(body, 4, body.length));
  }

  private long count(ByteBuf in, int from, int to) {
    return integer(in, from, to);
  }

  private RespValue aggregate(byte type, long count) {
    if (count == -1 && type == '*') {
      return new RespValue.Array(null);
    }
    Kind kind = switch (type) {
      case '*' -> Kind.ARRAY;
      case '%' -> Kind.MAP;
      case '~' -> Kind.SET;
      case '>' -> Kind.PUSH;
      default -> Kind.ATTRIBUTE;
    };
    if (count < 0 || count > Integer.MAX_VALUE) {
      throw corrupt("aggregate length: " + count + " (expected: 0 to " + Integer.MAX_VALUE + ")");
    }
    long elements = kind == Kind.MAP || kind == Kind.ATTRIBUTE ? count * 2 : count;
    if (elements == 0) {
      return build(kind, new ArrayList<>());
    }
    stack.push(new Frame(kind, elements));
    return NOTHING;
  }

  private static RespValue build(Kind kind, List<RespValue> items) {
    switch (kind) {
      case ARRAY: return new RespValue.Array(items);
      case SET: return new RespValue.Set(items);
      case PUSH: return new RespValue.Push(items);
      case ATTRIBUTE: return NOTHING; // dropped; the value it annotates comes next
      default:
        List<java.util.Map.Entry<RespValue, RespValue>> entries = new ArrayList<>(items.size() / 2);
        for (int i = 0; i < items.size(); i += 2) {
          entries.add(java.util.Map.entry(items.get(i), items.get(i + 1)));
        }
        return new RespValue.Map(entries);
    }
  }

  private long integer(ByteBuf in, int from, int to) {
    if (!RespNumbers.parseLong(in, from, to, number)) {
      throw corrupt("not an integer: " + text(in, from, to));
    }
    return number[0];
  }

  private static double parseDouble(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("nan") || lower.equals("-nan")) {
      return Double.NaN;
    }
    Double d = DoubleFormat.parse(text);
    if (d == null) {
      throw corrupt("not a double: " + text);
    }
    return d;
  }

  private static String text(ByteBuf in, int from, int to) {
    return in.toString(from, to - from, StandardCharsets.UTF_8);
  }

  private static CorruptedFrameException corrupt(String message) {
    return new CorruptedFrameException(message);
  }
}
