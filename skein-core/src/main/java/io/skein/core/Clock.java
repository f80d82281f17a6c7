package io.skein.core;

/**
 * The only source of time in Skein. Protocol cores and the engine receive a {@code Clock} instead
 * of calling {@code System.currentTimeMillis()} or {@code System.nanoTime()}, so that a test or a
 * simulation can drive time by hand.
 *
 * <p>Implementations must be thread-safe.
 */
public interface Clock {

  /** Wall-clock time in milliseconds since the Unix epoch; may jump when the system clock is set. */
  long millis();

  /** Monotonic time in nanoseconds from an arbitrary origin; only differences are meaningful. */
  long nanos();

  /** The clock of the machine. */
  static Clock system() {
    return SystemClock.INSTANCE;
  }
}
