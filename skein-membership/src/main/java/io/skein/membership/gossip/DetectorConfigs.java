package io.skein.membership.gossip;

import io.skein.membership.detector.PhiAccrualConfig;
import java.util.Objects;

/**
 * The detector settings for peers in this node's datacenter and for peers in other ones. WAN
 * links have higher and more variable latency, so cross-DC heartbeats come less often and may
 * pause longer (Akka's multi-DC failure detector; Skein's {@code CrossDcSettings}).
 *
 * @param sameDc for peers in this node's datacenter
 * @param otherDc for peers in every other datacenter
 */
record DetectorConfigs(PhiAccrualConfig sameDc, PhiAccrualConfig otherDc) {

  DetectorConfigs {
    Objects.requireNonNull(sameDc, "sameDc");
    Objects.requireNonNull(otherDc, "otherDc");
  }

  /** One setting for every peer. */
  static DetectorConfigs uniform(PhiAccrualConfig config) {
    return new DetectorConfigs(config, config);
  }

  /** The settings for a peer in {@code peerDc}, seen from {@code localDc}. */
  PhiAccrualConfig forPeer(String peerDc, String localDc) {
    return localDc.equals(peerDc) ? sameDc : otherDc;
  }
}
