package io.skein.transport.membership;

import io.skein.core.HostAndPort;
import io.skein.membership.detector.PhiAccrualConfig;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.lifecycle.CrossDcSettings;
import io.skein.membership.lifecycle.LifecycleSettings;
import io.skein.membership.sbr.Lease;
import io.skein.membership.sbr.SbrSettings;
import io.skein.membership.swim.GossipConfig;
import io.skein.routing.pool.TopologyHolder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a {@link MembershipNode} runs: the SWIM preset, the seeds, the split-brain resolver, the
 * lifecycle knobs, the phi threshold and the driver's own timers.
 *
 * @param gossip SWIM's knobs; {@link #gossipPreset} names memberlist's three presets
 * @param seeds the peer addresses a node joins through (Dynomite's {@code dyn_seeds}); see
 *     {@code SeedPlan} for how a static list bootstraps a new cluster
 * @param sbr the {@code cluster.sbr} section
 * @param lease the lease every node shares, required by {@code lease-majority} only
 * @param lifecycle the member lifecycle's knobs
 * @param phiThreshold the data plane's phi threshold; applied by {@link #gossipHandler}
 * @param tickInterval how often the lifecycle gossips and the resolver looks at the view
 * @param seedJoinTimeout how long the lowest seed asks the other seeds to let it join an
 *     existing cluster before it starts a new one
 * @param leaveTimeout how long a leaving node waits to see itself Exiting before it stops
 *     anyway; also how long others wait before they treat a departed, still Leaving member as
 *     unreachable (so the resolver can clear it)
 * @param crossDc heartbeats to peers in other datacenters: their interval and the pause their
 *     detectors accept (Akka's multi-DC defaults: 3 s and 10 s)
 */
public record MembershipSettings(
    GossipConfig gossip,
    List<HostAndPort> seeds,
    SbrSettings sbr,
    Optional<Lease> lease,
    LifecycleSettings lifecycle,
    double phiThreshold,
    Duration tickInterval,
    Duration seedJoinTimeout,
    Duration leaveTimeout,
    CrossDcSettings crossDc) {

  /** Akka's gossip interval: membership changes are rare, one round a second spreads them. */
  public static final Duration DEFAULT_TICK = Duration.ofSeconds(1);

  /** Akka's seed-node-timeout: long enough for a restarted first seed to find its cluster. */
  public static final Duration DEFAULT_SEED_JOIN_TIMEOUT = Duration.ofSeconds(5);

  /**
   * A leader moves a Leaving member to Exiting within a few gossip rounds of a converged view;
   * 10 s covers a slow round or two without holding a shutdown hostage.
   */
  public static final Duration DEFAULT_LEAVE_TIMEOUT = Duration.ofSeconds(10);

  public MembershipSettings {
    if (gossip == null || seeds == null || sbr == null || lease == null || lifecycle == null
        || tickInterval == null || seedJoinTimeout == null || leaveTimeout == null
        || crossDc == null) {
      throw new IllegalArgumentException("membership settings: null (expected: every field set)");
    }
    seeds = List.copyOf(seeds);
    if (!(phiThreshold > 0) || Double.isInfinite(phiThreshold)) {
      throw new IllegalArgumentException(
          "phi threshold: " + phiThreshold + " (expected: a finite number > 0)");
    }
    positive("tick interval", tickInterval);
    positive("seed join timeout", seedJoinTimeout);
    positive("leave timeout", leaveTimeout);
  }

  /**
   * The LAN preset, no seeds (a node on its own), keep-majority after 20 s, Akka's lifecycle,
   * phi 8 (Akka's, Cassandra's and Dynomite's threshold), and the driver defaults above.
   */
  public static MembershipSettings defaults() {
    return new MembershipSettings(GossipConfig.lan(), List.of(), SbrSettings.defaults(),
        Optional.empty(), LifecycleSettings.DEFAULTS, GossipHandler.DEFAULT_THRESHOLD,
        DEFAULT_TICK, DEFAULT_SEED_JOIN_TIMEOUT, DEFAULT_LEAVE_TIMEOUT, CrossDcSettings.DEFAULTS);
  }

  /** The SWIM preset called {@code name}: {@code lan}, {@code wan} or {@code local}. */
  public static GossipConfig gossipPreset(String name) {
    return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
      case "lan" -> GossipConfig.lan();
      case "wan" -> GossipConfig.wan();
      case "local" -> GossipConfig.local();
      default -> throw new IllegalArgumentException(
          "gossip preset: '" + name + "' (expected: lan, wan or local)");
    };
  }

  public MembershipSettings withGossip(GossipConfig value) {
    return new MembershipSettings(value, seeds, sbr, lease, lifecycle, phiThreshold,
        tickInterval, seedJoinTimeout, leaveTimeout, crossDc);
  }

  public MembershipSettings withSeeds(List<HostAndPort> value) {
    return new MembershipSettings(gossip, value, sbr, lease, lifecycle, phiThreshold,
        tickInterval, seedJoinTimeout, leaveTimeout, crossDc);
  }

  public MembershipSettings withSbr(SbrSettings value) {
    return new MembershipSettings(gossip, seeds, value, lease, lifecycle, phiThreshold,
        tickInterval, seedJoinTimeout, leaveTimeout, crossDc);
  }

  public MembershipSettings withLease(Lease value) {
    return new MembershipSettings(gossip, seeds, sbr, Optional.of(value), lifecycle,
        phiThreshold, tickInterval, seedJoinTimeout, leaveTimeout, crossDc);
  }

  public MembershipSettings withLifecycle(LifecycleSettings value) {
    return new MembershipSettings(gossip, seeds, sbr, lease, value, phiThreshold, tickInterval,
        seedJoinTimeout, leaveTimeout, crossDc);
  }

  public MembershipSettings withPhiThreshold(double value) {
    return new MembershipSettings(gossip, seeds, sbr, lease, lifecycle, value, tickInterval,
        seedJoinTimeout, leaveTimeout, crossDc);
  }

  public MembershipSettings withSeedJoinTimeout(Duration value) {
    return new MembershipSettings(gossip, seeds, sbr, lease, lifecycle, phiThreshold,
        tickInterval, value, leaveTimeout, crossDc);
  }

  public MembershipSettings withLeaveTimeout(Duration value) {
    return new MembershipSettings(gossip, seeds, sbr, lease, lifecycle, phiThreshold,
        tickInterval, seedJoinTimeout, value, crossDc);
  }

  public MembershipSettings withCrossDc(CrossDcSettings value) {
    return new MembershipSettings(gossip, seeds, sbr, lease, lifecycle, phiThreshold,
        tickInterval, seedJoinTimeout, leaveTimeout, value);
  }

  /** The phi detector settings: the defaults with this threshold. */
  public PhiAccrualConfig detector() {
    return PhiAccrualConfig.defaults().withThreshold(phiThreshold);
  }

  /**
   * The data plane's failure detector over {@code topology}, with this threshold (and
   * {@link #crossDc}'s timings for peers in other datacenters), publishing
   * PeerUp/PeerDown on {@code events} and reporting to {@code metrics}
   * ({@link FailureMetrics#NONE} for none). Hand it to the {@link MembershipNode}.
   */
  public GossipHandler gossipHandler(TopologyHolder topology, ClusterEventBus events,
      FailureMetrics metrics) {
    PhiAccrualConfig otherDc = detector()
        .withFirstHeartbeatEstimate(Duration.ofMillis(crossDc.heartbeatIntervalMillis()))
        .withAcceptableHeartbeatPause(Duration.ofMillis(crossDc.acceptableHeartbeatPauseMillis()));
    return new GossipHandler(topology).withDetectorConfig(detector())
        .withOtherDcDetectorConfig(otherDc).withEvents(events).withFailureMetrics(metrics);
  }

  private static void positive(String what, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(what + ": " + value + " (expected: > 0)");
    }
  }
}
