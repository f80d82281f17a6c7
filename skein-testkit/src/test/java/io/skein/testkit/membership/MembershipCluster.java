package io.skein.testkit.membership;

import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.core.ManualScheduler;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
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
import java.util.Optional;
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
  private final MembershipSettings settings;

  MembershipCluster(int size, long seed, MembershipSettings settings) {
    this.seed = seed;
    this.registry = InProcessRegistry.manual(clock, new SplittableRandom(seed));
    registry.setDefaultConditions(LinkConditions.delay(Duration.ofMillis(1)));
    this.addresses = IntStream.rangeClosed(1, size).mapToObj(MembershipCluster::address).toList();
    this.settings = settings.withSeeds(addresses);
    for (int i = 1; i <= size; i++) {
      nodes.add(build(i, seed * 100 + i));
    }
  }

  /** Five nodes, started and run until {@link #converged} (30 s of simulated time at most). */
  static MembershipCluster fiveConverged(long seed, MembershipSettings settings) {
    MembershipCluster cluster = new MembershipCluster(5, seed, settings);
    cluster.start();
    if (!cluster.runUntil(() -> converged(cluster.nodes), Duration.ofSeconds(30))) {
      throw new AssertionError("not converged within 30 s: " + cluster);
    }
    return cluster;
  }

  static HostAndPort address(int number) {
    return new HostAndPort("10.0.0." + number, PEER_PORT);
  }

  private Node build(int number, long uid) {
    ServerPool pool = pool(addresses.size(), number - 1);
    TopologyHolder topology = new TopologyHolder(pool);
    ClusterEventBus bus = new ClusterEventBus();
    List<ClusterEvent> events = new CopyOnWriteArrayList<>();
    bus.subscribe(events::add);
    InProcessClusterTransport transport =
        new InProcessClusterTransport(registry, address(number), SECRET);
    List<String> downed = new CopyOnWriteArrayList<>();
    MembershipNode membership = new MembershipNode(
        NodeIdentity.ofLocalPeer(pool, uid), settings, transport,
        settings.gossipHandler(topology, bus, FailureMetrics.NONE), bus, clock, scheduler,
        new SplittableRandom(seed * 31 + uid), downed::add);
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

  /** Stops node {@code number} as a crash would: no leave, its transport gone. */
  void crash(int number) {
    Node n = node(number);
    n.membership.close();
    n.transport.close();
  }

  /** Starts a new process at node {@code number}'s address: a new incarnation, fresh state. */
  Node restart(int number, long uid) {
    Node n = build(number, uid);
    nodes.set(number - 1, n);
    n.transport.start(n.membership.handler());
    n.membership.start();
    return n;
  }

  /** Every node of {@code among} sees exactly them Up, one leader, and each other Normal. */
  static boolean converged(List<Node> among) {
    Optional<UniqueAddress> leader = among.get(0).membership.leader();
    for (Node n : among) {
      MembershipState state = n.membership.state();
      if (state.members().size() != among.size()
          || !state.members().stream().allMatch(m -> m.status() == MemberStatus.UP)
          || leader.isEmpty() || !n.membership.leader().equals(leader)) {
        return false;
      }
      for (Node other : among) {
        if (other != n && n.peerState(other.number) != PeerState.NORMAL) {
          return false;
        }
      }
    }
    return true;
  }

  /** What {@code observer}'s lifecycle holds about the member at {@code subject}'s address. */
  static Optional<Member> memberAt(Node observer, Node subject) {
    return observer.membership.state().members().stream()
        .filter(m -> m.uniqueAddress().address().equals(subject.address)).findFirst();
  }

  /** How many times {@code observer}'s data plane made {@code subject} Down. */
  static long peerDowns(Node observer, Node subject) {
    return observer.events.stream().filter(e -> e instanceof ClusterEvent.PeerDown d
        && d.pname().equals(subject.address.toString())).count();
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
