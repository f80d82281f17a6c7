package io.skein.membership.gossip;

import io.skein.membership.detector.PhiAccrualConfig;
import io.skein.membership.detector.PhiAccrualFailureDetector;
import io.skein.routing.topology.PeerState;

/**
 * One monitored peer: its {@code host:port} and its failure detector, plus the two pure rules
 * that turn phi into a state.
 *
 * <p>The monitor is the peer's lock: the handler holds it ({@code synchronized}) while it feeds
 * the detector, reads phi and applies the resulting transition, so a heartbeat on an I/O thread
 * and the evaluation tick never interleave their verdicts for one peer.
 */
final class PeerMonitor {

  final String pname;
  final PhiAccrualFailureDetector detector;

  PeerMonitor(String pname, PhiAccrualConfig config) {
    this.pname = pname;
    this.detector = new PhiAccrualFailureDetector(config);
  }

  /**
   * The state phi asks for (seed 002): Normal iff at least one heartbeat was recorded and
   * {@code phi <= threshold}; Down otherwise, including a peer never heard from.
   */
  static PeerState verdict(boolean heardFrom, double phi, double threshold) {
    return heardFrom && phi <= threshold ? PeerState.NORMAL : PeerState.DOWN;
  }

  /**
   * The state to move a peer in {@code current} to for {@code verdict}, or null to leave it.
   * The detector owns Normal and Down only: a Down verdict takes any other state to Down, a
   * Normal verdict brings a Down peer back to Normal, and a live Joining or Leaving peer keeps
   * the state the lifecycle gave it.
   */
  static PeerState next(PeerState current, PeerState verdict) {
    if (verdict == PeerState.DOWN) {
      return current == PeerState.DOWN ? null : PeerState.DOWN;
    }
    return current == PeerState.DOWN ? PeerState.NORMAL : null;
  }

  @Override
  public String toString() {
    return "PeerMonitor[" + pname + ", " + detector + "]";
  }
}
