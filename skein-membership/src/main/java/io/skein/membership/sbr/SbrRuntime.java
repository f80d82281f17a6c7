package io.skein.membership.sbr;

import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/*
 * Design note. The rules follow Akka's split-brain resolver [1]: decisions wait for a stable
 * unreachable set [1, "stable-after"], a set that never settles downs all [1,
 * "down-all-when-unstable"], indirectly connected members go first [1, "indirectly connected
 * nodes"], and the lease gives the minority a delay [1, "lease-majority"]. Two choices are
 * Skein's: every node decides (not only the leader), so that a doomed member stops even when
 * it hears from nobody; and strategies answer a membership change that raced the split by
 * downing their own side instead of all (see KeepMajorityStrategy).
 *
 * [1] Akka documentation, "Split Brain Resolver" (akka-cluster 2.6 and later).
 */

/**
 * Runs a {@link SplitBrainResolver} on one node: when to decide, and what to do about it.
 *
 * <p>Call {@link #tick} about once a second with the node's current {@link SbrView} and execute
 * the returned actions. The rules (Akka's):
 * <ol>
 *   <li>A member that learns it is Down (or Removed) stops: {@link SbrAction.DownSelf}, once.
 *   <li>Nothing is decided until the unreachable set and the Up members have not changed for
 *       {@code stableAfter}; then the strategy decides. Indirectly connected members are downed
 *       first, then the strategy applies to the rest (see {@link IndirectConnectivity}).
 *   <li>If the unreachable set keeps changing for {@code stableAfter + downAllWhenUnstable}
 *       since its first change, every node downs all: a network that flaps that long gives no
 *       side to trust.
 *   <li>Every node decides, so that each doomed member stops by itself
 *       ({@link SbrAction.DownSelf}) even when it hears from nobody. Only its side's leader marks
 *       other members Down ({@link SbrAction.DownMembers}); a leader whose own side loses marks
 *       its doomed peers too, as Akka does, so a peer whose view lags still learns it by gossip.
 *   <li>lease-majority: after the minority's delay, the leader tries the lease; the other members
 *       of its side follow the lease's holder (their leader: they won; anyone else: they lost).
 *       The leader renews the lease while its downed members are still listed and releases it
 *       once they are removed and nothing is unreachable.
 * </ol>
 *
 * <p>Deterministic: time is the {@code now} argument (monotonic nanoseconds). Not thread-safe:
 * one driver thread calls it.
 */
public final class SbrRuntime {

  private final SplitBrainResolver resolver;
  private final Stability stability;
  private PendingLease pending;
  private HeldLease held;
  private boolean selfDowned;
  private Optional<String> lastWarning = Optional.empty();

  /** A decision waiting for its lease attempt at {@code attemptAt}. */
  private record PendingLease(
      DowningDecision.AcquireLease decision, SbrView view, long attemptAt) {}

  /** This node (a leader) holds the lease on behalf of its side. */
  private record HeldLease(String owner, Set<UniqueAddress> downed) {}

  /**
   * @param stableAfter how long nothing may change before a decision
   * @param downAllWhenUnstable extra time an unstable set is tolerated; {@link Duration#ZERO} is
   *     off
   */
  public SbrRuntime(
      SplitBrainResolver resolver, Duration stableAfter, Duration downAllWhenUnstable) {
    if (stableAfter.isNegative() || downAllWhenUnstable.isNegative()) {
      throw new IllegalArgumentException("stable_after, down_all_when_unstable: " + stableAfter
          + ", " + downAllWhenUnstable + " (expected: >= 0)");
    }
    this.resolver = resolver;
    this.stability = new Stability(stableAfter.toNanos(), downAllWhenUnstable.toNanos());
  }

  /** The runtime {@code settings} describe, around {@code resolver}. */
  public static SbrRuntime from(SbrSettings settings, SplitBrainResolver resolver) {
    return new SbrRuntime(resolver, settings.stableAfter(), settings.downAllWhenUnstable());
  }

  public SplitBrainResolver resolver() {
    return resolver;
  }

  /** Whether this node has been downed; after that, {@link #tick} returns nothing. */
  public boolean isSelfDowned() {
    return selfDowned;
  }

  /** Takes in the view at {@code now} (monotonic nanoseconds); returns what to do, in order. */
  public List<SbrAction> tick(long now, SbrView view) {
    if (selfDowned) {
      return List.of();
    }
    MemberStatus selfStatus = view.selfMember().status();
    if (selfStatus == MemberStatus.DOWN || selfStatus == MemberStatus.REMOVED) {
      selfDowned = true;
      return List.of(new SbrAction.DownSelf("marked " + selfStatus + " by the cluster"));
    }
    if (resolver.isOff()) {
      return List.of();
    }
    List<SbrAction> actions = new ArrayList<>();
    stability.observe(now, view);
    warn(view, actions);
    maintainLease(now, view);
    if (pending != null) {
      continuePending(now, view, actions);
      return actions;
    }
    if (stability.isUnstable(now)) {
      act(now, view, DowningDecision.DOWN_ALL,
          "down-all-when-unstable: " + stability.describeInstability(now), actions);
      return actions;
    }
    if (view.unreachable().isEmpty() || !stability.isStable(now)) {
      return actions;
    }
    DowningDecision decision = resolver.decide(view);
    if (decision instanceof DowningDecision.AcquireLease acquire) {
      startLease(now, view, acquire, actions);
    } else {
      act(now, view, decision, reason(decision, view), actions);
    }
    return actions;
  }

