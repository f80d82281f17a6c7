package io.skein.membership.lifecycle;

/**
 * Knobs of the member lifecycle. The driver calls {@link ClusterMembership#tick} once per gossip
 * interval (Akka: 1 s); the times here are measured on the {@code now} it passes.
 *
 * @param weaklyUpAfterMillis how long convergence must stay blocked before the leader makes
 *     reachable joiners WeaklyUp; {@link #WEAKLY_UP_OFF} disables WeaklyUp
 * @param gossipDifferentViewProbability chance that a gossip round picks among the members that
 *     have not seen the current version, rather than among all
 * @param retryJoinAfterMillis how long a joining node waits for a welcome before asking again
 * @param tombstoneRetentionMillis how long a removed member's tombstone is kept
 */
public record LifecycleSettings(
    long weaklyUpAfterMillis,
    double gossipDifferentViewProbability,
    long retryJoinAfterMillis,
    long tombstoneRetentionMillis) {

  /** {@link #weaklyUpAfterMillis} value that turns WeaklyUp off. */
  public static final long WEAKLY_UP_OFF = Long.MAX_VALUE;

  /**
   * Akka's defaults: WeaklyUp after 7 s (long enough for a flapping detector to settle, short
   * enough that a joiner can serve during a partition); 0.8 (Akka's gossip-different-view
   * probability: mostly spread news, sometimes refresh the rest); join retried after 10 s
   * (Akka's retry-unsuccessful-join-after); tombstones kept 24 h (far longer than any gossip
   * can stay in flight, Akka's prune-gossip-tombstones-after).
   */
  public static final LifecycleSettings DEFAULTS =
      new LifecycleSettings(7_000, 0.8, 10_000, 24L * 60 * 60 * 1000);

  public LifecycleSettings {
    if (weaklyUpAfterMillis < 0) {
      throw new IllegalArgumentException(
          "weakly-up-after: " + weaklyUpAfterMillis + " ms (expected: >= 0)");
    }
    if (!(gossipDifferentViewProbability >= 0 && gossipDifferentViewProbability <= 1)) {
      throw new IllegalArgumentException("gossip-different-view-probability: "
          + gossipDifferentViewProbability + " (expected: 0.0..1.0)");
    }
    if (retryJoinAfterMillis < 1) {
      throw new IllegalArgumentException(
          "retry-join-after: " + retryJoinAfterMillis + " ms (expected: >= 1)");
    }
    if (tombstoneRetentionMillis < 1) {
      throw new IllegalArgumentException(
          "tombstone-retention: " + tombstoneRetentionMillis + " ms (expected: >= 1)");
    }
  }

  /** These settings with another WeaklyUp delay. */
  public LifecycleSettings withWeaklyUpAfter(long millis) {
    return new LifecycleSettings(millis, gossipDifferentViewProbability, retryJoinAfterMillis,
        tombstoneRetentionMillis);
  }

  /** These settings with another join retry interval. */
  public LifecycleSettings withRetryJoinAfter(long millis) {
    return new LifecycleSettings(weaklyUpAfterMillis, gossipDifferentViewProbability, millis,
        tombstoneRetentionMillis);
  }

  public boolean weaklyUpEnabled() {
    return weaklyUpAfterMillis != WEAKLY_UP_OFF;
  }
}
