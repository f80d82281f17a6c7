package io.skein.transport.membership;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.lifecycle.ClusterMembership;
import io.skein.membership.lifecycle.GossipPdu;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.sbr.SbrRuntime;
import io.skein.membership.sbr.SplitBrainResolver;
import io.skein.membership.swim.GossipEngine;
import io.skein.membership.swim.GossipEvent;
import io.skein.membership.swim.GossipMessage;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerTransport;
import io.skein.transport.RateLimitedLog;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;

/**
 * Runs membership on one node: SWIM with Lifeguard, the data plane's phi detectors
 * ({@link GossipHandler}), the member lifecycle and the split-brain resolver, over the peer
 * transport, on the one thread of the executor it is given.
 *
 * <p>Wiring: {@link #handler()} must receive the transport's GOSSIP and MEMBERSHIP channels
 * (the node's ClusterRuntime routes them there). Then {@link #start()}. On shutdown
 * {@link #leave()} (announce, wait to be let go, stop) and {@link #close()}; the transport and
 * the executor belong to the caller and are left open.
 *
 * <p>What runs: SWIM ticks at its own deadlines; heartbeats to every other data-plane peer and
 * the phi evaluation every {@link GossipHandler#interval()} (the first evaluation after one probe
 * interval); the lifecycle round and the resolver round every tick interval. The glue between
 * the cores is in small rule classes: {@link SeedPlan}, {@link HeartbeatRule},
 * {@link ReachabilityBridge}. A peer that leaves, or is downed, is Down on the data plane at
 * once. When this node is downed (by its resolver, or learned by gossip) it marks itself Down,
 * stops, and tells the {@link DownedListener} once.
 *
 * <p>Threading: the constructor starts nothing; {@link #start}, {@link #leave}, {@link #close}
 * and the views may be called from any thread; every call into a core runs on the executor,
 * which must run one task at a time. Cluster events (member events from the lifecycle,
 * PeerUp/PeerDown from the handler) are published on that thread: subscribers must be quick.
 */
public final class MembershipNode implements AutoCloseable {

  private static final Logger LOG = System.getLogger(MembershipNode.class.getName());

  private final NodeIdentity self;
  private final MembershipSettings settings;
  private final GossipHandler gossipHandler;
  private final MembershipStats stats = new MembershipStats();
  private final NodeLoop loop;
  private final SwimDriver swim;
  private final LifecycleDriver lifecycle;
  private final SbrDriver sbr;
  private final DataPlaneBridge dataPlane;
  private final GracefulLeave leave;
  private final NodeReactions reactions;
  private final MembershipInbound inbound;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();

  /**
   * A node that does nothing until {@link #start()}.
   *
   * @param self this node's incarnation, datacenter and rack
   * @param settings presets, seeds, resolver, lifecycle
   * @param transport where messages go; started by its owner
   * @param gossipHandler the data plane's detectors, from {@link MembershipSettings#gossipHandler}
   * @param events where the lifecycle publishes member events (the handler has its own bus)
   * @param clock monotonic time for SWIM, the detectors and the resolver; wall time for the
   *     lifecycle's tombstones
   * @param executor runs one task at a time (a single-thread scheduler; a manual one in tests)
   * @param random the only randomness of the cores (seed it in tests)
   * @param onDowned told once when this node is downed
   * @throws IllegalArgumentException if the handler's threshold is not the settings' one, or
   *     the resolver's settings are incomplete (lease-majority without a lease)
   */
  public MembershipNode(NodeIdentity self, MembershipSettings settings, PeerTransport transport,
      GossipHandler gossipHandler, ClusterEventBus events, Clock clock,
      ScheduledExecutorService executor, RandomGenerator random, DownedListener onDowned) {
    if (gossipHandler.threshold() != settings.phiThreshold()) {
      throw new IllegalArgumentException("phi threshold: " + gossipHandler.threshold()
          + " (expected: " + settings.phiThreshold() + ", the settings' threshold; build the"
          + " handler with MembershipSettings.gossipHandler)");
    }
    this.self = self;
    this.settings = settings;
    this.gossipHandler = gossipHandler;
    String node = self.name();
    RateLimitedLog log = new RateLimitedLog(LOG, clock, Duration.ofSeconds(10));
    this.loop = new NodeLoop(node, executor);
    PeerSender sender = new PeerSender(node, transport, stats, log);
    // The drivers report to the reactions, which need the drivers: the reports go through
    // methods of this node, which read the reactions when a report comes (after start).
    this.swim = new SwimDriver(node, new GossipEngine(settings.gossip(), self.address(),
        self.dc(), self.rack(), random), loop, sender, clock,
        this::afterSwim);
    this.lifecycle = new LifecycleDriver(new ClusterMembership(self.address(), self.dc(),
        self.rack(), self.roles(), settings.lifecycle(), random, events),
        SeedPlan.of(self.peerAddress(), settings.seeds()), settings.seedJoinTimeout().toMillis(),
        sender, clock, this::afterLifecycle);
    this.sbr = new SbrDriver(node, SbrRuntime.from(settings.sbr(),
        SplitBrainResolver.from(settings.sbr(), settings.lease())), lifecycle, clock,
        this::downSelf);
    this.dataPlane = new DataPlaneBridge(gossipHandler, self.address(), sender, clock,
        settings.crossDc().heartbeatIntervalMillis());
    this.leave = new GracefulLeave(node, swim, lifecycle, loop,
        settings.leaveTimeout().toMillis(), this::stop);
    this.reactions = new NodeReactions(self, swim, lifecycle, dataPlane,
        new ReachabilityBridge(settings.leaveTimeout().toMillis()), leave, this::stop, onDowned);
    this.inbound = new MembershipInbound(node, new Inbox(), stats, log);
  }

