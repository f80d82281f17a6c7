package io.skein.simulation;

import java.util.Arrays;

/** Order statistics of a sample, nearest-rank. */
public final class Stats {

  private Stats() {}

  /** The {@code p}-th percentile (0 < p <= 100) of {@code values}, nearest rank. */
  public static long percentile(long[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values: empty (expected: at least one)");
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public static long median(long[] values) {
    return percentile(values, 50);
  }

  public static long max(long[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }
}
