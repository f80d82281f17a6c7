package io.skein.resp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.skein.core.DoubleFormat;
import java.nio.charset.StandardCharsets;

/**
 * Writes replies into a {@link ByteBuf}. Stateless and thread-safe; every method appends one
 * complete RESP element (or an aggregate's header, whose elements the caller writes next).
 *
 * <p>Where a type exists only in RESP3, the RESP2 form is the one Redis falls back to: map to a
 * flat array of 2n, set and push to an array, double, big number and verbatim string to a bulk
 * string, boolean to {@code :1}/{@code :0}, null to {@code $-1} or {@code *-1}. Attributes are
 * never written.
 *
 * <p>Numbers from -1 to {@value RespIntegerCache#MAX} (integers, lengths, counts) come from a
 * precomputed table; larger ones are written digit by digit into the buffer. Neither allocates.
 */
public final class RespEncoder {

  static final short CRLF = ('\r' << 8) | '\n';
  /** "-1\r\n", big-endian. */
  private static final int NULL_BULK_TAIL = ('-' << 24) | ('1' << 16) | CRLF;
  private static final byte[] NULL_ARRAY_RESP2 = ascii("*-1\r\n");
  private static final byte[] NULL_RESP3 = ascii("_\r\n");
  private static final byte[] TRUE_RESP3 = ascii("#t\r\n");
  private static final byte[] FALSE_RESP3 = ascii("#f\r\n");
  private static final byte[] ONE_RESP2 = ascii(":1\r\n");
  private static final byte[] ZERO_RESP2 = ascii(":0\r\n");

  private RespEncoder() {}

