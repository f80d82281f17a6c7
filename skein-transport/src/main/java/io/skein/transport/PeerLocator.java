package io.skein.transport;

import io.skein.core.HostAndPort;

/**
 * Tells the transport where a peer sits, from the topology the node knows. Called on transport
 * threads when a pool is created and when an inbound connection introduces itself, so an
 * implementation must be thread-safe and quick (a lookup in an immutable topology view).
 */
@FunctionalInterface
public interface PeerLocator {

  /**
   * The locality of the peer whose peer address is {@code peer}. A peer the topology does not
   * know yet (a node joining) should be {@link PeerLocality#REMOTE_DATACENTER}, the strictest.
   */
  PeerLocality locate(HostAndPort peer);

  /** Every peer in this node's rack: a single-rack cluster, or a test. */
  static PeerLocator sameRack() {
    return peer -> PeerLocality.SAME_RACK;
  }
}
