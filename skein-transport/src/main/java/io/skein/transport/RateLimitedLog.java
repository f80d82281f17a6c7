package io.skein.transport;

import io.skein.core.Clock;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Logs a warning at most once per key (a peer) per interval, so that a peer sending a stream of
 * bad frames costs one line per interval instead of filling the disk. The line that ends a quiet
 * interval says how many were suppressed since the previous one.
 *
 * <p>Time comes from the injected {@link Clock}. Thread-safe (one short lock per call, taken only
 * on the failure path).
 */
public final class RateLimitedLog {

  private final Logger logger;
  private final Clock clock;
  private final long intervalNanos;
  private final Map<String, Window> windows = new HashMap<>();

  public RateLimitedLog(Logger logger, Clock clock, Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("log interval: " + interval + " (expected: >= 0)");
    }
    this.logger = logger;
    this.clock = clock;
    this.intervalNanos = interval.toNanos();
  }

  /**
   * Logs {@code message} under {@code key} unless a line for that key was logged less than the
   * interval ago; returns whether it was logged.
   */
  public boolean warn(String key, String message) {
    long now = clock.nanos();
    long suppressed;
    synchronized (windows) {
      Window window = windows.get(key);
      if (window != null && now - window.loggedAt < intervalNanos) {
        window.suppressed++;
        return false;
      }
      suppressed = window == null ? 0 : window.suppressed;
      windows.put(key, new Window(now));
      if (windows.size() > 10_000) {
        // Keys are peer addresses; bound the map against a flood of distinct sources.
        windows.entrySet().removeIf(e -> now - e.getValue().loggedAt >= intervalNanos);
      }
    }
    logger.log(Level.WARNING, suppressed == 0 ? message
        : message + " (" + suppressed + " similar suppressed)");
    return true;
  }

  private static final class Window {
    final long loggedAt;
    long suppressed;

    Window(long loggedAt) {
      this.loggedAt = loggedAt;
    }
  }
}
