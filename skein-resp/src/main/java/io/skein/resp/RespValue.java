package io.skein.resp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One RESP2 or RESP3 reply, possibly nested, as {@link RespReplyDecoder} reads it and
 * {@link RespEncoder#value} writes it. Records holding {@code byte[]} compare contents.
 *
 * <p>RESP2's two nulls are {@code BulkString(null)} and {@code Array(null)}; RESP3's single null
 * is {@link Null}. Blob errors ({@code !}) decode to {@link Error}. Attributes ({@code |}) are
 * read and dropped, as most clients do, so they have no type here.
 */
public sealed interface RespValue {

  /** {@code +value}. */
  record SimpleString(String value) implements RespValue {}

  /** {@code -message} or {@code !len}: the message includes its prefix, e.g. {@code ERR ...}. */
  record Error(String message) implements RespValue {}

  /** {@code :value}. */
  record Integer(long value) implements RespValue {}

  /** {@code $len}; a null {@code value} is RESP2's null bulk string {@code $-1}. */
  record BulkString(byte[] value) implements RespValue {
    /** The UTF-8 bytes of {@code s}. */
    public static BulkString of(String s) {
      return new BulkString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BulkString other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return value == null ? "BulkString[null]" : "BulkString[" + printable(value) + "]";
    }
  }

  /** {@code *n}; a null {@code items} is RESP2's null array {@code *-1}. */
  record Array(List<RespValue> items) implements RespValue {}

  /** RESP3's {@code _}. */
  record Null() implements RespValue {}

  /** RESP3's {@code ,} (including inf, -inf and nan). Equality is {@link Double#compare}'s. */
  record DoubleValue(double value) implements RespValue {}

  /** RESP3's {@code #t} / {@code #f}. */
  record Bool(boolean value) implements RespValue {}

  /** RESP3's {@code (}: an integer of any size, kept as its decimal text. */
  record BigNumber(String digits) implements RespValue {}

  /** RESP3's {@code =}: {@code format} is three characters ({@code txt}, {@code mkd}). */
  record Verbatim(String format, byte[] text) implements RespValue {
    @Override
    public boolean equals(Object o) {
      return o instanceof Verbatim other && Objects.equals(format, other.format)
          && Arrays.equals(text, other.text);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(format) + Arrays.hashCode(text);
    }

    @Override
    public String toString() {
      return "Verbatim[" + format + ":" + printable(text) + "]";
    }
  }

  /** RESP3's {@code %}: pairs in wire order (a reply may legally repeat a key). */
  record Map(List<java.util.Map.Entry<RespValue, RespValue>> entries) implements RespValue {}

  /** RESP3's {@code ~}. */
  record Set(List<RespValue> items) implements RespValue {}

  /** RESP3's {@code >}: an out-of-band message such as a pub/sub delivery. */
  record Push(List<RespValue> items) implements RespValue {}

  private static String printable(byte[] bytes) {
    StringBuilder s = new StringBuilder("\"");
    for (byte b : bytes) {
      if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
        s.append((char) b);
      } else {
        s.append(String.format("\\x%02x", b & 0xFF));
      }
    }
    return s.append('"').toString();
  }
}
