package io.skein.membership.sbr;

import java.util.Optional;

/**
 * A lock with an expiry held outside the partitioned group, so that both sides of a split ask
 * the same arbiter and at most one of them gets it. Used by {@link LeaseMajorityStrategy}.
 *
 * <p>Contract: calls are answered at once from the lease's own state, never by waiting on the
 * network (the resolver calls them from its tick); times are the caller's monotonic nanoseconds,
 * so every user of one lease must share a time base. A holder keeps the lease until it releases
 * it or its time to live passes without renewal. Implementations are thread-safe.
 *
 * <p>Today there is {@link InMemoryLease}, shared by the nodes of one process (tests, local
 * clusters). The lease moves to the Raft control plane when that exists.
 */
public interface Lease {

  /**
   * Grants (or renews) the lease to {@code owner} if it is free, expired, or already
   * {@code owner}'s.
   *
   * @return whether {@code owner} holds the lease now
   */
  boolean tryAcquire(String owner, long now);

  /**
   * Gives the lease up if {@code owner} holds it.
   *
   * @return whether {@code owner} held it
   */
  boolean release(String owner);

  /** Who holds the lease at {@code now}; empty if nobody or the holder's time ran out. */
  Optional<String> holder(long now);

  /** Whether {@code owner} holds the lease at {@code now}. */
  default boolean isHeldBy(String owner, long now) {
    return holder(now).filter(owner::equals).isPresent();
  }
}
