package io.skein.testkit.membership;

import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.core.ManualScheduler;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.PeerState;
import io.skein.testkit.InProcessClusterTransport;
import io.skein.testkit.InProcessRegistry;
import io.skein.testkit.LinkConditions;
import io.skein.transport.ClusterSecret;
import io.skein.transport.membership.MembershipNode;
import io.skein.transport.membership.MembershipSettings;
import io.skein.transport.membership.NodeIdentity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Nodes running {@link MembershipNode} on one in-memory network, all on one manual clock and
 * one manual scheduler: nothing happens until {@link #run} moves time, and a run is the same
 * for the same seed. Node {@code i} (1-based) listens on {@code 10.0.0.i:8101}; every node is a
 * seed; each node's data plane is a real {@link ServerPool} of all of them in one rack, with
 * itself as the local peer. Links deliver after 1 ms.
 */
final class MembershipCluster {

  static final ClusterSecret SECRET = ClusterSecret.of("membership-cluster-secret-0001");
  static final int PEER_PORT = 8101;

  /** One node: its transport, driver, data plane and what it published. */
  static final class Node {
    final int number;
    final HostAndPort address;
    final TopologyHolder topology;
    final InProcessClusterTransport transport;
    final MembershipNode membership;
    final List<ClusterEvent> events;
    final List<String> downed;

    Node(int number, HostAndPort address, TopologyHolder topology,
        InProcessClusterTransport transport, MembershipNode membership,
        List<ClusterEvent> events, List<String> downed) {
      this.number = number;
      this.address = address;
      this.topology = topology;
      this.transport = transport;
      this.membership = membership;
      this.events = events;
      this.downed = downed;
    }

    /** This node's data-plane state of node {@code other} (1-based). */
    PeerState peerState(int other) {
      return topology.current().state(other - 1);
    }

    @Override
    public String toString() {
      return "node " + number + " " + membership.memberLines() + " " + membership.peerLines();
    }
  }

  final long seed;
  final ManualClock clock = new ManualClock(1_700_000_000_000L);
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final InProcessRegistry registry;
  final List<HostAndPort> addresses;
  final List<Node> nodes = new ArrayList<>();

  MembershipCluster(int size, long seed, MembershipSettings settings) {
    this.seed = seed;
    this.registry = InProcessRegistry.manual(clock, new SplittableRandom(seed));
    registry.setDefaultConditions(LinkConditions.delay(Duration.ofMillis(1)));
    this.addresses = IntStream.rangeClosed(1, size).mapToObj(MembershipCluster::address).toList();
    MembershipSettings withSeeds = settings.withSeeds(addresses);
    for (int i = 1; i <= size; i++) {
      nodes.add(node(i, withSeeds));
    }
  }

  static HostAndPort address(int number) {
    return new HostAndPort("10.0.0." + number, PEER_PORT);
  }

  private Node node(int number, MembershipSettings settings) {
    ServerPool pool = pool(addresses.size(), number - 1);
    TopologyHolder topology = new TopologyHolder(pool);
    ClusterEventBus bus = new ClusterEventBus();
    List<ClusterEvent> events = new CopyOnWriteArrayList<>();
    bus.subscribe(events::add);
    InProcessClusterTransport transport =
        new InProcessClusterTransport(registry, address(number), SECRET);
    List<String> downed = new CopyOnWriteArrayList<>();
    MembershipNode membership = new MembershipNode(
        NodeIdentity.ofLocalPeer(pool, seed * 100 + number), settings, transport,
        settings.gossipHandler(topology, bus, FailureMetrics.NONE), bus, clock, scheduler,
        new SplittableRandom(seed * 31 + number), downed::add);
    return new Node(number, address(number), topology, transport, membership, events, downed);
  }

  /** Five peers or so in one rack, the ring split evenly; {@code local} is this node's index. */
  static ServerPool pool(int size, int local) {
    List<Peer> peers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      long token = (0x1_0000_0000L / size) * (i + 1) - 1;
      peers.add(new Peer(i, PeerEndpoint.tcp("10.0.0." + (i + 1), PEER_PORT), "r1", "dc1",
          List.of(new DynToken(token)), i == local, true, false));
    }
    return ServerPool.create(PoolConfig.defaults("dc1", "r1"), peers);
  }

  /** Starts every transport with its node's handler, then every node. */
  void start() {
    for (Node n : nodes) {
      n.transport.start(n.membership.handler());
    }
    for (Node n : nodes) {
      n.membership.start();
    }
  }

  Node node(int number) {
    return nodes.get(number - 1);
  }

  List<Node> except(int... numbers) {
    return nodes.stream().filter(n -> IntStream.of(numbers).noneMatch(x -> x == n.number))
        .toList();
  }

  /** Moves time forward by {@code duration}, delivering frames and running timers in order. */
  void run(Duration duration) {
    long end = clock.nanos() + duration.toNanos();
    while (true) {
      drain();
      long next = Math.min(registry.nextDueNanos(), scheduler.nextDueNanos());
      if (next > end) {
        break;
      }
      clock.advance(next - clock.nanos(), TimeUnit.NANOSECONDS);
    }
    clock.advance(end - clock.nanos(), TimeUnit.NANOSECONDS);
    drain();
  }

  /**
   * Runs in 100 ms steps until {@code condition} holds; false if it did not within
   * {@code limit} of simulated time.
   */
  boolean runUntil(BooleanSupplier condition, Duration limit) {
    long end = clock.nanos() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (clock.nanos() >= end) {
        return false;
      }
      run(Duration.ofMillis(100));
    }
    return true;
  }

  private void drain() {
    while (registry.deliverDue() + scheduler.runDue() > 0) {
      // zero-delay work (handed-over messages, timers due now) may queue more for now
    }
  }

  /** Seconds of simulated time since the start, for messages. */
  double seconds() {
    return clock.nanos() / 1e9;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("seed " + seed + " at " + seconds() + " s");
    for (Node n : nodes) {
      out.append("\n  ").append(n);
    }
    return out.toString();
  }
}