  private void warn(SbrView view, List<SbrAction> actions) {
    Optional<String> warning = resolver.strategy().warning(view);
    if (warning.isPresent() && !warning.equals(lastWarning)) {
      actions.add(new SbrAction.Warn(resolver.strategy().name() + ": " + warning.get()));
    }
    lastWarning = warning;
  }

  private void startLease(
      long now, SbrView view, DowningDecision.AcquireLease acquire, List<SbrAction> actions) {
    Lease lease = lease();
    String owner = leaseOwner(view);
    if (lease.isHeldBy(owner, now)) {
      leaseGranted(now, view, acquire, owner, actions);
      return;
    }
    pending = new PendingLease(acquire, view, now + acquire.delay().toNanos());
    if (acquire.delay().isZero()) {
      continuePending(now, view, actions);
    } else {
      actions.add(new SbrAction.AwaitLease(pending.attemptAt(), acquire.delay()));
    }
  }

  private void continuePending(long now, SbrView view, List<SbrAction> actions) {
    if (!view.unreachable().equals(pending.view().unreachable())) {
      pending = null; // the partition changed: decide afresh once it is stable again
      return;
    }
    if (now < pending.attemptAt()) {
      return;
    }
    Lease lease = lease();
    SbrView decided = pending.view();
    String owner = leaseOwner(decided);
    boolean granted;
    if (owner.equals(decided.self().toString())) {
      granted = lease.tryAcquire(owner, now);
    } else {
      Optional<String> holder = lease.holder(now);
      if (holder.isEmpty()) {
        return; // our leader has not tried yet
      }
      granted = holder.get().equals(owner);
    }
    DowningDecision.AcquireLease acquire = pending.decision();
    pending = null;
    if (granted) {
      leaseGranted(now, decided, acquire, owner, actions);
    } else {
      DowningDecision denied = acquire.ifDenied();
      act(now, decided, denied, reason(denied, decided) + " (lease held by another side)",
          actions);
    }
  }

  private void leaseGranted(long now, SbrView view, DowningDecision.AcquireLease acquire,
      String owner, List<SbrAction> actions) {
    DowningDecision decision = acquire.ifAcquired();
    Set<UniqueAddress> downed =
        act(now, view, decision, reason(decision, view) + " (lease acquired)", actions);
    if (owner.equals(view.self().toString())) {
      Set<UniqueAddress> all = new HashSet<>(downed);
      if (held != null) {
        all.addAll(held.downed());
      }
      held = new HeldLease(owner, all);
    }
  }

  private void maintainLease(long now, SbrView view) {
    if (held == null) {
      return;
    }
    boolean downedGone = held.downed().stream().allMatch(a -> view.member(a).isEmpty());
    if (downedGone && view.unreachable().isEmpty()) {
      lease().release(held.owner());
      held = null;
    } else {
      lease().tryAcquire(held.owner(), now); // renew until the downed members are gone
    }
  }

  private Set<UniqueAddress> act(long now, SbrView view, DowningDecision decision, String reason,
      List<SbrAction> actions) {
    Set<UniqueAddress> nodes = decision.nodesToDown(view);
    if (nodes.isEmpty()) {
      return nodes;
    }
    Set<UniqueAddress> others = new HashSet<>(nodes);
    others.remove(view.self());
    if (view.selfIsLeader() && !others.isEmpty()) {
      actions.add(new SbrAction.DownMembers(others, decision));
    }
    if (nodes.contains(view.self())) {
      selfDowned = true;
      actions.add(new SbrAction.DownSelf(reason));
    }
    stability.acted(now);
    return nodes;
  }

  private String reason(DowningDecision decision, SbrView view) {
    return resolver.strategy().name() + " decided " + decision + " with "
        + view.unreachable().size() + " of " + view.members().size() + " members unreachable";
  }

  private Lease lease() {
    if (resolver.strategy() instanceof LeaseMajorityStrategy leaseMajority) {
      return leaseMajority.lease();
    }
    throw new IllegalStateException(
        "strategy: " + resolver.strategy().name() + " (expected: lease-majority for a lease)");
  }

  /** The lease is taken in the name of the side's leader, so the side agrees on one owner. */
  private static String leaseOwner(SbrView view) {
    return view.leader().orElse(view.self()).toString();
  }
}
