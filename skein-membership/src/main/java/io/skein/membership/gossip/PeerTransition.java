package io.skein.membership.gossip;

import io.skein.routing.topology.PeerState;

/**
 * A change of a data-plane peer's state that the {@link GossipHandler} applied to the topology.
 *
 * @param peerIndex the peer's index in the pool the change was applied to
 * @param pname the peer's {@code host:port}, as events and metrics name it
 * @param from its state before
 * @param to its state after: {@link PeerState#DOWN}, or {@link PeerState#NORMAL} on recovery
 * @param phi the suspicion level the verdict was taken at; 0 for a shutdown announcement,
 *     which is not a phi verdict
 */
public record PeerTransition(int peerIndex, String pname, PeerState from, PeerState to,
    double phi) {

  public PeerTransition {
    if (pname == null || from == null || to == null) {
      throw new IllegalArgumentException("peer transition: a field is null (expected: all set)");
    }
    if (from == to) {
      throw new IllegalArgumentException("peer transition of " + pname + ": " + from + " to "
          + to + " (expected: two different states)");
    }
  }

  /** True when the peer stops being routed to. */
  public boolean isDown() {
    return to == PeerState.DOWN;
  }
}
