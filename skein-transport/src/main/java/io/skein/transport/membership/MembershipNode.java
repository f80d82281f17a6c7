package io.skein.transport.membership;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.lifecycle.ClusterMembership;
import io.skein.membership.lifecycle.GossipPdu;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.sbr.SbrRuntime;
import io.skein.membership.sbr.SplitBrainResolver;
import io.skein.membership.swim.GossipEngine;
import io.skein.membership.swim.GossipEvent;
import io.skein.membership.swim.GossipMessage;
import io.skein.membership.swim.MemberInfo;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerTransport;
import io.skein.transport.RateLimitedLog;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * which must run one task at a time.
 */
public final class MembershipNode implements AutoCloseable {

  private static final Logger LOG = System.getLogger(MembershipNode.class.getName());

  private final NodeIdentity self;
  private final MembershipSettings settings;
  private final GossipHandler gossipHandler;
  private final Clock clock;
  private final DownedListener onDowned;
  private final MembershipStats stats = new MembershipStats();
  private final NodeLoop loop;
  private final SwimDriver swim;
  private final LifecycleDriver lifecycle;
  private final SbrDriver sbr;
  private final DataPlaneBridge dataPlane;
  private final ReachabilityBridge reachability;
  private final MembershipInbound inbound;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private volatile boolean downed;
  private boolean leaving;
  private boolean reconciling;

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
    this.clock = clock;
    this.onDowned = onDowned;
    String node = self.name();
    RateLimitedLog log = new RateLimitedLog(LOG, clock, Duration.ofSeconds(10));
    this.loop = new NodeLoop(node, executor);
    PeerSender sender = new PeerSender(node, transport, stats, log);
    this.swim = new SwimDriver(new GossipEngine(settings.gossip(), self.address(), self.dc(),
        self.rack(), random), loop, sender, clock, this::afterSwim);
    this.lifecycle = new LifecycleDriver(new ClusterMembership(self.address(), self.dc(),
        self.rack(), self.roles(), settings.lifecycle(), random, events),
        SeedPlan.of(self.peerAddress(), settings.seeds()), settings.seedJoinTimeout().toMillis(),
        sender, clock, this::afterLifecycle);
    this.sbr = new SbrDriver(node, SbrRuntime.from(settings.sbr(),
        SplitBrainResolver.from(settings.sbr(), settings.lease())), lifecycle, clock,
        this::downSelf);
    this.dataPlane = new DataPlaneBridge(gossipHandler, self.address(), sender, clock);
    this.reachability = new ReachabilityBridge(settings.leaveTimeout().toMillis());
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
    if (!started.get() || !loop.execute(this::beginLeave)) {
      stopped.complete(null);
    }
    return stopped;
  }

  /** Stops at once, without leaving (as a crash would look to the others). Idempotent. */
  @Override
  public void close() {
    loop.stop();
    stopped.complete(null);
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
    return downed;
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
    dataPlane.sendHeartbeats();
    lifecycle.start();
    long beat = gossipHandler.interval().toMillis();
    long tick = settings.tickInterval().toMillis();
    loop.every(beat, beat, this::heartbeat);
    loop.every(settings.gossip().probeIntervalMillis(), beat, this::evaluate);
    loop.every(tick, tick, this::clusterTick);
  }

  private void heartbeat() {
    if (!leaving) {
      dataPlane.sendHeartbeats();
    }
  }

  /** The phi tick: data-plane states first, then what they mean for reachability. */
  private void evaluate() {
    dataPlane.evaluate();
    reconcile();
  }

  private void clusterTick() {
    reconcile();
    lifecycle.tick();
    if (!leaving) {
      sbr.tick();
    } else {
      checkLeft();
    }
  }

  private void onGossip(HostAndPort from, GossipMessage message) {
    swim.onMessage(from, message);
    dataPlane.heard(from, HeartbeatRule.counts(swim.memberAt(from), lifecycle.view()));
  }

  private void afterSwim(List<GossipEvent> events) {
    boolean membershipChanged = false;
    for (GossipEvent e : events) {
      if (e instanceof GossipEvent.AckReceived || e instanceof GossipEvent.Refuted) {
        continue;
      }
      membershipChanged = true;
      if (e instanceof GossipEvent.Left left) {
        reachability.left(left.member().address(), swim.now());
        markDownIfCurrent(left.member().address());
      }
      LOG.log(Level.INFO, "[{0}][member {1}] SWIM {2}", self.name(), subject(e),
          e.getClass().getSimpleName());
    }
    if (membershipChanged) {
      reconcile();
    }
    if (leaving) {
      checkLeft();
    }
  }

  private void afterLifecycle(List<ClusterEvent> events) {
    boolean membersChanged = false;
    for (ClusterEvent e : events) {
      if (e instanceof ClusterEvent.MemberLeft m && !isSelf(m.member())) {
        markDownIfCurrent(m.member().uniqueAddress());
      } else if (e instanceof ClusterEvent.MemberDowned m) {
        if (isSelf(m.member())) {
          downSelf("marked Down by the cluster");
        } else {
          markDownIfCurrent(m.member().uniqueAddress());
        }
      } else if (e instanceof ClusterEvent.MemberRemoved m && isSelf(m.member()) && !leaving) {
        downSelf("removed by the cluster");
      }
      membersChanged |= !(e instanceof ClusterEvent.Unreachable
          || e instanceof ClusterEvent.Reachable || e instanceof ClusterEvent.LeaderChanged);
    }
    if (membersChanged) {
      reconcile();
    }
    if (leaving) {
      checkLeft();
    }
  }

  /** Brings this node's reachability row in line with its detectors ({@link ReachabilityBridge}). */
  private void reconcile() {
    if (reconciling || !lifecycle.isMember()) {
      return;
    }
    reconciling = true;
    try {
      for (ReachabilityBridge.Change c
          : reachability.changes(lifecycle.view(), swim::status, dataPlane::silent,
              swim.now())) {
        lifecycle.reachability(c.subject(), c.reachable());
      }
    } finally {
      reconciling = false;
    }
  }

  /** Down on the data plane, unless a newer incarnation already lives at that address. */
  private void markDownIfCurrent(UniqueAddress member) {
    Optional<MemberInfo> latest = swim.memberAt(member.address());
    boolean replaced = latest.filter(i -> !i.address().equals(member))
        .filter(i -> !i.status().isGone()).isPresent();
    if (!replaced && !member.equals(self.address())) {
      dataPlane.markDown(member.address());
    }
  }

  private void downSelf(String reason) {
    if (downed || !loop.isRunning()) {
      return;
    }
    if (leaving) {
      finishLeave("downed while leaving: " + reason);
      return;
    }
    downed = true;
    lifecycle.down(self.address()); // tells every member still reached, before stopping
    stop();
    LOG.log(Level.WARNING, "[{0}][membership] Down: {1}; membership stopped", self.name(),
        reason);
    try {
      onDowned.downed(reason);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "[" + self.name() + "][membership] downed listener failed", e);
    }
  }

  private void beginLeave() {
    if (leaving || downed) {
      return;
    }
    leaving = true;
    LOG.log(Level.INFO, "[{0}][membership] Leaving", self.name());
    swim.leave();
    lifecycle.leave();
    loop.after(settings.leaveTimeout().toMillis(), () -> finishLeave("leave timeout, still "
        + lifecycle.selfStatus().map(MemberStatus::toString).orElse("not a member")));
    checkLeft();
  }

  /** A leaving node may stop once the leader let it go and SWIM has spread its leave. */
  private void checkLeft() {
    Optional<MemberStatus> status = lifecycle.selfStatus();
    boolean letGo = status.isEmpty() || status.get() == MemberStatus.EXITING
        || status.get() == MemberStatus.DOWN || status.get() == MemberStatus.REMOVED;
    if (letGo && !swim.hasPendingBroadcasts()) {
      finishLeave(status.map(s -> "left as " + s).orElse("left"));
    }
  }

  private void finishLeave(String how) {
    if (loop.isRunning()) {
      LOG.log(Level.INFO, "[{0}][membership] Stopped: {1}", self.name(), how);
      stop();
    }
  }

  private void stop() {
    loop.stop();
    stopped.complete(null);
  }

  private boolean isSelf(Member member) {
    return member.uniqueAddress().equals(self.address());
  }

  private static Object subject(GossipEvent e) {
    if (e instanceof GossipEvent.Joined j) {
      return j.member().address();
    } else if (e instanceof GossipEvent.Suspected s) {
      return s.member().address() + " (accused by " + s.accuser() + ")";
    } else if (e instanceof GossipEvent.Failed f) {
      return f.member().address();
    } else if (e instanceof GossipEvent.Left l) {
      return l.member().address();
    } else if (e instanceof GossipEvent.Recovered r) {
      return r.member().address() + " (was " + r.previous() + ")";
    }
    return "?";
  }

  /** Moves decoded messages onto the node's thread. */
  private final class Inbox implements MembershipInbound.Sink {
    @Override
    public void gossip(HostAndPort from, GossipMessage message) {
      if (!loop.execute(() -> onGossip(from, message))) {
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
