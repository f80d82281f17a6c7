package io.skein.routing.coverage;

import io.skein.routing.topology.Peer;
import io.skein.routing.topology.RackKey;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One reason a topology cannot place every key of a rack on exactly one node.
 */
public sealed interface CoverageError permits TokenCoverageError, SlotCoverageError {

  /** The rack the error is in. */
  RackKey rack();

  /** A message for the operator that names the dc, the rack, the token or slots and nodes. */
  String message();

  /** Lists peers as {@code peer 0 (h0:8101), peer 1 (h1:8101)}. */
  static String labels(List<Peer> peers) {
    return peers.isEmpty() ? "none" : peers.stream().map(Peer::label)
        .collect(Collectors.joining(", "));
  }
}
