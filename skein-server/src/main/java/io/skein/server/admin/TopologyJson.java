package io.skein.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skein.core.HashSlot;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.Continuum;
import io.skein.routing.pool.Datacenter;
import io.skein.routing.pool.Rack;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The topology as JSON: Dynomite's {@code /cluster_describe} (dcs → racks → servers) and
 * Skein's {@code /ring} (each rack's token ring or slot ranges). Datacenters are listed by
 * name, not by distance, so every node describes the cluster alike.
 */
final class TopologyJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TopologyJson() {}

  /**
   * Dynomite's shape, a server being {@code name, host, port, token}; Skein adds
   * {@code tokens} (all of them, where Dynomite shows one), {@code index}, {@code state},
   * {@code local} and {@code secure}.
   */
  static String clusterDescribe(ServerPool pool) {
    return clusterDescribe(pool, index -> java.util.OptionalDouble.empty());
  }

  /** As {@link #clusterDescribe(ServerPool)}, with each peer's phi where it is watched. */
  static String clusterDescribe(ServerPool pool,
      java.util.function.IntFunction<java.util.OptionalDouble> phi) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode dcs = root.putArray("dcs");
    for (Datacenter dc : byName(pool)) {
      ObjectNode dcNode = dcs.addObject().put("name", dc.name());
      ArrayNode racks = dcNode.putArray("racks");
      for (Rack rack : dc.racks()) {
        ObjectNode rackNode = racks.addObject().put("name", rack.name());
        ArrayNode servers = rackNode.putArray("servers");
        for (Peer peer : rack.peers()) {
          ObjectNode s = servers.addObject()
              .put("name", peer.endpoint().address().host())
              .put("host", peer.endpoint().address().host())
              .put("port", peer.endpoint().address().port());
          if (!peer.tokens().isEmpty()) {
            s.put("token", peer.tokens().get(0).value());
          }
          ArrayNode tokens = s.putArray("tokens");
          peer.tokens().forEach(t -> tokens.add(t.value()));
          s.put("index", peer.index())
              .put("state", pool.state(peer.index()).name().toLowerCase(Locale.ROOT))
              .put("phi", Math.round(phi.apply(peer.index()).orElse(0.0) * 10) / 10.0)
              .put("local", peer.isLocal())
              .put("secure", peer.isSecure());
        }
      }
    }
    return root.toString();
  }

  /**
   * Each rack's placement under the pool's distribution: for {@code vnode} the ring in token
   * order ({@code token, peer, address}), for {@code slots} contiguous slot ranges
   * ({@code first, last, peer, address}), for {@code modula} and {@code random} the rack's
   * peers in the order keys are spread over them.
   */
  static String ring(ServerPool pool) {
    Distribution distribution = pool.distribution();
    ObjectNode root = JSON.createObjectNode()
        .put("distribution", distribution.configName())
        .put("hash", pool.config().hash().configName());
    pool.config().distributionShadow()
        .ifPresent(shadow -> root.put("distribution_shadow", shadow.configName()));
    ArrayNode dcs = root.putArray("dcs");
    for (Datacenter dc : byName(pool)) {
      ArrayNode racks = dcs.addObject().put("name", dc.name()).putArray("racks");
      for (Rack rack : dc.racks()) {
        ObjectNode rackNode = racks.addObject().put("name", rack.name());
        switch (distribution) {
          case VNODE -> tokenRing(pool, rack, rackNode.putArray("ring"));
          case SLOTS -> slotRanges(pool, rack, rackNode.putArray("slots"));
          case MODULA, RANDOM -> {
            ArrayNode peers = rackNode.putArray("peers");
            rack.peers().forEach(p -> peer(peers.addObject(), pool, p.index()));
          }
        }
      }
    }
    return root.toString();
  }

  private static void tokenRing(ServerPool pool, Rack rack, ArrayNode ring) {
    Continuum continuum = rack.continuum();
    for (int i = 0; i < continuum.size(); i++) {
      DynToken token = continuum.tokenAt(i);
      peer(ring.addObject().put("token", token.value()), pool, continuum.ownerAt(i));
    }
  }

  private static void slotRanges(ServerPool pool, Rack rack, ArrayNode ranges) {
    int first = 0;
    int owner = rack.owner(Distribution.SLOTS, 0, 0, 0);
    for (int slot = 1; slot <= HashSlot.SLOT_COUNT; slot++) {
      int next = slot < HashSlot.SLOT_COUNT ? rack.owner(Distribution.SLOTS, 0, slot, 0) : -1;
      if (next != owner) {
        peer(ranges.addObject().put("first", first).put("last", slot - 1), pool, owner);
        first = slot;
        owner = next;
      }
    }
  }

  private static void peer(ObjectNode node, ServerPool pool, int index) {
    node.put("peer", index).put("address", pool.peer(index).endpoint().toString());
  }

  private static List<Datacenter> byName(ServerPool pool) {
    return pool.datacenters().stream().sorted(Comparator.comparing(Datacenter::name)).toList();
  }
}