  /** {@code +s}. Throws IllegalArgumentException if {@code s} holds \r or \n. */
  public static void simpleString(ByteBuf out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new IllegalArgumentException("simple string must not contain CR or LF: " + s);
      }
    }
    out.writeByte('+');
    ByteBufUtil.writeUtf8(out, s);
    out.writeShort(CRLF);
  }

  /** {@code +s}. Throws IllegalArgumentException if {@code s} holds \r or \n. */
  public static void simpleString(ByteBuf out, byte[] s) {
    for (byte b : s) {
      if (b == '\r' || b == '\n') {
        throw new IllegalArgumentException("simple string must not contain CR or LF");
      }
    }
    out.ensureWritable(s.length + 3);
    out.writeByte('+');
    out.writeBytes(s);
    out.writeShort(CRLF);
  }

  /**
   * {@code -message}; the message carries its own prefix ({@code ERR ...}, {@code WRONGTYPE ...}).
   * CR and LF become spaces so that no message can break the stream, as Redis does.
   */
  public static void error(ByteBuf out, String message) {
    if (message.indexOf('\r') >= 0 || message.indexOf('\n') >= 0) {
      message = message.replace('\r', ' ').replace('\n', ' ');
    }
    out.writeByte('-');
    ByteBufUtil.writeUtf8(out, message);
    out.writeShort(CRLF);
  }

  /** {@code :value}. */
  public static void integer(ByteBuf out, long value) {
    RespIntegerCache.writeLine(out, ':', value);
  }

  /** {@code $len} and the bytes. */
  public static void bulk(ByteBuf out, byte[] value) {
    bulk(out, value, 0, value.length);
  }

  /** {@code $length} and {@code value[offset, offset + length)}. */
  public static void bulk(ByteBuf out, byte[] value, int offset, int length) {
    out.ensureWritable(length + 16);
    RespIntegerCache.writeLine(out, '$', length);
    out.writeBytes(value, offset, length);
    out.writeShort(CRLF);
  }

  /** A bulk string of {@code value} in UTF-8. */
  public static void bulk(ByteBuf out, String value) {
    int length = ByteBufUtil.utf8Bytes(value);
    out.ensureWritable(length + 16);
    RespIntegerCache.writeLine(out, '$', length);
    ByteBufUtil.reserveAndWriteUtf8(out, value, length);
    out.writeShort(CRLF);
  }

  /** The null bulk string: {@code $-1} in RESP2, {@code _} in RESP3. */
  public static void nullBulk(ByteBuf out, RespVersion v) {
    if (v == RespVersion.RESP3) {
      out.writeBytes(NULL_RESP3);
    } else {
      out.writeByte('$');
      out.writeInt(NULL_BULK_TAIL); // "-1\r\n" as one store: a GET miss is a common reply
    }
  }

  /** The null array: {@code *-1} in RESP2, {@code _} in RESP3. */
  public static void nullArray(ByteBuf out, RespVersion v) {
    out.writeBytes(v == RespVersion.RESP3 ? NULL_RESP3 : NULL_ARRAY_RESP2);
  }

  /** {@code *count}; the caller writes the elements. */
  public static void arrayHeader(ByteBuf out, int count) {
    RespIntegerCache.writeLine(out, '*', count);
  }

  /** {@code %pairs} in RESP3, {@code *2n} in RESP2; the caller writes key, value, key, ... */
  public static void mapHeader(ByteBuf out, int pairs, RespVersion v) {
    if (v == RespVersion.RESP3) {
      RespIntegerCache.writeLine(out, '%', pairs);
    } else {
      RespIntegerCache.writeLine(out, '*', 2L * pairs);
    }
  }

  /** {@code ~count} in RESP3, {@code *count} in RESP2. */
  public static void setHeader(ByteBuf out, int count, RespVersion v) {
    RespIntegerCache.writeLine(out, v == RespVersion.RESP3 ? '~' : '*', count);
  }

  /** {@code >count} in RESP3, {@code *count} in RESP2 (pub/sub messages). */
  public static void pushHeader(ByteBuf out, int count, RespVersion v) {
    RespIntegerCache.writeLine(out, v == RespVersion.RESP3 ? '>' : '*', count);
  }

  /** {@code ,1.5} in RESP3, the bulk string {@code 1.5} in RESP2; Redis's text, inf and -inf. */
  public static void doubleValue(ByteBuf out, double d, RespVersion v) {
    String text = DoubleFormat.format(d);
    if (v == RespVersion.RESP3) {
      out.writeByte(',');
      out.writeCharSequence(text, StandardCharsets.US_ASCII);
      out.writeShort(CRLF);
    } else {
      bulk(out, text);
    }
  }

  /** {@code #t}/{@code #f} in RESP3, {@code :1}/{@code :0} in RESP2. */
  public static void bool(ByteBuf out, boolean b, RespVersion v) {
    if (v == RespVersion.RESP3) {
      out.writeBytes(b ? TRUE_RESP3 : FALSE_RESP3);
    } else {
      out.writeBytes(b ? ONE_RESP2 : ZERO_RESP2);
    }
  }

  /**
   * {@code =len\r\nfmt:text} in RESP3 ({@code format3} is three ASCII characters, {@code txt} or
   * {@code mkd}); the bulk string {@code text} in RESP2.
   */
  public static void verbatim(ByteBuf out, String format3, byte[] text, RespVersion v) {
    if (v != RespVersion.RESP3) {
      bulk(out, text);
      return;
    }
    if (format3.length() != 3) {
      throw new IllegalArgumentException("verbatim format: " + format3 + " (expected: 3 characters)");
    }
    out.ensureWritable(text.length + 24);
    RespIntegerCache.writeLine(out, '=', text.length + 4L);
    out.writeCharSequence(format3, StandardCharsets.US_ASCII);
    out.writeByte(':');
    out.writeBytes(text);
    out.writeShort(CRLF);
  }

  /** {@code (digits} in RESP3, the bulk string {@code digits} in RESP2. */
  public static void bigNumber(ByteBuf out, String digits, RespVersion v) {
    if (v != RespVersion.RESP3) {
      bulk(out, digits);
      return;
    }
    out.writeByte('(');
    out.writeCharSequence(digits, StandardCharsets.US_ASCII);
    out.writeShort(CRLF);
  }

  /** A request as clients send it: a multibulk array of bulk strings. */
  public static void command(ByteBuf out, byte[]... argv) {
    arrayHeader(out, argv.length);
    for (byte[] arg : argv) {
      bulk(out, arg);
    }
  }

  /** Any {@link RespValue}, nested, in the given protocol version. */
  public static void value(ByteBuf out, RespValue value, RespVersion v) {
    RespValueWriter.write(out, value, v);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
