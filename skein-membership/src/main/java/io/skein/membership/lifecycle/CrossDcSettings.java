package io.skein.membership.lifecycle;

/**
 * The slow path for failure detection between datacenters: WAN links have higher and more
 * variable latency, so cross-DC heartbeats are sent less often, tolerate longer pauses, and only
 * a few nodes per DC watch each other DC.
 *
 * @param heartbeatIntervalMillis how often a cross-DC heartbeat is sent
 * @param acceptableHeartbeatPauseMillis how long a cross-DC heartbeat may be missing before the
 *     detector starts to doubt
 * @param monitoringNodesPerDc how many of the oldest members of each DC take part in cross-DC
 *     monitoring (they watch that many of the oldest of every other DC)
 */
public record CrossDcSettings(
    long heartbeatIntervalMillis, long acceptableHeartbeatPauseMillis, int monitoringNodesPerDc) {

  /**
   * Akka's multi-DC defaults: a heartbeat every 3 s (vs 1 s in a DC: a WAN round trip alone can
   * be 100s of ms), 10 s acceptable pause (WAN hiccups and GC on both ends), and 5 monitoring nodes
   * per DC (enough that one crashed or partitioned node does not blind a DC, few enough that N
   * DCs do not make N² connections).
   */
  public static final CrossDcSettings DEFAULTS = new CrossDcSettings(3_000, 10_000, 5);

  public CrossDcSettings {
    if (heartbeatIntervalMillis < 1) {
      throw new IllegalArgumentException(
          "cross-dc heartbeat-interval: " + heartbeatIntervalMillis + " ms (expected: >= 1)");
    }
    if (acceptableHeartbeatPauseMillis < 0) {
      throw new IllegalArgumentException("cross-dc acceptable-heartbeat-pause: "
          + acceptableHeartbeatPauseMillis + " ms (expected: >= 0)");
    }
    if (monitoringNodesPerDc < 1) {
      throw new IllegalArgumentException(
          "cross-dc monitoring-nodes: " + monitoringNodesPerDc + " (expected: >= 1)");
    }
  }
}
