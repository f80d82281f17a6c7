package io.skein.transport.tcp;

import io.skein.core.Clock;
import io.skein.transport.RateLimitedLog;
import io.skein.transport.TransportStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Fails every request past its deadline, queued or in flight, in every pool. One sweep every
 * {@link #periodMillis} replaces a timer per request, whose scheduling and cancelling from the
 * caller's thread cost two task hand-overs to an event loop for every request; a request times
 * out at most one period late. Runs on one event loop, periodically.
 */
final class TimeoutSweep implements Runnable {

  private final Collection<PeerPool> pools;
  private final Clock clock;
  private final long timeoutMillis;
  private final TransportStats stats;
  private final RateLimitedLog log;
  private final Supplier<String> node;

  /**
   * @param pools the transport's live pools (a view: pools created later are swept too)
   * @param node this node's name for log lines
   */
  TimeoutSweep(Collection<PeerPool> pools, Clock clock, Duration timeout, TransportStats stats,
      RateLimitedLog log, Supplier<String> node) {
    this.pools = pools;
    this.clock = clock;
    this.timeoutMillis = timeout.toMillis();
    this.stats = stats;
    this.log = log;
    this.node = node;
  }

  /** A tenth of the request timeout, within 1..100 ms: late by at most that. */
  static long periodMillis(Duration timeout) {
    return Math.max(1, Math.min(100, timeout.toMillis() / 10));
  }

  @Override
  public void run() {
    long now = clock.nanos();
    List<PendingRequest> expired = new ArrayList<>();
    for (PeerPool pool : pools) {
      try {
        pool.expire(now, expired);
      } catch (RuntimeException e) {
        // A periodic task that throws is never run again; no request would time out after.
        log.warn("sweep", "[" + node.get() + "][peer " + pool.peer() + "] Timeout sweep failed: "
            + e);
      }
    }
    for (PendingRequest request : expired) {
      if (request.fail(new TimeoutException(request.peer + ": no reply within " + timeoutMillis
          + " ms"))) {
        stats.requestTimedOut();
      }
    }
  }
}
