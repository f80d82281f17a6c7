package io.skein.membership.sbr;

import io.skein.membership.member.UniqueAddress;
import java.util.Optional;
import java.util.Set;

/**
 * The resolver as the node sees it: whichever {@link DowningStrategy} the config names, behind
 * one type. Pure: deciding needs a view and nothing else. {@link SbrRuntime} adds the timing.
 */
public final class SplitBrainResolver {

  private final DowningStrategy strategy;

  public SplitBrainResolver(DowningStrategy strategy) {
    if (strategy == null) {
      throw new IllegalArgumentException("strategy: null (expected: a downing strategy)");
    }
    this.strategy = strategy;
  }

  /**
   * The strategy {@code settings} names.
   *
   * @param lease the lease every node shares; required by lease-majority, ignored otherwise
   * @throws IllegalArgumentException if lease-majority has no lease
   */
  public static SplitBrainResolver from(SbrSettings settings, Optional<Lease> lease) {
    DowningStrategy strategy = switch (settings.strategy()) {
      case KEEP_MAJORITY -> new KeepMajorityStrategy(settings.role());
      case STATIC_QUORUM -> new StaticQuorumStrategy(settings.quorumSize(), settings.role());
      case KEEP_OLDEST -> new KeepOldestStrategy(settings.downIfAlone(), settings.role());
      case KEEP_REFEREE ->
          new KeepReferee(settings.referee().orElseThrow(), settings.downAllIfLessThanNodes());
      case LEASE_MAJORITY -> new LeaseMajorityStrategy(
          lease.orElseThrow(() -> new IllegalArgumentException(
              "cluster.sbr.strategy: lease-majority (expected: a lease shared by every node;"
                  + " none is configured)")),
          settings.acquireLeaseDelayForMinority(), settings.role());
      case DOWN_ALL -> new DownAllStrategy();
      case OFF -> new NoSbr();
    };
    return new SplitBrainResolver(strategy);
  }

  public DowningStrategy strategy() {
    return strategy;
  }

  /** Whether this resolver never decides ({@code strategy: off}). */
  public boolean isOff() {
    return strategy instanceof NoSbr;
  }

  /** The strategy's decision for {@code view}. */
  public DowningDecision decide(SbrView view) {
    return strategy.decide(view);
  }

  /** The members the strategy's decision would down in {@code view}. */
  public Set<UniqueAddress> nodesToDown(SbrView view) {
    return decide(view).nodesToDown(view);
  }

  @Override
  public String toString() {
    return "SplitBrainResolver(" + strategy + ")";
  }
}
