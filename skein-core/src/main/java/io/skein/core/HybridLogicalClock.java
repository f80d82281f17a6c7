package io.skein.core;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hybrid logical clock (HLC) that stamps every write with a version.
 *
 * <p>Design note. A version packs the physical time in milliseconds into the upper 48 bits and
 * a logical counter into the lower 16 bits, so versions compare as plain {@code long}s, follow
 * wall time closely enough to be read by an operator, and still order causally related events
 * when clocks disagree [1]. {@link #next()} never returns the same value twice and never goes
 * backwards, even when the wall clock does; {@link #observe(long)} folds in a version seen from
 * a peer so that a write that follows a read is always newer than what it read.
 *
 * <p>[1] Kulkarni, Demirbas et al., "Logical Physical Clocks and Consistent Snapshots in Globally
 * Distributed Databases", OPODIS 2014.
 *
 * <p>Thread-safe and lock-free.
 */
public final class HybridLogicalClock {

  /** Bits of the logical counter; 65,536 versions per millisecond before borrowing the next. */
  public static final int LOGICAL_BITS = 16;

  private static final long LOGICAL_MASK = (1L << LOGICAL_BITS) - 1;

  private final Clock clock;
  private final AtomicLong last = new AtomicLong();

  public HybridLogicalClock(Clock clock) {
    this.clock = clock;
  }

  /** A version greater than every version this clock has returned or observed. */
  public long next() {
    return next(clock.millis());
  }

  /**
   * {@link #next()} for a caller that has just read this clock's wall time and needs the same
   * reading for something else (the engine stamps a write's LRU clock with it): one read.
   */
  public long next(long wallMillis) {
    long physical = wallMillis << LOGICAL_BITS;
    while (true) {
      long prev = last.get();
      long candidate = physical > prev ? physical : prev + 1;
      if (last.compareAndSet(prev, candidate)) {
        return candidate;
      }
    }
  }

  /** Folds in a version from elsewhere, so that later {@link #next()} values exceed it. */
  public void observe(long version) {
    last.accumulateAndGet(version, Math::max);
  }

  /** The wall-clock milliseconds encoded in a version. */
  public static long physicalMillis(long version) {
    return version >>> LOGICAL_BITS;
  }

  /** The logical counter encoded in a version. */
  public static int logical(long version) {
    return (int) (version & LOGICAL_MASK);
  }
}
