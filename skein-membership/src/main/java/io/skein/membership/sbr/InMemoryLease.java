package io.skein.membership.sbr;

import java.time.Duration;
import java.util.Optional;

/**
 * A {@link Lease} held in this process's memory, for tests and for nodes that share one process.
 * It expires {@code ttl} after it was last granted or renewed.
 */
public final class InMemoryLease implements Lease {

  private final String name;
  private final long ttlNanos;
  private String holder;
  private long expiresAt;

  /**
   * @param name for messages
   * @param ttl how long a grant lasts without renewal; positive
   */
  public InMemoryLease(String name, Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("lease ttl: " + ttl + " (expected: > 0)");
    }
    this.name = name;
    this.ttlNanos = ttl.toNanos();
  }

  @Override
  public synchronized boolean tryAcquire(String owner, long now) {
    if (holder != null && !holder.equals(owner) && now < expiresAt) {
      return false;
    }
    holder = owner;
    expiresAt = now + ttlNanos;
    return true;
  }

  @Override
  public synchronized boolean release(String owner) {
    if (holder == null || !holder.equals(owner)) {
      return false;
    }
    holder = null;
    return true;
  }

  @Override
  public synchronized Optional<String> holder(long now) {
    return holder != null && now < expiresAt ? Optional.of(holder) : Optional.empty();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryLease(" + name + ", holder " + (holder == null ? "none" : holder) + ")";
  }
}
