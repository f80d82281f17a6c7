package io.skein.membership.detector;

/**
 * A bounded window of heartbeat inter-arrival intervals with running sums, so the mean and the
 * variance cost O(1) whatever the window size.
 *
 * <p>The sums are exact {@code long}s: intervals are at most
 * {@link PhiAccrualFailureDetector#MAX_INTERVAL_MILLIS} and the window at most
 * {@link PhiAccrualConfig#MAX_SAMPLE_SIZE}, so the sum of squares stays below 2^61. Removing the
 * oldest interval therefore never leaves rounding drift behind, which running sums in
 * {@code double} would. Not thread-safe: its detector confines it.
 */
final class HeartbeatHistory {

  private final long[] intervals;
  private int head;
  private int size;
  private long sum;
  private long squaredSum;

  HeartbeatHistory(int maxSampleSize) {
    this.intervals = new long[maxSampleSize];
  }

  /** Appends an interval in milliseconds, dropping the oldest when the window is full. */
  void add(long intervalMillis) {
    if (intervalMillis < 0 || intervalMillis > PhiAccrualFailureDetector.MAX_INTERVAL_MILLIS) {
      throw new IllegalArgumentException("interval: " + intervalMillis + " ms (expected: 0.."
          + PhiAccrualFailureDetector.MAX_INTERVAL_MILLIS + ")");
    }
    if (size == intervals.length) {
      long oldest = intervals[head];
      sum -= oldest;
      squaredSum -= oldest * oldest;
      intervals[head] = intervalMillis;
      head = (head + 1) % intervals.length;
    } else {
      intervals[(head + size) % intervals.length] = intervalMillis;
      size++;
    }
    sum += intervalMillis;
    squaredSum += intervalMillis * intervalMillis;
  }

  /** Empties the window. */
  void clear() {
    head = 0;
    size = 0;
    sum = 0;
    squaredSum = 0;
  }

  int size() {
    return size;
  }

  int capacity() {
    return intervals.length;
  }

  /** The mean interval; 0 when the window is empty. */
  double mean() {
    return size == 0 ? 0.0 : (double) sum / size;
  }

  /**
   * The population variance, E[x²] − E[x]². Rounding can make that difference a hair below 0
   * when every interval is equal; it is clamped, since sqrt of a negative is NaN and NaN would
   * pass straight through {@code Math.max} into phi.
   */
  double variance() {
    if (size == 0) {
      return 0.0;
    }
    double mean = mean();
    return Math.max(0.0, (double) squaredSum / size - mean * mean);
  }

  double stdDeviation() {
    return Math.sqrt(variance());
  }
}
