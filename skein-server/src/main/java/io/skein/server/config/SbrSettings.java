package io.skein.server.config;

import io.skein.core.HostAndPort;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The split-brain resolver's settings ({@code sbr:}), validated at load; the resolver reads
 * them when it is wired.
 *
 * @param strategy which side survives a partition
 * @param stableAfter how long the set of unreachable members must stay unchanged before a
 *     decision (default 20 s, Akka's: long enough for a flapping link to settle)
 * @param quorumSize for {@code static_quorum}: reachable members a side needs
 * @param downIfAlone for {@code keep_oldest}: down the oldest when it is alone on its side
 *     (default true, Akka's, so a lone oldest cannot hold a whole cluster hostage)
 * @param referee for {@code keep_referee}: the peer address of the referee node
 * @param downAllIfLessThanNodes for {@code keep_referee}: down every node when fewer than this
 *     remain on the referee's side (default 1)
 * @param downAllWhenUnstable down every node when no decision is reached within
 *     {@code stableAfter} plus this; empty when {@code off}
 */
public record SbrSettings(SbrStrategy strategy, Duration stableAfter, OptionalInt quorumSize,
    boolean downIfAlone, Optional<HostAndPort> referee, int downAllIfLessThanNodes,
    Optional<Duration> downAllWhenUnstable) {

  public static final Duration DEFAULT_STABLE_AFTER = Duration.ofSeconds(20);

  /** Akka's floor for the derived {@code down_all_when_unstable}. */
  static final Duration MIN_DERIVED_UNSTABLE = Duration.ofSeconds(4);

  public static final SbrSettings DEFAULTS = new SbrSettings(SbrStrategy.KEEP_MAJORITY,
      DEFAULT_STABLE_AFTER, OptionalInt.empty(), true, Optional.empty(), 1,
      Optional.of(derivedUnstable(DEFAULT_STABLE_AFTER)));

  /**
   * {@code down_all_when_unstable: on}: three quarters of {@code stable_after}, at least 4 s
   * (Akka's rule: long enough to outlast one more round of reachability changes).
   */
  public static Duration derivedUnstable(Duration stableAfter) {
    Duration d = stableAfter.multipliedBy(3).dividedBy(4);
    return d.compareTo(MIN_DERIVED_UNSTABLE) < 0 ? MIN_DERIVED_UNSTABLE : d;
  }
}
