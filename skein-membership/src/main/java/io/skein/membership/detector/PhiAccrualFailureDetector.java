package io.skein.membership.detector;

/**
 * A phi accrual failure detector for one monitored peer: instead of a yes/no verdict it gives
 * a suspicion level φ that grows with the silence since the peer's last heartbeat, scaled by
 * how regular its heartbeats have been.
 *
 * <p>Contract: time is injected as monotonic milliseconds ({@code nowMillis}, the same origin
 * for every call; e.g. {@code clock.nanos() / 1_000_000}); the detector never reads a clock.
 * {@link #phi} is always finite and {@code >= 0}, never NaN. Not thread-safe: one thread at a
 * time, or a lock held by the owner (the GossipHandler locks per peer).
 *
 * <p>Design note. φ is defined in [1] as {@code φ(t) = -log10(1 - F(t))}, where {@code t} is
 * the time since the last heartbeat and {@code F} the cumulative distribution of inter-arrival
 * intervals, modelled as normal with the mean μ and standard deviation σ of a sliding window
 * of the last {@code maxSampleSize} intervals ({@link HeartbeatHistory}, running sums). As in
 * Akka's detector [2]:
 * <ol>
 *   <li>μ is increased by the acceptable heartbeat pause, so a pause that short barely raises
 *       φ, and σ is floored at {@code minStdDeviation}, so a very regular peer is not suspected
 *       on its first late beat;</li>
 *   <li>F is the logistic approximation of the normal CDF [3]:
 *       {@code y = (t - μ) / σ}, {@code F(t) ≈ 1 / (1 + exp(-y (1.5976 + 0.070566 y²)))};
 *       Akka writes φ with {@code e = exp(-y (1.5976 + 0.070566 y²))} as
 *       {@code -log10(e / (1 + e))} when {@code t > μ} and
 *       {@code -log10(1 - 1 / (1 + e))} otherwise;</li>
 *   <li>the first heartbeat seeds the window with two intervals,
 *       {@code estimate ± estimate / 4}, so φ has a mean and a spread before a second
 *       heartbeat arrives; a peer never heard from has φ = 0 (not monitored, not suspected);</li>
 *   <li>the first heartbeat after the peer was suspected ({@code !isAvailable}) is not added:
 *       the long gap belongs to the failure, not to the peer's cadence.</li>
 * </ol>
 * Both of Akka's branches equal {@code log10(1 + exp(z))} with {@code z = y (1.5976 +
 * 0.070566 y²)}; it is computed here as a stable softplus, {@code z + log1p(exp(-z))} for
 * {@code z > 0} and {@code log1p(exp(z))} otherwise, divided by ln 10. That is the same
 * function, but where Akka's {@code e} underflows to 0 (about 21.6 σ past the mean, 6.16 s of
 * silence with the defaults) and φ becomes Infinity, this keeps growing finitely (cubically in
 * the silence), so a gauge or a comparison never sees Infinity or NaN.
 *
 * <p>Beyond Akka: a heartbeat stamped before the last one (two threads racing to report) is
 * ignored rather than recorded as a negative interval; intervals are capped at
 * {@link #MAX_INTERVAL_MILLIS} so the window's sums stay exact.
 *
 * <p>References: [1] N. Hayashibara, X. Défago, R. Yared, T. Katayama, "The φ Accrual Failure
 * Detector", SRDS 2004 (JAIST research report IS-RR-2004-010). [2] Akka,
 * {@code akka.remote.PhiAccrualFailureDetector} and its documentation. [3] S. R. Bowling et
 * al., "A logistic approximation to the cumulative normal distribution", JIEM 2009.
 */
public final class PhiAccrualFailureDetector {

  /** One hour: no heartbeat cadence is slower; the cap keeps the window's sums exact. */
  public static final long MAX_INTERVAL_MILLIS = 3_600_000L;

  private static final double LN_10 = Math.log(10.0);

  private final PhiAccrualConfig config;
  private final HeartbeatHistory history;
  private final long minStdDeviationMillis;
  private final long acceptablePauseMillis;
  private boolean monitoring;
  private long lastHeartbeatMillis;

