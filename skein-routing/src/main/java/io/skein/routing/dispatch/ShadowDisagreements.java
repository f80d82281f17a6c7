package io.skein.routing.dispatch;

import java.util.concurrent.atomic.LongAdder;

/**
 * The process-wide {@code distribution_shadow_disagreement_total} counter.
 *
 * <p>Why static: the metric is process-global by definition (Dynomite exposes it as a global
 * counter), it is written by every dispatcher on every thread, and a {@link LongAdder} keeps
 * that write contention-free. It is the one static mutable in routing; tests read deltas or
 * call {@link ClusterDispatcher#resetDistributionShadowDisagreementTotal()}.
 */
final class ShadowDisagreements {

  private static final LongAdder TOTAL = new LongAdder();

  private ShadowDisagreements() {}

  static void increment() {
    TOTAL.increment();
  }

  static long total() {
    return TOTAL.sum();
  }

  static void reset() {
    TOTAL.reset();
  }
}
