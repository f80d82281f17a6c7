package io.skein.routing.pool;

import io.skein.routing.coverage.CoverageValidator;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.RackKey;
import io.skein.routing.topology.SlotAssignments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The part of a {@link ServerPool} computed once per validated topology: peers by index, the
 * datacenters in distance order with their racks and lookup structures, and the snitch order.
 * Package-private: only {@link ServerPool#create} builds one, after validation.
 */
final class Layout {

  final Peer[] byIndex;
  final List<Peer> peers;
  final List<Datacenter> datacenters;
  final List<Rack> snitchOrder;
  final int localPeer;

  private Layout(Peer[] byIndex, List<Peer> peers, List<Datacenter> datacenters,
      int localPeer) {
    this.byIndex = byIndex;
    this.peers = peers;
    this.datacenters = datacenters;
    this.snitchOrder = Snitch.readOrder(datacenters);
    this.localPeer = localPeer;
  }

  static Layout build(PoolConfig config, List<Peer> peerList, SlotAssignments slots) {
    List<Peer> peers = peerList.stream().sorted(Comparator.comparingInt(Peer::index)).toList();
    int maxIndex = peers.isEmpty() ? -1 : peers.get(peers.size() - 1).index();
    Peer[] byIndex = new Peer[maxIndex + 1];
    int localPeer = -1;
    for (Peer peer : peers) {
      byIndex[peer.index()] = peer;
      if (peer.isLocal()) {
        localPeer = peer.index();
      }
    }
    Distribution shadow = config.distributionShadow().orElse(config.distribution());
    boolean tokens = config.distribution().usesTokens() || shadow.usesTokens();
    boolean slotMaps = config.distribution() == Distribution.SLOTS
        || shadow == Distribution.SLOTS;

    Map<RackKey, List<Peer>> racks = CoverageValidator.racks(peers);
    TreeSet<String> dcNames = new TreeSet<>();
    racks.keySet().forEach(k -> dcNames.add(k.dc()));
    List<String> dcOrder = Snitch.datacenterOrder(config.dc(), dcNames, config.dcOrder());

    List<Datacenter> datacenters = new ArrayList<>();
    int localRackOrdinal = -1;
    for (int dcOrdinal = 0; dcOrdinal < dcOrder.size(); dcOrdinal++) {
      String dc = dcOrder.get(dcOrdinal);
      List<Rack> dcRacks = new ArrayList<>();
      for (Map.Entry<RackKey, List<Peer>> entry : racks.entrySet()) {
        if (entry.getKey().dc().equals(dc)) {
          if (entry.getKey().equals(config.localRack())) {
            localRackOrdinal = dcRacks.size();
          }
          dcRacks.add(new Rack(entry.getKey(), dcOrdinal, dcRacks.size(), entry.getValue(),
              tokens, slotMaps ? slots : null));
        }
      }
      int start = dcOrdinal == 0 ? localRackOrdinal : localRackOrdinal % dcRacks.size();
      datacenters.add(new Datacenter(dc, dcOrdinal, dcRacks,
          Snitch.rackOrder(dcRacks, start, dcOrdinal == 0)));
    }
    return new Layout(byIndex, peers, List.copyOf(datacenters), localPeer);
  }
}
