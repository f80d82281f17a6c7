package io.skein.transport.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.membership.gossip.GossipHandler;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import io.skein.transport.RateLimitedLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heartbeats out: every call within the datacenter, every cross-DC interval beyond it. */
class DataPlaneBridgeTest {

  /** Peer 0 (us) and 1 in dc1; peers 2 and 3 in dc2. */
  private static ServerPool twoDcs() {
    List<Peer> peers = List.of(peer(0, "dc1", true), peer(1, "dc1", false),
        peer(2, "dc2", false), peer(3, "dc2", false));
    return ServerPool.create(PoolConfig.defaults("dc1", "r1"), peers);
  }

  private static Peer peer(int i, String dc, boolean local) {
    return new Peer(i, PeerEndpoint.tcp("10.0.0." + (i + 1), Fixtures.PORT), "r" + (i % 2 + 1),
        dc, List.of(new DynToken(0x7FFF_FFFFL * (i % 2 + 1))), local, true, false);
  }

  @Test
  void peersInOtherDatacentersHearFromUsAtTheCrossDcInterval() {
    ManualClock clock = new ManualClock(0);
    Fixtures.RecordingTransport transport = new Fixtures.RecordingTransport(Fixtures.address(1));
    PeerSender sender = new PeerSender("test", transport, new MembershipStats(),
        new RateLimitedLog(System.getLogger("test"), clock, Duration.ofSeconds(10)));
    DataPlaneBridge bridge = new DataPlaneBridge(new GossipHandler(new TopologyHolder(twoDcs())),
        Fixtures.member(1), sender, clock, 3_000);

    for (int second = 0; second < 6; second++) {
      bridge.sendHeartbeats();
      clock.advanceMillis(1_000);
    }

    List<HostAndPort> to = transport.sent.stream().map(Fixtures.Sent::to).toList();
    assertThat(to).filteredOn(Fixtures.address(2)::equals).hasSize(6);
    assertThat(to).filteredOn(Fixtures.address(3)::equals).hasSize(2);
    assertThat(to).filteredOn(Fixtures.address(4)::equals).hasSize(2);
    assertThat(to).doesNotContain(Fixtures.address(1));
  }
}