  public PhiAccrualFailureDetector(PhiAccrualConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("phi accrual config: null (expected: a config)");
    }
    this.config = config;
    this.history = new HeartbeatHistory(config.maxSampleSize());
    this.minStdDeviationMillis = config.minStdDeviation().toMillis();
    this.acceptablePauseMillis = config.acceptableHeartbeatPause().toMillis();
  }

  /** A detector with {@link PhiAccrualConfig#defaults()}. */
  public static PhiAccrualFailureDetector withDefaults() {
    return new PhiAccrualFailureDetector(PhiAccrualConfig.defaults());
  }

  public PhiAccrualConfig config() {
    return config;
  }

  /** Records a heartbeat received at {@code nowMillis}. */
  public void heartbeat(long nowMillis) {
    if (!monitoring) {
      seed();
      monitoring = true;
      lastHeartbeatMillis = nowMillis;
      return;
    }
    if (nowMillis < lastHeartbeatMillis) {
      return; // older than what we know: no interval to learn, no liveness news
    }
    long interval = nowMillis - lastHeartbeatMillis;
    if (isAvailable(nowMillis)) {
      history.add(Math.min(interval, MAX_INTERVAL_MILLIS));
    }
    lastHeartbeatMillis = nowMillis;
  }

  private void seed() {
    long estimate = config.firstHeartbeatEstimate().toMillis();
    long spread = estimate / 4;
    history.clear();
    history.add(Math.min(estimate - spread, MAX_INTERVAL_MILLIS));
    history.add(Math.min(estimate + spread, MAX_INTERVAL_MILLIS));
  }

  /** The suspicion level at {@code nowMillis}; 0 before the first heartbeat. */
  public double phi(long nowMillis) {
    if (!monitoring) {
      return 0.0;
    }
    // In double: a difference of two extreme longs must not wrap round.
    double silence = (double) nowMillis - (double) lastHeartbeatMillis;
    return phi(silence, intervalMean() + acceptablePauseMillis, intervalStdDeviation());
  }

  /**
   * φ for a silence of {@code timeDiffMillis} under a normal distribution of intervals with
   * {@code meanMillis} and {@code stdDeviationMillis} (already adjusted: pause added, floor
   * applied); the pure formula of the design note.
   *
   * @throws IllegalArgumentException when {@code stdDeviationMillis} is not a number {@code > 0}
   */
  public static double phi(double timeDiffMillis, double meanMillis, double stdDeviationMillis) {
    if (!(stdDeviationMillis > 0)) {
      throw new IllegalArgumentException(
          "std deviation: " + stdDeviationMillis + " ms (expected: > 0)");
    }
    double y = (timeDiffMillis - meanMillis) / stdDeviationMillis;
    double z = y * (1.5976 + 0.070566 * y * y);
    double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    return softplus / LN_10;
  }

  /** True while {@code phi(nowMillis) < threshold} (Akka's rule; a silent peer is available). */
  public boolean isAvailable(long nowMillis) {
    return phi(nowMillis) < config.threshold();
  }

  /** True once a heartbeat was recorded (since construction or the last {@link #reset}). */
  public boolean isMonitoring() {
    return monitoring;
  }

  /** Forgets every heartbeat: the peer is as if never heard from. */
  public void reset() {
    monitoring = false;
    lastHeartbeatMillis = 0;
    history.clear();
  }

  /** The mean of the window's intervals, without the acceptable pause; 0 before a heartbeat. */
  public double intervalMean() {
    return history.mean();
  }

  /** The standard deviation phi uses: the window's, floored at the minimum. */
  public double intervalStdDeviation() {
    return Math.max(history.stdDeviation(), minStdDeviationMillis);
  }

  /** How many intervals the window holds, at most {@code maxSampleSize}. */
  public int sampleCount() {
    return history.size();
  }

  @Override
  public String toString() {
    return "PhiAccrualFailureDetector[" + (monitoring ? "last " + lastHeartbeatMillis
        + " ms, mean " + intervalMean() + " ms, " + sampleCount() + " samples" : "no heartbeat")
        + "]";
  }
}
