package io.skein.routing.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.testing.Topologies;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PeerState;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyHolderTest {

  @Test
  void compareAndSetChangesTheStateWhenItIsTheExpectedOne() {
    TopologyHolder holder = new TopologyHolder(Topologies.pool("dc1:r1=1,r2=1,r3=1"));
    Peer peer = holder.current().peer(2);

    assertThat(holder.compareAndSetPeerState(peer, PeerState.NORMAL, PeerState.DOWN)).isTrue();

    assertThat(holder.current().state(2)).isEqualTo(PeerState.DOWN);
  }

  @Test
  void compareAndSetLeavesAStateThatChangedSinceTheVerdict() {
    TopologyHolder holder = new TopologyHolder(Topologies.pool("dc1:r1=1,r2=1,r3=1"));
    Peer peer = holder.current().peer(2);
    holder.updatePeerState(2, PeerState.LEAVING);

    assertThat(holder.compareAndSetPeerState(peer, PeerState.NORMAL, PeerState.DOWN)).isFalse();

    assertThat(holder.current().state(2)).isEqualTo(PeerState.LEAVING);
  }

  @Test
  void compareAndSetIgnoresAnIndexNowHeldByAnotherEndpointOrByNobody() {
    ServerPool pool = Topologies.pool("dc1:r1=1,r2=1,r3=1");
    TopologyHolder holder = new TopologyHolder(pool);
    Peer old = pool.peer(2);
    Peer stranger = new Peer(2, PeerEndpoint.tcp("elsewhere", 1), old.rack(), old.dc(),
        old.tokens(), false, false, false);
    Peer absent = new Peer(7, old.endpoint(), old.rack(), old.dc(), List.of(), false, false, false);

    assertThat(holder.compareAndSetPeerState(stranger, PeerState.NORMAL, PeerState.DOWN)).isFalse();
    assertThat(holder.compareAndSetPeerState(absent, PeerState.NORMAL, PeerState.DOWN)).isFalse();

    assertThat(holder.current()).isSameAs(pool);
  }

  @Test
  void hasPeerAnswersForAnyInt() {
    ServerPool pool = Topologies.pool("dc1:r1=2");
    assertThat(pool.hasPeer(0)).isTrue();
    assertThat(pool.hasPeer(1)).isTrue();
    assertThat(pool.hasPeer(2)).isFalse();
    assertThat(pool.hasPeer(-1)).isFalse();
    assertThat(pool.hasPeer(Integer.MAX_VALUE)).isFalse();
  }
}
