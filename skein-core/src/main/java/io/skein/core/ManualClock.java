package io.skein.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, for tests and deterministic simulations. Wall time and
 * monotonic time advance together.
 */
public final class ManualClock implements Clock {

  private final AtomicLong nanos = new AtomicLong();
  private final long epochMillisAtZero;

  /** A clock whose wall time starts at {@code epochMillis}. */
  public ManualClock(long epochMillis) {
    this.epochMillisAtZero = epochMillis;
  }

  @Override
  public long millis() {
    return epochMillisAtZero + TimeUnit.NANOSECONDS.toMillis(nanos.get());
  }

  @Override
  public long nanos() {
    return nanos.get();
  }

  /** Moves both clocks forward by {@code amount} of {@code unit}; never backwards. */
  public void advance(long amount, TimeUnit unit) {
    if (amount < 0) {
      throw new IllegalArgumentException("amount: " + amount + " (expected: >= 0)");
    }
    nanos.addAndGet(unit.toNanos(amount));
  }

  /** Moves both clocks forward by {@code millis} milliseconds. */
  public void advanceMillis(long millis) {
    advance(millis, TimeUnit.MILLISECONDS);
  }
}
