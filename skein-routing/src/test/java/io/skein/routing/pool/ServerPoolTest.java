package io.skein.routing.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.routing.hash.DynToken;
import io.skein.routing.testing.Topologies;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PeerState;
import io.skein.routing.topology.PoolConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerPoolTest {

  @Test
  void snitchOrdersLocalRackThenLocalDcThenRemoteDcsByName() {
    ServerPool pool = Topologies.pool("dc2:rb=1,ra=1,rc=1;dc3:x=1;dc1:y=1,z=1");
    assertThat(pool.snitchOrder()).extracting(Rack::toString).containsExactly(
        "dc 'dc2' rack 'rb'", "dc 'dc2' rack 'ra'", "dc 'dc2' rack 'rc'",
        "dc 'dc1' rack 'z'", "dc 'dc1' rack 'y'", "dc 'dc3' rack 'x'");
  }

  @Test
  void configuredDcOrderComesBeforeNameOrder() {
    List<Peer> peers = Topologies.peers("dc1:r=1;dc2:r=1;dc3:r=1;dc4:r=1");
    PoolConfig config = PoolConfig.defaults("dc1", "r").withDcOrder(List.of("dc4", "dc9", "dc3"));
    assertThat(ServerPool.create(config, peers).datacenters())
        .extracting(Datacenter::name).containsExactly("dc1", "dc4", "dc3", "dc2");
  }

  @Test
  void preselectedRemoteRackIsLocalRackPositionModuloRemoteRackCount() {
    // Local rack 'c' is position 2 of (a, b, c): dc2 has 3 racks -> 'f'; dc3 has 2 -> 'g'.
    List<Peer> peers = Topologies.peers("dc1:a=1,b=1,c=1;dc2:d=1,e=1,f=1;dc3:g=1,h=1");
    ServerPool pool = ServerPool.create(PoolConfig.defaults("dc1", "c"),
        peers.stream().map(p -> new Peer(p.index(), p.endpoint(), p.rack(), p.dc(), p.tokens(),
            p.rack().equals("c"), false, false)).toList());
    assertThat(pool.preselectedRemoteRacks()).extracting(Rack::name).containsExactly("f", "g");
    assertThat(pool.datacenters().get(1).preselected()).extracting(Rack::name)
        .containsExactly("f", "d", "e");
  }

  @Test
  void derivedPoolsShareTheLayoutAndChangeOnlyWhatTheySay() {
    ServerPool pool = Topologies.pool("dc1:r1=2,r2=2");
    ServerPool down = pool.withPeerState(3, PeerState.DOWN);
    assertThat(down.state(3)).isEqualTo(PeerState.DOWN);
    assertThat(pool.state(3)).isEqualTo(PeerState.NORMAL);
    assertThat(down.layoutIdentity()).isSameAs(pool.layoutIdentity());
    ServerPool quorum = down.withConsistency(ConsistencyLevel.DC_QUORUM, ConsistencyLevel.DC_ONE);
    assertThat(quorum.config().readConsistency()).isEqualTo(ConsistencyLevel.DC_QUORUM);
    assertThat(quorum.state(3)).isEqualTo(PeerState.DOWN);
    assertThatThrownBy(() -> pool.withPeerState(9, PeerState.DOWN))
        .hasMessage("peer 9: not in the pool");
  }

  @Test
  void holderPublishesStateChangesAtomically() {
    TopologyHolder holder = new TopologyHolder(Topologies.pool("dc1:r1=1,r2=1"));
    ServerPool before = holder.current();
    holder.updatePeerState(1, PeerState.DOWN);
    assertThat(holder.current().isRoutable(1)).isFalse();
    assertThat(before.isRoutable(1)).isTrue();
    holder.updateConsistency(ConsistencyLevel.DC_SAFE_QUORUM, ConsistencyLevel.DC_QUORUM);
    assertThat(holder.current().config().writeConsistency())
        .isEqualTo(ConsistencyLevel.DC_QUORUM);
    assertThat(holder.replace(before)).isNotSameAs(before);
    assertThat(holder.current()).isSameAs(before);
  }

  @Test
  void malformedPeerListsAreRefusedWithTheirPeers() {
    PoolConfig config = PoolConfig.defaults("dc1", "r1");
    Peer a = new Peer(0, PeerEndpoint.tcp("a", 1), "r1", "dc1", List.of(new DynToken(1)), true,
        false, false);
    Peer b = new Peer(0, PeerEndpoint.tcp("b", 1), "r1", "dc1", List.of(new DynToken(2)), false,
        false, false);
    Peer c = new Peer(1, PeerEndpoint.tcp("c", 1), "r1", "dc1", List.of(new DynToken(3)), true,
        false, false);
    Peer elsewhere = new Peer(0, PeerEndpoint.tcp("d", 1), "r2", "dc1",
        List.of(new DynToken(3)), true, false, false);
    assertThatThrownBy(() -> ServerPool.create(config, List.of(a, b)))
        .hasMessage("peer index 0 is used twice");
    assertThatThrownBy(() -> ServerPool.create(config, List.of(a, c)))
        .hasMessage("two local peers: peer 0 (a:1) and peer 1 (c:1) (expected: at most one)");
    assertThatThrownBy(() -> ServerPool.create(config, List.of(elsewhere, c)))
        .hasMessageContaining("is in dc 'dc1' rack 'r2' (expected: the configured dc 'dc1' rack 'r1')");
  }
}
