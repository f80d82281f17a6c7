package io.skein.membership.sbr;

import java.util.Optional;

/**
 * A rule that decides, from one node's view of a partition, which side keeps serving.
 *
 * <p>Contract: {@link #decide} is a pure function of the view: no clock, no randomness, no
 * state, so that every node on one side, given the same view, reaches the same decision, and
 * the two sides of a clean partition reach complementary ones. Timing (when to decide) belongs to
 * {@link SbrRuntime}. Implementations are immutable and thread-safe.
 */
public interface DowningStrategy {

  /** The decision for {@code view}; only meaningful when the view has unreachable members. */
  DowningDecision decide(SbrView view);

  /** The name used in the config ({@code cluster.sbr.strategy}), e.g. {@code keep-majority}. */
  String name();

  /**
   * A configuration problem visible in {@code view} that an operator should hear about before a
   * partition makes it matter (static-quorum's cluster that outgrew its quorum); empty if none.
   */
  default Optional<String> warning(SbrView view) {
    return Optional.empty();
  }
}
