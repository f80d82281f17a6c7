package io.skein.membership.gossip;

import io.skein.membership.detector.PhiAccrualConfig;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitors of one topology: by peer index and by {@code host:port}. Immutable; the handler
 * builds a new roster when the pool's layout changes.
 *
 * <p>Detectors follow peers, not indexes: a peer whose {@code host:port} is in both the old and
 * the new topology keeps its monitor (and its history) even if its index changed; a peer that is
 * new, or that was removed and then added back, gets a fresh one. The local peer has no monitor.
 * If two peers share a {@code host:port}, lookups by name find the lower index.
 */
final class Roster {

  final Object layout;
  final List<Peer> peers;
  final String nodeName;
  private final PeerMonitor[] byIndex;
  private final Map<String, Integer> indexByPname;

  private Roster(Object layout, List<Peer> peers, String nodeName, PeerMonitor[] byIndex,
      Map<String, Integer> indexByPname) {
    this.layout = layout;
    this.peers = peers;
    this.nodeName = nodeName;
    this.byIndex = byIndex;
    this.indexByPname = indexByPname;
  }

  /**
   * The roster of {@code pool}, each peer watched with the settings for its datacenter, reusing
   * {@code previous}'s monitors for peers still present.
   */
  static Roster build(ServerPool pool, Roster previous, DetectorConfigs configs) {
    String localDc = pool.localDc().name();
    int size = pool.peers().stream().mapToInt(Peer::index).max().orElse(-1) + 1;
    PeerMonitor[] byIndex = new PeerMonitor[size];
    Map<String, Integer> indexByPname = new HashMap<>();
    String nodeName = "proxy";
    for (Peer peer : pool.peers()) {
      String pname = pname(peer);
      if (peer.isLocal()) {
        nodeName = pname;
        continue;
      }
      PhiAccrualConfig config = configs.forPeer(peer.dc(), localDc);
      if (indexByPname.putIfAbsent(pname, peer.index()) != null) {
        byIndex[peer.index()] = new PeerMonitor(pname, config);
        continue;
      }
      PeerMonitor kept = previous == null ? null : previous.monitor(previous.indexOf(pname));
      byIndex[peer.index()] = kept != null ? kept : new PeerMonitor(pname, config);
    }
    return new Roster(pool.layoutIdentity(), pool.peers(), nodeName, byIndex,
        Map.copyOf(indexByPname));
  }

  /** How events, metrics and heartbeats name a peer: its endpoint's {@code host:port}. */
  static String pname(Peer peer) {
    return peer.endpoint().toString();
  }

  /** The monitor of the peer at {@code index}; null for the local peer or no peer. */
  PeerMonitor monitor(int index) {
    return index >= 0 && index < byIndex.length ? byIndex[index] : null;
  }

  /** The index of the monitored peer named {@code pname}, or -1 (unknown, or the local peer). */
  int indexOf(String pname) {
    Integer index = pname == null ? null : indexByPname.get(pname);
    return index == null ? -1 : index;
  }
}
