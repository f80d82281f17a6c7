package io.skein.engine.testing;

import io.skein.engine.command.ReplySink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReplySink} that turns replies into plain Java values, for readable assertions:
 * status {@code "+OK"}, error {@code "-ERR ..."}, integer {@link Long}, bulk {@link String}
 * (UTF-8) or {@code null}, array {@link List}, map {@link LinkedHashMap}, set {@link List},
 * double {@link Double}, boolean {@link Boolean}. {@link #takeType} tells the aggregate types
 * apart by their RESP type byte, as the wire would show them ({@code '*'} array, {@code '%'}
 * map, {@code '~'} set in RESP3; all {@code '*'} in RESP2).
 */
public final class RecordingSink implements ReplySink {

  private final boolean resp3;
  private final List<Object> done = new ArrayList<>();
  private final List<Character> doneTypes = new ArrayList<>();
  private final Deque<Frame> open = new ArrayDeque<>();

  private static final class Frame {
    final int expected;
    final boolean map;
    final char type;
    final List<Object> items = new ArrayList<>();

    Frame(int expected, boolean map, char type) {
      this.expected = expected;
      this.map = map;
      this.type = type;
    }
  }

  public RecordingSink(boolean resp3) {
    this.resp3 = resp3;
  }

  /** Every complete top-level reply so far, oldest first. */
  public List<Object> replies() {
    return done;
  }

  /** Forgets every complete reply. */
  public void clear() {
    done.clear();
    doneTypes.clear();
  }

  /** Removes and returns the oldest complete reply; fails when there is none. */
  public Object take() {
    if (done.isEmpty()) {
      throw new AssertionError("no reply was written" + (open.isEmpty() ? "" : " (one is incomplete)"));
    }
    doneTypes.remove(0);
    return done.remove(0);
  }

  /**
   * The RESP type byte of the oldest complete reply (call before {@link #take}): {@code '*'},
   * {@code '%'} or {@code '~'} for aggregates, {@code '.'} for anything else.
   */
  public char peekType() {
    return doneTypes.get(0);
  }

  private void add(Object value) {
    add(value, '.');
  }

  private void add(Object value, char type) {
    if (open.isEmpty()) {
      done.add(value);
      doneTypes.add(type);
      return;
    }
    Frame f = open.peek();
    f.items.add(value);
    if (f.items.size() == f.expected) {
      open.pop();
      if (f.map) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < f.items.size(); i += 2) {
          m.put(f.items.get(i), f.items.get(i + 1));
        }
        add(m, f.type);
      } else {
        add(f.items, f.type);
      }
    }
  }

  private void begin(int count, boolean map, char resp3Type) {
    char type = resp3 ? resp3Type : '*';
    if (count == 0) {
      add(map ? new LinkedHashMap<>() : new ArrayList<>(), type);
    } else {
      open.push(new Frame(map ? count * 2 : count, map, type));
    }
  }

  @Override public void simple(String status) { add("+" + status); }
  @Override public void error(String message) { add("-" + message); }
  @Override public void integer(long value) { add(value); }
  @Override public void bulk(byte[] value) { add(value == null ? null : new String(value, StandardCharsets.UTF_8)); }
  @Override public void bulk(byte[] value, int offset, int length) { add(new String(value, offset, length, StandardCharsets.UTF_8)); }
  @Override public void bulk(String value) { add(value); }
  @Override public void nullBulk() { add(null); }
  @Override public void nullArray() { add(null); }
  @Override public void arrayHeader(int count) { begin(count, false, '*'); }
  @Override public void mapHeader(int pairs) { begin(pairs, true, '%'); }
  @Override public void setHeader(int count) { begin(count, false, '~'); }
  // RESP2 has no double: the server sends Redis's text as a bulk string, so tests see that.
  @Override public void doubleValue(double value) { add(resp3 ? (Object) value : io.skein.core.DoubleFormat.format(value)); }
  @Override public void bool(boolean value) { add(value); }
  @Override public void verbatim(String text) { add(text); }
  @Override public boolean resp3() { return resp3; }
}
