package io.skein.simulation;

/**
 * How the simulated network treats every message: dropped with probability {@code lossRate},
 * otherwise delivered after {@code minLatencyMillis} plus an exponentially distributed extra
 * with mean {@code meanExtraLatencyMillis} (a LAN's long tail of small delays).
 *
 * @param lossRate 0 to 1, per message, independent
 * @param minLatencyMillis the floor of one-way latency
 * @param meanExtraLatencyMillis the mean of the exponential part
 */
public record NetworkModel(double lossRate, long minLatencyMillis, double meanExtraLatencyMillis) {

  public NetworkModel {
    if (lossRate < 0 || lossRate > 1) {
      throw new IllegalArgumentException("loss rate: " + lossRate + " (expected: 0..1)");
    }
    if (minLatencyMillis < 0 || meanExtraLatencyMillis < 0) {
      throw new IllegalArgumentException("latency: " + minLatencyMillis + " + "
          + meanExtraLatencyMillis + " ms (expected: >= 0)");
    }
  }

  /** A healthy LAN: no loss, 1 ms plus a mean 1 ms tail. */
  public static NetworkModel lan() {
    return new NetworkModel(0, 1, 1.0);
  }

  /** This network with another loss rate. */
  public NetworkModel withLoss(double rate) {
    return new NetworkModel(rate, minLatencyMillis, meanExtraLatencyMillis);
  }
}