  /** The handler for the GOSSIP and MEMBERSHIP channels; drops what arrives before start. */
  public PeerHandler handler() {
    return inbound;
  }

  /** Joins the cluster and starts the timers. Once. */
  public void start() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("[" + self.name() + "] start: called twice (expected:"
          + " once per node)");
    }
    loop.open();
    loop.execute(this::begin);
  }

  /**
   * Leaves gracefully: SWIM announces the leave (every node makes this one Down on the data
   * plane at once) and the lifecycle marks it Leaving; the node keeps running until the leader
   * has moved it to Exiting and SWIM has spread the news, or the leave timeout, then stops.
   *
   * @return completes when this node has stopped (left, timed out, downed or closed)
   */
  public CompletableFuture<Void> leave() {
    if (!started.get() || !loop.execute(leave::begin)) {
      stopped.complete(null);
    }
    return stopped;
  }

  /** Stops at once, without leaving (as a crash would look to the others). Idempotent. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Marks {@code member} Down (an operator's decision), pushed at once to every member this node
   * reaches; the member stops when it learns it. Nothing happens for an unknown member or one
   * already Down, or when this node is not running.
   *
   * @return false when the node was not running, so nothing was done
   */
  public boolean down(UniqueAddress member) {
    return loop.execute(() -> lifecycle.down(member));
  }

  /** The phi of data-plane peer {@code peerIndex} now; empty for the local or unknown peer. */
  public OptionalDouble phi(int peerIndex) {
    return gossipHandler.phi(peerIndex, dataPlane.now());
  }

  /**
   * One line per data-plane peer, local included:
   * {@code node-<index> <host:peerport> <dc> <rack> <Normal|Down|Joining|Leaving> <phi>}.
   */
  public List<String> peerLines() {
    return OperatorViews.peerLines(gossipHandler.pool(), gossipHandler, dataPlane.now());
  }

  /**
   * One line per lifecycle member, in address order:
   * {@code <host:port#uid> <status> <reachable|unreachable|terminated> <up-number|-> [leader]}.
   */
  public List<String> memberLines() {
    return OperatorViews.memberLines(lifecycle.view());
  }

  /** The leader of this node's view, if any. */
  public Optional<UniqueAddress> leader() {
    return lifecycle.view().leader();
  }

  /** This node's latest lifecycle view (immutable). */
  public MembershipState state() {
    return lifecycle.view();
  }

  /** Whether this node has been downed (the {@link DownedListener} was told). */
  public boolean isDowned() {
    return reactions.isDowned();
  }

  /** Whether the node runs: started, and not yet left, downed or closed. */
  public boolean isRunning() {
    return loop.isRunning();
  }

  public NodeIdentity identity() {
    return self;
  }

  public GossipHandler gossipHandler() {
    return gossipHandler;
  }

  public MembershipStats stats() {
    return stats;
  }

  private void begin() {
    LOG.log(Level.INFO, "[{0}][membership] Starting as {1}, seeds {2}", self.name(),
        self.address(), settings.seeds());
    swim.start(settings.seeds());
    reactions.heartbeat();
    lifecycle.start();
    long beat = gossipHandler.interval().toMillis();
    long tick = settings.tickInterval().toMillis();
    loop.every(beat, beat, reactions::heartbeat);
    loop.every(settings.gossip().probeIntervalMillis(), beat, reactions::evaluate);
    loop.every(tick, tick, () -> reactions.clusterTick(sbr));
  }

  private void stop() {
    loop.stop();
    stopped.complete(null);
  }

  private void afterSwim(List<GossipEvent> events) {
    reactions.afterSwim(events);
  }

  private void afterLifecycle(List<ClusterEvent> events) {
    reactions.afterLifecycle(events);
  }

  private void downSelf(String reason) {
    reactions.downSelf(reason);
  }

  /** Moves decoded messages onto the node's thread. */
  private final class Inbox implements MembershipInbound.Sink {
    @Override
    public void gossip(HostAndPort from, GossipMessage message) {
      if (!loop.execute(() -> reactions.onGossip(from, message))) {
        stats.countIgnored();
      }
    }

    @Override
    public void membership(HostAndPort from, GossipPdu pdu) {
      if (!loop.execute(() -> lifecycle.onPdu(pdu))) {
        stats.countIgnored();
      }
    }
  }
}
