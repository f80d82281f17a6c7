package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;
import java.util.HashSet;
import java.util.Set;

/**
 * The suspicion timer of one suspected member, with Lifeguard's dynamic timeout: it starts at
 * {@code max} and falls towards {@code min} as independent members confirm the suspicion, so a
 * member accused by one (possibly sick) node has a long time to refute, while a member that
 * many nodes fail to reach is declared failed quickly.
 *
 * <p>Design note: after memberlist's {@code suspicion.go} and the Lifeguard paper
 * [Dadgar, Phillips, Currey: "Lifeguard: Local Health Awareness for More Accurate Failure
 * Detection", 2018, §4.2]. The timeout after n of k wanted confirmations is
 * {@code max − (max − min) · log(n + 1) / log(k + 1)}, never below min; the accuser that
 * opened the suspicion does not count as a confirmation. Time is whatever the engine passes in.
 */
final class Suspicion {

  private final int wanted;
  private final long minMillis;
  private final long maxMillis;
  private final Set<UniqueAddress> accusers = new HashSet<>();
  private long start;
  private int confirmations;

  /**
   * A timer opened at {@code start} by {@code accuser}.
   *
   * @param wanted k: confirmations that drive the timeout to its minimum; below 1 the timeout
   *     is the minimum from the start
   */
  Suspicion(UniqueAddress accuser, int wanted, long minMillis, long maxMillis, long start) {
    this.wanted = wanted;
    this.minMillis = minMillis;
    this.maxMillis = Math.max(minMillis, maxMillis);
    this.start = start;
    accusers.add(accuser);
  }

  /**
   * The minimum suspicion timeout: {@code mult · max(1, log10 n) · interval}, so the time to
   * refute grows with the time gossip needs to reach n members.
   */
  static long minTimeoutMillis(int mult, int members, long probeIntervalMillis) {
    double nodeScale = Math.max(1.0, Math.log10(Math.max(1.0, members)));
    return (long) Math.floor(mult * nodeScale * probeIntervalMillis);
  }

  /** The timeout after {@code n} of {@code k} wanted confirmations, between min and max. */
  static long timeoutMillis(int n, int k, long minMillis, long maxMillis) {
    if (k < 1) {
      return minMillis;
    }
    double frac = Math.log(n + 1.0) / Math.log(k + 1.0);
    long raw = (long) Math.floor(maxMillis - frac * (maxMillis - minMillis));
    return Math.max(minMillis, raw);
  }

  /**
   * Records that {@code accuser} also suspects the member. Returns true when this is new
   * information (a distinct accuser while confirmations are still wanted), which the caller
   * re-gossips so other nodes' timers shrink too.
   */
  boolean confirm(UniqueAddress accuser) {
    if (confirmations >= wanted || !accusers.add(accuser)) {
      return false;
    }
    confirmations++;
    return true;
  }

  /** When the member is to be declared failed. */
  long deadline() {
    return start + timeoutMillis(confirmations, wanted, minMillis, maxMillis);
  }

  /** Moves the timer later by {@code millis} (time this node spent paused does not count). */
  void shift(long millis) {
    start += millis;
  }

  int confirmations() {
    return confirmations;
  }
}
