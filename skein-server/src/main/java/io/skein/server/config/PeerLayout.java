package io.skein.server.config;

import io.skein.transport.PeerLocality;
import io.skein.core.HostAndPort;
import io.skein.routing.hash.DynToken;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a node's config (itself plus its {@code dyn_seeds}) into routing's peers.
 *
 * <p>Design note: peer indexes must come out the same on every node of a cluster, because the
 * {@code slots} distribution splits each rack's slots over its peers in index order. So the
 * index is not "me first, then the seeds in file order" (which differs on every node) but the
 * position in an order every node computes alike: datacenter, rack, first token, host, port.
 * Nodes that name one another by the same addresses therefore agree on every slot owner.
 */
final class PeerLayout {

  private record Entry(HostAndPort address, String dc, String rack, List<DynToken> tokens,
      boolean local) {

    long firstToken() {
      return tokens.isEmpty() ? -1 : tokens.get(0).value();
    }
  }

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::dc)
      .thenComparing(Entry::rack)
      .thenComparingLong(Entry::firstToken)
      .thenComparing(e -> e.address().host())
      .thenComparingInt(e -> e.address().port());

  private PeerLayout() {}

  static List<Peer> peers(NodeConfig node) {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(node.peerListen(), node.dc(), node.rack(), node.tokens(), true));
    for (SeedPeer seed : node.dynSeeds()) {
      entries.add(new Entry(seed.address(), seed.dc(), seed.rack(), seed.tokens(), false));
    }
    entries.sort(ORDER);
    List<Peer> peers = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      boolean secure = !e.local() && node.secureServerOption()
          .requiresTls(
              PeerLocality.between(node.dc(), node.rack(), e.dc(), e.rack()));
      peers.add(new Peer(i, new PeerEndpoint(e.address()), e.rack(), e.dc(), e.tokens(),
          e.local(), !e.local(), secure));
    }
    return List.copyOf(peers);
  }
}
