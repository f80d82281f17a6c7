package io.skein.routing.topology;

import io.skein.routing.hash.DynToken;
import java.util.List;

/**
 * One node of the cluster as a topology describes it (Dynomite's peer: the local node, or a
 * {@code dyn_seeds} entry).
 *
 * <p>A peer's state (Normal, Down, …) is not part of it: states change with every failure
 * detector verdict, while a peer changes only with the topology. See
 * {@link io.skein.routing.pool.ServerPool#state(int)}.
 *
 * @param index the peer's identity within its pool, {@code >= 0}, unique in the pool
 * @param endpoint where its peer port listens
 * @param rack its rack's name
 * @param dc its datacenter's name
 * @param tokens its positions on its rack's ring ({@code vnode}); may be empty for other
 *     distributions
 * @param isLocal true for the node this process runs
 * @param isSeed true when it was configured as a seed
 * @param isSecure true when traffic to it must use TLS
 */
public record Peer(int index, PeerEndpoint endpoint, String rack, String dc,
    List<DynToken> tokens, boolean isLocal, boolean isSeed, boolean isSecure) {

  public Peer {
    if (index < 0) {
      throw new IllegalArgumentException("peer index: " + index + " (expected: >= 0)");
    }
    if (endpoint == null) {
      throw new IllegalArgumentException("peer " + index + ": endpoint is null");
    }
    new RackKey(dc, rack); // validates the names with a message that names them
    tokens = List.copyOf(tokens);
  }

  /** The (dc, rack) this peer belongs to. */
  public RackKey rackKey() {
    return new RackKey(dc, rack);
  }

  /** How errors and logs name this peer: {@code peer 3 (10.0.0.3:8101)}. */
  public String label() {
    return "peer " + index + " (" + endpoint + ")";
  }
}
