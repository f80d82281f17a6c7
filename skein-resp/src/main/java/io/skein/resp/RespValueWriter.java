package io.skein.resp;

import io.netty.buffer.ByteBuf;
import java.util.List;

/** Writes a {@link RespValue} tree through {@link RespEncoder}; behind {@link RespEncoder#value}. */
final class RespValueWriter {

  private RespValueWriter() {}

  static void write(ByteBuf out, RespValue value, RespVersion v) {
    if (value instanceof RespValue.SimpleString s) {
      RespEncoder.simpleString(out, s.value());
    } else if (value instanceof RespValue.Error e) {
      RespEncoder.error(out, e.message());
    } else if (value instanceof RespValue.Integer i) {
      RespEncoder.integer(out, i.value());
    } else if (value instanceof RespValue.BulkString b) {
      if (b.value() == null) {
        RespEncoder.nullBulk(out, v);
      } else {
        RespEncoder.bulk(out, b.value());
      }
    } else if (value instanceof RespValue.Array a) {
      if (a.items() == null) {
        RespEncoder.nullArray(out, v);
      } else {
        RespEncoder.arrayHeader(out, a.items().size());
        writeAll(out, a.items(), v);
      }
    } else if (value instanceof RespValue.Null) {
      RespEncoder.nullBulk(out, v);
    } else if (value instanceof RespValue.DoubleValue d) {
      RespEncoder.doubleValue(out, d.value(), v);
    } else if (value instanceof RespValue.Bool b) {
      RespEncoder.bool(out, b.value(), v);
    } else if (value instanceof RespValue.BigNumber n) {
      RespEncoder.bigNumber(out, n.digits(), v);
    } else if (value instanceof RespValue.Verbatim t) {
      RespEncoder.verbatim(out, t.format(), t.text(), v);
    } else if (value instanceof RespValue.Map m) {
      RespEncoder.mapHeader(out, m.entries().size(), v);
      for (java.util.Map.Entry<RespValue, RespValue> e : m.entries()) {
        write(out, e.getKey(), v);
        write(out, e.getValue(), v);
      }
    } else if (value instanceof RespValue.Set s) {
      RespEncoder.setHeader(out, s.items().size(), v);
      writeAll(out, s.items(), v);
    } else if (value instanceof RespValue.Push p) {
      RespEncoder.pushHeader(out, p.items().size(), v);
      writeAll(out, p.items(), v);
    } else {
      throw new IllegalArgumentException("unknown value: " + value);
    }
  }

  private static void writeAll(ByteBuf out, List<RespValue> items, RespVersion v) {
    for (RespValue item : items) {
      write(out, item, v);
    }
  }
}
