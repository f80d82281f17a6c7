package io.skein.routing.testing;

import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.SlotAssignments;
import java.util.ArrayList;
import java.util.List;

/**
 * Topologies for tests, written as a shape: {@code "dc1:r1=2,r2=1;dc2:r1=3"} is two DCs, the
 * first with racks r1 (2 nodes) and r2 (1 node). Peers are numbered in that order from 0; the
 * local node is the first peer of the first rack; tokens split each rack's ring evenly.
 */
public final class Topologies {

  private Topologies() {}

  public static List<Peer> peers(String shape) {
    List<Peer> peers = new ArrayList<>();
    boolean first = true;
    for (String dcPart : shape.split(";")) {
      String[] dcAndRacks = dcPart.split(":");
      for (String rackPart : dcAndRacks[1].split(",")) {
        String[] rackAndCount = rackPart.split("=");
        int count = Integer.parseInt(rackAndCount[1]);
        for (int i = 0; i < count; i++) {
          long token = (0x1_0000_0000L / count) * (i + 1) - 1;
          int index = peers.size();
          peers.add(new Peer(index, PeerEndpoint.tcp("h" + index, 8101), rackAndCount[0],
              dcAndRacks[0], List.of(new DynToken(token)), first, true, false));
          first = false;
        }
      }
    }
    return peers;
  }

  /** The config of the shape's first rack, with the given distribution. */
  public static PoolConfig config(String shape, Distribution distribution) {
    String dc = shape.split(":")[0];
    String rack = shape.split(":")[1].split("=")[0];
    return PoolConfig.defaults(dc, rack).withDistribution(distribution);
  }

  public static ServerPool pool(String shape) {
    return pool(shape, Distribution.VNODE);
  }

  public static ServerPool pool(String shape, Distribution distribution) {
    List<Peer> peers = peers(shape);
    return ServerPool.create(config(shape, distribution), peers, SlotAssignments.evenly(peers));
  }

  /** The same topology with no local peer: every plan is Replicas, as on a pure proxy. */
  public static List<Peer> withoutLocal(List<Peer> peers) {
    return peers.stream().map(p -> new Peer(p.index(), p.endpoint(), p.rack(), p.dc(),
        p.tokens(), false, p.isSeed(), p.isSecure())).toList();
  }

  /** The pool rebuilt without a local peer. */
  public static ServerPool withoutLocalPool(ServerPool pool) {
    List<Peer> peers = withoutLocal(pool.peers());
    return ServerPool.create(pool.config(), peers, SlotAssignments.evenly(peers));
  }
}
