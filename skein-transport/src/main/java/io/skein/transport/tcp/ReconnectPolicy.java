package io.skein.transport.tcp;

import io.skein.core.Clock;
import io.skein.transport.Backoff;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * When a {@link PeerPool} may try to connect again: after a failed connect it waits a jittered
 * exponential backoff, but a request (not a one-way message) that arrives meanwhile may start
 * an attempt of its own once {@link #ON_DEMAND_MILLIS} have passed since the last one.
 *
 * <p>Why on demand: a node reaches for its peers (membership heartbeats) as it starts, often
 * before they listen, so its pools sit in backoff (1 s doubling to 10 s) while the peers come
 * up; without this, the first requests after they are up would fail at once for up to 10 s
 * although the peer is there. Requests only go to peers the failure detector holds up, so the
 * extra attempts are aimed at peers that are most likely reachable, and they are bounded to a
 * few a second per peer.
 *
 * <p>Not thread-safe: the pool calls it under its lock.
 */
final class ReconnectPolicy {

  /** The least time between two attempts started by requests during a backoff. */
  static final long ON_DEMAND_MILLIS = 200;

  private final Backoff backoff;
  private final Clock clock;
  private final RandomGenerator random;
  private int failures;
  private long retryAt;
  private long lastAttemptAt;
  private String lastFailure = "";
  private boolean reachedBefore;

  ReconnectPolicy(Backoff backoff, Clock clock, RandomGenerator random) {
    this.backoff = backoff;
    this.clock = clock;
    this.random = random;
    this.lastAttemptAt = clock.nanos() - TimeUnit.MILLISECONDS.toNanos(ON_DEMAND_MILLIS);
  }

  /**
   * Null when a connect attempt may start now for a request ({@code oneWay}: a message that
   * waits for nothing, which never shortens the backoff); else why not, for the refusal.
   */
  String refusal(boolean oneWay) {
    long now = clock.nanos();
    if (now - retryAt >= 0) {
      return null;
    }
    if (!oneWay && now - lastAttemptAt >= TimeUnit.MILLISECONDS.toNanos(ON_DEMAND_MILLIS)) {
      return null;
    }
    return "unreachable (" + lastFailure + "; next attempt in "
        + TimeUnit.NANOSECONDS.toMillis(retryAt - now) + " ms)";
  }

  /** An attempt starts now. */
  void attempting() {
    lastAttemptAt = clock.nanos();
  }

  /** A connection came up; returns whether the peer had been reached or tried before. */
  boolean established() {
    boolean again = reachedBefore || failures > 0;
    reachedBefore = true;
    failures = 0;
    retryAt = clock.nanos();
    return again;
  }

  /** A connect attempt failed: the next waits longer. */
  void failed(String reason) {
    failures++;
    retryAt = clock.nanos() + backoff.delayNanos(failures, random);
    lastFailure = reason;
  }

  /** A connection closed (the next attempt is immediate, as it was reachable a moment ago). */
  void closed(String reason) {
    lastFailure = reason;
  }
}
