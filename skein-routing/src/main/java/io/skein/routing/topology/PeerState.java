package io.skein.routing.topology;

/**
 * A peer's state as the dispatcher sees it. The failure detector owns {@link #NORMAL} and
 * {@link #DOWN}; the member lifecycle adds {@link #JOINING} and {@link #LEAVING}.
 *
 * <p>Only {@code DOWN} keeps a peer out of plans. A joining or leaving peer still owns what the
 * current topology gives it: ownership changes arrive as a new topology, never as a state.
 */
public enum PeerState {
  NORMAL,
  DOWN,
  JOINING,
  LEAVING;

  /** True when requests may be planned to a peer in this state. */
  public boolean routable() {
    return this != DOWN;
  }
}
