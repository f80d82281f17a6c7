package io.skein.membership.detector;

import java.time.Duration;

/**
 * The settings of a {@link PhiAccrualFailureDetector}. The defaults are Akka's cluster failure
 * detector's, which DESIGN §3.2 adopts; each has its reason beside it.
 *
 * @param threshold the phi above which a peer is suspected ({@link #DEFAULT_THRESHOLD})
 * @param maxSampleSize how many inter-arrival intervals the window keeps, 1 to
 *     {@link #MAX_SAMPLE_SIZE} ({@link #DEFAULT_MAX_SAMPLE_SIZE})
 * @param minStdDeviation the floor of the standard deviation, at least 1 ms
 *     ({@link #DEFAULT_MIN_STD_DEVIATION})
 * @param acceptableHeartbeatPause silence added to the mean before suspicion grows, {@code >= 0}
 *     ({@link #DEFAULT_ACCEPTABLE_HEARTBEAT_PAUSE})
 * @param firstHeartbeatEstimate the interval assumed before any was measured, at least 1 ms
 *     ({@link #DEFAULT_FIRST_HEARTBEAT_ESTIMATE})
 */
public record PhiAccrualConfig(double threshold, int maxSampleSize, Duration minStdDeviation,
    Duration acceptableHeartbeatPause, Duration firstHeartbeatEstimate) {

  /**
   * 8.0: under the detector's model a wrong suspicion at phi 8 has probability about 1e-8, and
   * with a 1 s cadence it is crossed about 4.5 s into a silence (see the detector's tests);
   * Akka and Cassandra use the same value.
   */
  public static final double DEFAULT_THRESHOLD = 8.0;

  /**
   * 1000 intervals: about 17 minutes of history at a 1 s cadence, enough to smooth out jitter
   * while still following a network that changes; 8 KB per peer.
   */
  public static final int DEFAULT_MAX_SAMPLE_SIZE = 1000;

  /**
   * 100 ms: a very regular cadence measures a deviation near 0, which would make phi leap on
   * the first late heartbeat; the floor keeps the curve gentle.
   */
  public static final Duration DEFAULT_MIN_STD_DEVIATION = Duration.ofMillis(100);

  /**
   * 3 s: a garbage-collection pause or a brief network stall should not mark a peer Down;
   * pauses shorter than this barely move phi.
   */
  public static final Duration DEFAULT_ACCEPTABLE_HEARTBEAT_PAUSE = Duration.ofSeconds(3);

  /**
   * 1 s: the heartbeat cadence the gossip tick uses; the first heartbeat seeds the window with
   * this estimate so phi is meaningful before a second one arrives.
   */
  public static final Duration DEFAULT_FIRST_HEARTBEAT_ESTIMATE = Duration.ofSeconds(1);

  /**
   * The largest window: with intervals capped at
   * {@link PhiAccrualFailureDetector#MAX_INTERVAL_MILLIS} the sum of squares stays exact in a
   * {@code long}.
   */
  public static final int MAX_SAMPLE_SIZE = 100_000;

  public PhiAccrualConfig {
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException(
          "threshold: " + threshold + " (expected: a finite number > 0)");
    }
    if (maxSampleSize < 1 || maxSampleSize > MAX_SAMPLE_SIZE) {
      throw new IllegalArgumentException(
          "max sample size: " + maxSampleSize + " (expected: 1.." + MAX_SAMPLE_SIZE + ")");
    }
    requireAtLeast("min std deviation", minStdDeviation, 1);
    requireAtLeast("acceptable heartbeat pause", acceptableHeartbeatPause, 0);
    requireAtLeast("first heartbeat estimate", firstHeartbeatEstimate, 1);
  }

  private static void requireAtLeast(String what, Duration value, long minMillis) {
    if (value == null || value.isNegative() || value.toMillis() < minMillis) {
      throw new IllegalArgumentException(
          what + ": " + value + " (expected: >= " + minMillis + " ms)");
    }
  }

  /** Akka's defaults (see the constants for the reasons). */
  public static PhiAccrualConfig defaults() {
    return new PhiAccrualConfig(DEFAULT_THRESHOLD, DEFAULT_MAX_SAMPLE_SIZE,
        DEFAULT_MIN_STD_DEVIATION, DEFAULT_ACCEPTABLE_HEARTBEAT_PAUSE,
        DEFAULT_FIRST_HEARTBEAT_ESTIMATE);
  }

  /** This config with another threshold. */
  public PhiAccrualConfig withThreshold(double value) {
    return new PhiAccrualConfig(value, maxSampleSize, minStdDeviation, acceptableHeartbeatPause,
        firstHeartbeatEstimate);
  }

  /** This config with another window size. */
  public PhiAccrualConfig withMaxSampleSize(int value) {
    return new PhiAccrualConfig(threshold, value, minStdDeviation, acceptableHeartbeatPause,
        firstHeartbeatEstimate);
  }

  /** This config with another floor of the standard deviation. */
  public PhiAccrualConfig withMinStdDeviation(Duration value) {
    return new PhiAccrualConfig(threshold, maxSampleSize, value, acceptableHeartbeatPause,
        firstHeartbeatEstimate);
  }

  /** This config with another acceptable pause. */
  public PhiAccrualConfig withAcceptableHeartbeatPause(Duration value) {
    return new PhiAccrualConfig(threshold, maxSampleSize, minStdDeviation, value,
        firstHeartbeatEstimate);
  }

  /** This config with another first-heartbeat estimate. */
  public PhiAccrualConfig withFirstHeartbeatEstimate(Duration value) {
    return new PhiAccrualConfig(threshold, maxSampleSize, minStdDeviation,
        acceptableHeartbeatPause, value);
  }
}
