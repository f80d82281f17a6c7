package io.skein.membership.gossip;

import static io.skein.membership.gossip.Pools.pname;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Detectors follow the topology when a new pool replaces the old one. */
class GossipHandlerTopologyTest {

  private final List<Peer> peers = Pools.peers(3, 1);
  private final TopologyHolder holder = new TopologyHolder(Pools.pool(peers));
  private final GossipHandler handler = new GossipHandler(holder);

  private long beat(long until, int... indexes) {
    for (long t = 0; t <= until; t += 1000) {
      for (int i : indexes) {
        handler.recordHeartbeat(pname(i), t);
      }
    }
    return until;
  }

  @Test
  void aRebuiltPoolOfTheSamePeersKeepsTheirHistoriesAndTheirVerdicts() {
    long last = beat(5000, 1, 2);
    handler.markDown(pname(2));
    double phiBefore = handler.phi(1, last + 2000).getAsDouble();

    holder.replace(Pools.pool(peers)); // a new layout, every state Normal again

    assertThat(handler.phi(1, last + 2000)).hasValue(phiBefore);
    assertThat(handler.evaluate(last + 500)).containsExactly(
        new PeerTransition(2, pname(2), PeerState.NORMAL, PeerState.DOWN, 0.0));
    assertThat(holder.current().state(1)).isEqualTo(PeerState.NORMAL);
  }

  @Test
  void anIndexTakenByAnotherEndpointGetsAFreshDetector() {
    long last = beat(5000, 1, 2);
    List<Peer> next = new ArrayList<>(peers);
    next.set(2, Pools.peer(2, "10.0.0.9", "r3", false, 0xFFFF_FFFFL));
    holder.replace(Pools.pool(next));

    assertThat(handler.recordHeartbeat(pname(2), last + 100)).isFalse();
    assertThat(handler.evaluate(last + 200)).containsExactly(
        new PeerTransition(2, "10.0.0.9:8101", PeerState.NORMAL, PeerState.DOWN, 0.0));
    assertThat(handler.recordHeartbeat("10.0.0.9:8101", last + 300)).isTrue();
    assertThat(holder.current().state(2)).isEqualTo(PeerState.NORMAL);
  }

  @Test
  void aPeerThatMovesToAnotherIndexKeepsItsHistory() {
    long last = beat(5000, 1, 2);
    double phi = handler.phi(2, last + 2500).getAsDouble();
    List<Peer> next = List.of(peers.get(0), peers.get(1),
        Pools.peer(5, "10.0.0.2", "r3", false, 0xFFFF_FFFFL));
    holder.replace(Pools.pool(next));

    assertThat(handler.phi(5, last + 2500)).hasValue(phi);
    assertThat(handler.phi(2, last + 2500)).isEmpty();
    assertThat(handler.evaluate(last + 500)).isEmpty();
  }

  @Test
  void aPeerRemovedAndAddedBackStartsWithNoHistory() {
    long last = beat(5000, 1, 2);
    holder.replace(Pools.pool(peers.subList(0, 2)));
    assertThat(handler.evaluate(last + 100)).isEmpty();
    assertThat(handler.recordHeartbeat(pname(2), last + 200)).isFalse();

    holder.replace(Pools.pool(peers));

    assertThat(handler.phi(2, last + 300)).hasValue(0.0);
    assertThat(handler.evaluate(last + 300)).containsExactly(
        new PeerTransition(2, pname(2), PeerState.NORMAL, PeerState.DOWN, 0.0));
  }

  @Test
  void aVerdictIsNotAppliedToAPeerThatLeftThePoolMeanwhile() {
    beat(5000, 1, 2);
    // A listener that swaps the topology while the tick is running: peer 2 goes away right
    // after peer 1's verdict, before peer 2's.
    var bus = new io.skein.membership.events.ClusterEventBus();
    GossipHandler swapping = new GossipHandler(holder).withEvents(bus);
    bus.subscribe(e -> holder.replace(Pools.pool(peers.subList(0, 2))));

    List<PeerTransition> applied = swapping.evaluate(60_000);

    assertThat(applied).extracting(PeerTransition::peerIndex).containsExactly(1);
    assertThat(holder.current().peers()).hasSize(2);
    assertThat(holder.current().state(1)).isEqualTo(PeerState.NORMAL); // the new pool's own
  }
}
