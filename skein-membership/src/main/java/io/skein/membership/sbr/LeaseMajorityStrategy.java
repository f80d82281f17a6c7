package io.skein.membership.sbr;

import io.skein.membership.member.Member;
import java.time.Duration;
import java.util.Optional;

/**
 * lease-majority: the side that takes the {@link Lease} survives; the other downs itself. Both
 * sides try, but the minority (by keep-majority's count, with {@code role} if given; a tie goes
 * to the side with the lowest address) waits {@code acquireLeaseDelayForMinority} first, so that
 * the majority wins whenever it is alive to try.
 *
 * <p>Choose it when an arbiter outside the cluster exists: it is the only strategy that stays
 * safe when no side is a majority (an even split, a three-way split, a majority that crashed) and
 * still keeps one side serving. Its weakness: a side that cannot reach the lease downs itself,
 * even a majority.
 *
 * <p>Deciding returns {@link DowningDecision.AcquireLease}; {@link SbrRuntime} waits the delay,
 * makes the attempt and applies {@code ifAcquired} or {@code ifDenied}.
 */
public final class LeaseMajorityStrategy implements DowningStrategy {

  private final Lease lease;
  private final Duration acquireLeaseDelayForMinority;
  private final Optional<String> role;

  public LeaseMajorityStrategy(
      Lease lease, Duration acquireLeaseDelayForMinority, Optional<String> role) {
    if (lease == null) {
      throw new IllegalArgumentException("lease: null (expected: a lease shared by all nodes)");
    }
    if (acquireLeaseDelayForMinority.isNegative()) {
      throw new IllegalArgumentException("acquire_lease_delay_for_minority: "
          + acquireLeaseDelayForMinority + " (expected: >= 0)");
    }
    this.lease = lease;
    this.acquireLeaseDelayForMinority = acquireLeaseDelayForMinority;
    this.role = role;
  }

  public Lease lease() {
    return lease;
  }

  public Duration acquireLeaseDelayForMinority() {
    return acquireLeaseDelayForMinority;
  }

  @Override
  public String name() {
    return "lease-majority";
  }

  @Override
  public DowningDecision decide(SbrView view) {
    DowningDecision ifAcquired =
        IndirectConnectivity.decide(view, v -> DowningDecision.DOWN_UNREACHABLE);
    if (ifAcquired.equals(DowningDecision.DOWN_ALL)) {
      return ifAcquired;
    }
    if (ifAcquired.isIndirectlyConnected()) {
      // The flaky members go whichever side wins; no reason to make anyone wait.
      return new DowningDecision.AcquireLease(ifAcquired, Duration.ZERO);
    }
    return new DowningDecision.AcquireLease(
        ifAcquired, isInMinority(view) ? acquireLeaseDelayForMinority : Duration.ZERO);
  }

  private boolean isInMinority(SbrView view) {
    Sides sides = Sides.of(view, role, Member.ADDRESS_ORDER);
    if (sides.isEmpty()) {
      return false; // no member with the role: nobody is handicapped
    }
    int unreachable = sides.unreachable().size();
    int all = sides.members().size();
    if (unreachable * 2 == all) {
      return !sides.isReachable(sides.first());
    }
    return unreachable * 2 > all;
  }

  @Override
  public String toString() {
    return "LeaseMajority(" + lease + ", minority delay " + acquireLeaseDelayForMinority.toMillis()
        + " ms" + role.map(r -> ", role " + r).orElse("") + ")";
  }
}
