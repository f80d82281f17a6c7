package io.skein.testkit.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.swim.GossipConfig;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PeerState;
import io.skein.routing.topology.PoolConfig;
import io.skein.transport.ClusterSecret;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerLocator;
import io.skein.transport.membership.MembershipNode;
import io.skein.transport.membership.MembershipSettings;
import io.skein.transport.membership.NodeIdentity;
import io.skein.transport.tcp.TcpClusterTransport;
import io.skein.transport.tcp.TransportConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver as the server runs it: real loopback sockets, a real single-thread scheduler per
 * node, the system clock. Only what must hold with real threads is checked (it converges, a
 * leaving node is Down everywhere); the protocol behaviours are in the simulated tests.
 */
class MembershipNodeOnTcpTest {

  static final ClusterSecret SECRET = ClusterSecret.of("membership-over-tcp-secret-01");
  static final int NODES = 3;

  final List<TcpClusterTransport> transports = new ArrayList<>();
  final List<ScheduledExecutorService> executors = new ArrayList<>();
  final List<MembershipNode> nodes = new ArrayList<>();
  final List<TopologyHolder> topologies = new ArrayList<>();

  /** Lets a transport start before the node that will handle its membership channels exists. */
  static final class Forwarding implements PeerHandler {
    volatile PeerHandler target;

    @Override
    public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
        Responder reply) {
      PeerHandler t = target;
      if (t == null) {
        reply.fail("not ready");
      } else {
        t.onRequest(from, channel, payload, reply);
      }
    }

    @Override
    public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {
      PeerHandler t = target;
      if (t != null) {
        t.onMessage(from, channel, payload);
      }
    }
  }

  @AfterEach
  void tearDown() {
    nodes.forEach(MembershipNode::close);
    transports.forEach(TcpClusterTransport::close);
    executors.forEach(ScheduledExecutorService::shutdownNow);
  }

  static ServerPool pool(List<HostAndPort> addresses, int local) {
    List<Peer> peers = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      HostAndPort a = addresses.get(i);
      long token = (0x1_0000_0000L / addresses.size()) * (i + 1) - 1;
      peers.add(new Peer(i, PeerEndpoint.tcp(a.host(), a.port()), "r1", "dc1",
          List.of(new DynToken(token)), i == local, true, false));
    }
    return ServerPool.create(PoolConfig.defaults("dc1", "r1"), peers);
  }

  @Test
  void threeNodesOnLoopbackConvergeAndALeaverIsDownEverywhere() {
    List<Forwarding> handlers = new ArrayList<>();
    List<HostAndPort> addresses = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      Forwarding handler = new Forwarding();
      TcpClusterTransport t = new TcpClusterTransport(
          TransportConfig.defaults(new HostAndPort("127.0.0.1", 0), SECRET),
          PeerLocator.sameRack(), Clock.system(), new SplittableRandom(i));
      t.start(handler);
      handlers.add(handler);
      transports.add(t);
      addresses.add(t.localAddress());
    }
    MembershipSettings settings = MembershipSettings.defaults().withGossip(GossipConfig.local())
        .withSeeds(addresses).withSeedJoinTimeout(Duration.ofMillis(500));
    for (int i = 0; i < NODES; i++) {
      ServerPool pool = pool(addresses, i);
      TopologyHolder topology = new TopologyHolder(pool);
      ClusterEventBus bus = new ClusterEventBus();
      ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
      MembershipNode node = new MembershipNode(NodeIdentity.ofLocalPeer(pool, 1000 + i),
          settings, transports.get(i), settings.gossipHandler(topology, bus, FailureMetrics.NONE),
          bus, Clock.system(), executor, new SplittableRandom(i), reason -> { });
      handlers.get(i).target = node.handler();
      topologies.add(topology);
      executors.add(executor);
      nodes.add(node);
    }
    nodes.forEach(MembershipNode::start);

    await().atMost(Duration.ofSeconds(30)).until(() -> nodes.stream().allMatch(n ->
        n.state().members().size() == NODES
            && n.state().members().stream().allMatch(m -> m.status() == MemberStatus.UP)
            && n.leader().equals(nodes.get(0).leader()))
        && allPeersNormal());

    CompletableFuture<Void> stopped = nodes.get(NODES - 1).leave();
    await().atMost(Duration.ofSeconds(10)).until(() -> topologies.subList(0, NODES - 1).stream()
        .allMatch(t -> t.current().state(NODES - 1) == PeerState.DOWN));
    await().atMost(Duration.ofSeconds(30)).until(stopped::isDone);
    assertThat(nodes.get(0).stats().badFrames()).isZero();
  }

  private boolean allPeersNormal() {
    return topologies.stream().allMatch(t -> t.current().peers().stream()
        .allMatch(p -> t.current().state(p.index()) == PeerState.NORMAL));
  }
}
