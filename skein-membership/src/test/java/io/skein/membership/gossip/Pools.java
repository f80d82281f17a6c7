package io.skein.membership.gossip;

import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Real, validated pools for the handler's tests: one datacenter {@code dc1}, racks
 * {@code r1..rN}; peer {@code i} listens on {@code 10.0.0.i:8101}; the local peer is peer 0 in
 * {@code r1}; each rack's ring is split evenly between its peers.
 */
final class Pools {

  private Pools() {}

  static String pname(int index) {
    return "10.0.0." + index + ":8101";
  }

  static Peer peer(int index, String host, String rack, boolean local, long token) {
    return new Peer(index, PeerEndpoint.tcp(host, 8101), rack, "dc1",
        List.of(new DynToken(token)), local, true, false);
  }

  /** {@code racks} racks of {@code perRack} peers each, numbered rack by rack. */
  static List<Peer> peers(int racks, int perRack) {
    List<Peer> peers = new ArrayList<>();
    for (int r = 1; r <= racks; r++) {
      for (int i = 0; i < perRack; i++) {
        int index = peers.size();
        long token = (0x1_0000_0000L / perRack) * (i + 1) - 1;
        peers.add(peer(index, "10.0.0." + index, "r" + r, index == 0, token));
      }
    }
    return peers;
  }

  static ServerPool pool(List<Peer> peers) {
    return ServerPool.create(PoolConfig.defaults("dc1", "r1"), peers);
  }

  /** Peer 0 (local) and peer 1 in dc1 (racks r1, r2); peer 2 in dc2 (rack r1). */
  static ServerPool twoDcs() {
    List<Peer> peers = new ArrayList<>(peers(2, 1));
    peers.add(new Peer(2, PeerEndpoint.tcp("10.0.0.2", 8101), "r1", "dc2",
        List.of(new DynToken(0xFFFF_FFFFL)), false, true, false));
    return pool(peers);
  }

  /** Peer 0 (local) in r1, peer 1 in r2, peer 2 in r3. */
  static ServerPool threeRacks() {
    return pool(peers(3, 1));
  }
}
