package io.skein.engine.keys;

import io.skein.engine.keyspace.StoredValue;
import io.skein.engine.keyspace.ValueType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A test-only list value, standing in for the real collections in generic-command tests. */
final class TinyList implements StoredValue {

  final List<byte[]> items = new ArrayList<>();

  static TinyList of(String... values) {
    TinyList l = new TinyList();
    for (String v : values) {
      l.items.add(v.getBytes(StandardCharsets.UTF_8));
    }
    return l;
  }

  @Override public ValueType type() { return ValueType.LIST; }
  @Override public String encoding() { return "listpack"; }
  @Override public int size() { return items.size(); }
  @Override public long memoryEstimate() { return 16L * items.size(); }

  @Override
  public StoredValue copy() {
    TinyList l = new TinyList();
    items.forEach(b -> l.items.add(b.clone()));
    return l;
  }

  @Override
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(items.size());
    for (byte[] b : items) {
      out.writeInt(b.length);
      out.write(b);
    }
  }

  static TinyList readFrom(DataInput in) throws IOException {
    TinyList l = new TinyList();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      byte[] b = new byte[in.readInt()];
      in.readFully(b);
      l.items.add(b);
    }
    return l;
  }
}
