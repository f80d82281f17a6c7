package io.skein.routing.coverage;

import io.skein.routing.hash.DynToken;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.RackKey;
import java.util.List;

/**
 * Coverage errors of a token ring ({@code vnode}).
 *
 * <p>A ring that has at least one token has no gaps: with wrap-around every token resolves to
 * a node (DESIGN §1). So there are only two failure modes, and no {@code Gap} variant.
 */
public sealed interface TokenCoverageError extends CoverageError {

  /**
   * A rack with no nodes, or whose nodes carry no tokens: keys of that rack have no owner.
   *
   * @param rack the rack
   * @param peers its nodes, possibly none
   */
  record EmptyRack(RackKey rack, List<Peer> peers) implements TokenCoverageError {
    public EmptyRack {
      peers = List.copyOf(peers);
    }

    @Override
    public String message() {
      return peers.isEmpty()
          ? "EmptyRack: " + rack + " has no nodes"
          : "EmptyRack: " + rack + " has no tokens (nodes: " + CoverageError.labels(peers) + ")";
    }
  }

  /**
   * Two nodes of one rack claim the same token, so the owner of that point would depend on
   * iteration order.
   *
   * @param rack the rack
   * @param token the contested token
   * @param peers the nodes claiming it, in index order
   */
  record Overlap(RackKey rack, DynToken token, List<Peer> peers) implements TokenCoverageError {
    public Overlap {
      peers = List.copyOf(peers);
    }

    @Override
    public String message() {
      return "Overlap: " + rack + " token " + token + " is claimed by "
          + CoverageError.labels(peers);
    }
  }
}
