package io.skein.routing.topology;

import io.skein.core.HashSlot;

/**
 * An inclusive range of hash slots, as {@code CLUSTER ADDSLOTSRANGE} takes them.
 *
 * @param first the first slot, {@code 0..16383}
 * @param last the last slot, {@code first..16383}
 */
public record SlotRange(int first, int last) {

  public SlotRange {
    if (first < 0 || last >= HashSlot.SLOT_COUNT || first > last) {
      throw new IllegalArgumentException("slot range: " + first + "-" + last
          + " (expected: 0 <= first <= last <= " + (HashSlot.SLOT_COUNT - 1) + ")");
    }
  }

  /** A range of one slot. */
  public static SlotRange of(int slot) {
    return new SlotRange(slot, slot);
  }

  /** Number of slots in the range. */
  public int size() {
    return last - first + 1;
  }

  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
