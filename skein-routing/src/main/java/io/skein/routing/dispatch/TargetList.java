package io.skein.routing.dispatch;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable view of the first {@code size} entries of an array the planner filled, so a
 * plan's target list costs one array and no copy. The array is never written after the view is
 * made.
 */
final class TargetList<T> extends AbstractList<T> implements RandomAccess {

  private final T[] items;
  private final int size;

  TargetList(T[] items, int size) {
    this.items = items;
    this.size = size;
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index: " + index + " (expected: < " + size + ")");
    }
    return items[index];
  }

  @Override
  public int size() {
    return size;
  }
}
