package io.skein.membership.gossip;

import io.skein.membership.detector.PhiAccrualConfig;
import io.skein.membership.gossip.TransitionReporter.Cause;
import io.skein.membership.events.ClusterEventBus;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The single owner of the data plane's peer states Normal and Down (seed 002): it feeds one
 * phi accrual detector per non-local peer with heartbeats and publishes its verdicts through
 * the {@link TopologyHolder}, where {@code ClusterDispatcher} stops planning a Down peer at
 * once and plans it again as soon as it is Normal.
 *
 * <p>Rules: a peer is Normal iff at least one heartbeat has been recorded and
 * {@code phi(now) <= threshold}; otherwise Down (a peer never heard from included).
 * {@link #evaluate} applies them to every non-local peer; a heartbeat applies the Normal half
 * at once (first contact and recovery need no tick); {@link #markDown} applies Down without
 * asking phi. The local peer is never monitored, so it is never made Down. Joining and
 * Leaving belong to the lifecycle and are kept while the peer is alive. Every transition is
 * logged, counted in {@link FailureMetrics} and published as {@code ClusterEvent.PeerUp} or
 * {@code ClusterEvent.PeerDown}.
 *
 * <p>Time: {@code nowMillis} is monotonic milliseconds with one origin for every call (e.g.
 * {@code clock.nanos() / 1_000_000}); the handler never reads a clock and starts no thread. Its
 * driver calls {@link #evaluate} every {@link #interval()} and the transport calls
 * {@code recordHeartbeat} for every gossip frame or probe ack from a peer.
 *
 * <p>Threading: thread-safe. Heartbeats arrive on I/O threads while the tick evaluates; each
 * peer's detector, verdict and transition happen under that peer's own lock, and a transition
 * is applied with {@link TopologyHolder#compareAndSetPeerState}, so it lands only on the pool
 * and the state it was decided on (a newer topology or a lifecycle change is never
 * overwritten; the next tick decides again). Metrics and event listeners run under the peer's
 * lock, in transition order: they must be quick and must not wait for another thread that
 * calls this handler. Monitors follow topology changes by {@code host:port} (see
 * {@code Roster}).
 *
 * <p>Configuration: {@code withX} methods return a new handler over the same topology, with
 * no heartbeat history; configure before the first heartbeat.
 */
public final class GossipHandler {

  /** Seed 002's default, the detector's ({@link PhiAccrualConfig#DEFAULT_THRESHOLD}). */
  public static final double DEFAULT_THRESHOLD = PhiAccrualConfig.DEFAULT_THRESHOLD;

  /**
   * 1 s: the heartbeat cadence the detector's first-heartbeat estimate assumes; evaluating as
   * often as heartbeats arrive bounds the delay of a Down verdict to one cadence.
   */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);


  private final TopologyHolder topology;
  private final DetectorConfigs configs;
  private final Duration interval;
  private final FailureMetrics metrics;
  private final ClusterEventBus events;
  private final TransitionReporter reporter;
  private final Rosters rosters;

  /** A handler over {@code topology} with the default threshold, interval, no metrics and no events. */
  public GossipHandler(TopologyHolder topology) {
    this(topology, DetectorConfigs.uniform(PhiAccrualConfig.defaults()), DEFAULT_INTERVAL,
        FailureMetrics.NONE, null);
  }

  private GossipHandler(TopologyHolder topology, DetectorConfigs configs, Duration interval,
      FailureMetrics metrics, ClusterEventBus events) {
    this.topology = Objects.requireNonNull(topology, "topology");
    this.configs = configs;
    this.interval = interval;
    this.metrics = metrics;
    this.events = events;
    this.reporter = new TransitionReporter(metrics, events);
    this.rosters = new Rosters(topology, configs);
  }

  /** Overrides the phi threshold (default {@value #DEFAULT_THRESHOLD}). */
  public GossipHandler withThreshold(double threshold) {
    return new GossipHandler(topology, new DetectorConfigs(
        configs.sameDc().withThreshold(threshold), configs.otherDc().withThreshold(threshold)),
        interval, metrics, events);
  }

  /** Overrides every detector setting, the threshold included, for peers in every DC. */
  public GossipHandler withDetectorConfig(PhiAccrualConfig detectorConfig) {
    return new GossipHandler(topology, DetectorConfigs.uniform(
        Objects.requireNonNull(detectorConfig, "detectorConfig")), interval, metrics, events);
  }

  /** Overrides the settings for peers in other DCs (call after {@link #withDetectorConfig}). */
  public GossipHandler withOtherDcDetectorConfig(PhiAccrualConfig detectorConfig) {
    return new GossipHandler(topology, new DetectorConfigs(configs.sameDc(),
        Objects.requireNonNull(detectorConfig, "detectorConfig")), interval, metrics, events);
  }

  /** Overrides the period the driver calls {@link #evaluate} with (default 1 s). */
  public GossipHandler withInterval(Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("gossip interval: " + value + " (expected: > 0)");
    }
    return new GossipHandler(topology, configs, value, metrics, events);
  }

  /** Reports transitions, states and phi to {@code value}. */
  public GossipHandler withFailureMetrics(FailureMetrics value) {
    return new GossipHandler(topology, configs, interval,
        Objects.requireNonNull(value, "metrics"), events);
  }

  /** Publishes PeerUp/PeerDown for every transition on {@code value}. */
  public GossipHandler withEvents(ClusterEventBus value) {
    return new GossipHandler(topology, configs, interval, metrics,
        Objects.requireNonNull(value, "events"));
  }

  public double threshold() {
    return configs.sameDc().threshold();
  }

  public Duration interval() {
    return interval;
  }

  public PhiAccrualConfig detectorConfig() {
    return configs.sameDc();
  }

  public TopologyHolder topology() {
    return topology;
  }

  /** The pool as it is now (seed 002's {@code pool()}). */
  public ServerPool pool() {
    return topology.current();
  }

  public Optional<ClusterEventBus> events() {
    return Optional.ofNullable(events);
  }

  public FailureMetrics failureMetrics() {
    return metrics;
  }

  /**
   * Records a heartbeat from the peer whose endpoint is {@code pname} ({@code host:port}, see
   * {@link #pname(Peer)}), promoting it to Normal at once if it was Down and phi allows.
   *
   * @return false when no monitored peer has that name (unknown, or the local peer): ignored
   */
  public boolean recordHeartbeat(String pname, long nowMillis) {
    Roster r = roster();
    return record(r, r.indexOf(pname), nowMillis);
  }

  /** As {@link #recordHeartbeat(String, long)}, for a caller that already knows the index. */
  public boolean recordHeartbeat(int peerIndex, long nowMillis) {
    return record(roster(), peerIndex, nowMillis);
  }

  private boolean record(Roster r, int index, long nowMillis) {
    PeerMonitor m = r.monitor(index);
    if (m == null) {
      return false;
    }
    synchronized (m) {
      m.detector.heartbeat(nowMillis);
      double phi = m.detector.phi(nowMillis);
      if (phi <= threshold()) {
        apply(m, index, PeerState.NORMAL, phi, Cause.HEARTBEAT);
      }
    }
    return true;
  }

  /**
   * Reconciles every non-local peer's state with phi at {@code nowMillis}: the failure
   * detector's tick. Reports phi (and the state) of every monitored peer to the metrics.
   * Never blocks on I/O.
   *
   * @return the transitions applied, in peer order
   */
  public List<PeerTransition> evaluate(long nowMillis) {
    Roster r = roster();
    List<PeerTransition> applied = new ArrayList<>();
    for (Peer peer : r.peers) {
      PeerMonitor m = r.monitor(peer.index());
      if (m == null) {
        continue;
      }
      synchronized (m) {
        double phi = m.detector.phi(nowMillis);
        metrics.phi(m.pname, phi);
        boolean heardFrom = m.detector.isMonitoring();
        PeerState verdict = PeerMonitor.verdict(heardFrom, phi, threshold());
        Cause cause = heardFrom ? Cause.TICK : Cause.NEVER_HEARD_FROM;
        apply(m, peer.index(), verdict, phi, cause).ifPresent(applied::add);
        ServerPool now = topology.current();
        if (now.hasPeer(peer.index())) {
          metrics.state(m.pname, now.state(peer.index()));
        }
      }
    }
    return applied;
  }

  /**
   * Marks the peer named {@code pname} Down at once, without asking phi: it announced its
   * shutdown. Its detector is reset too, so the next tick keeps it Down until it is heard from
   * again (a restart), instead of bringing it back on the strength of its last heartbeats.
   *
   * @return the transition, or empty when the peer is unknown, local, or already Down
   */
  public Optional<PeerTransition> markDown(String pname) {
    Roster r = roster();
    int index = r.indexOf(pname);
    PeerMonitor m = r.monitor(index);
    if (m == null) {
      return Optional.empty();
    }
    synchronized (m) {
      m.detector.reset();
      return apply(m, index, PeerState.DOWN, 0.0, Cause.SHUTDOWN);
    }
  }

  /**
   * Forgets the heartbeat history of the peer at {@code peerIndex} (a peer removed and added
   * back, whose old jitter must not bias its new suspicion). Its state is left; the next tick
   * makes it Down unless a heartbeat arrives first.
   *
   * @return false when no monitored peer has that index
   */
  public boolean resetDetector(int peerIndex) {
    PeerMonitor m = roster().monitor(peerIndex);
    if (m == null) {
      return false;
    }
    synchronized (m) {
      m.detector.reset();
    }
    return true;
  }

  /** The phi of the peer at {@code peerIndex} at {@code nowMillis}; empty when not monitored. */
  public OptionalDouble phi(int peerIndex, long nowMillis) {
    PeerMonitor m = roster().monitor(peerIndex);
    if (m == null) {
      return OptionalDouble.empty();
    }
    synchronized (m) {
      return OptionalDouble.of(m.detector.phi(nowMillis));
    }
  }

  /** The name heartbeats, events and metrics use for {@code peer}: its {@code host:port}. */
  public static String pname(Peer peer) {
    return Roster.pname(peer);
  }

  /** Applies {@code verdict} to the peer, if the current pool still has it. Holds m's lock. */
  private Optional<PeerTransition> apply(PeerMonitor m, int index, PeerState verdict,
      double phi, Cause cause) {
    while (true) {
      ServerPool pool = topology.current();
      if (!pool.hasPeer(index)) {
        return Optional.empty(); // removed since: the next roster drops its monitor
      }
      Peer peer = pool.peer(index);
      if (peer.isLocal() || !Roster.pname(peer).equals(m.pname)) {
        return Optional.empty(); // the index is someone else's now
      }
      PeerState from = pool.state(index);
      PeerState to = PeerMonitor.next(from, verdict);
      if (to == null) {
        return Optional.empty();
      }
      if (topology.compareAndSetPeerState(peer, from, to)) {
        PeerTransition t = new PeerTransition(index, m.pname, from, to, phi);
        reporter.report(rosters.latest().nodeName, t, cause);
        return Optional.of(t);
      }
      // Another writer changed the pool between our read and our write: decide again.
    }
  }

  private Roster roster() {
    return rosters.current();
  }
}
