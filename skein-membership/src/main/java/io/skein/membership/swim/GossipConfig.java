package io.skein.membership.swim;

import java.util.function.Consumer;

/**
 * The knobs of SWIM with Lifeguard, in milliseconds where they are times. Start from a preset
 * ({@link #lan()}, {@link #wan()}, {@link #local()}: memberlist's DefaultLANConfig,
 * DefaultWANConfig and DefaultLocalConfig, except that Skein's LAN probes twice as often) and
 * change what the network demands.
 *
 * @param probeIntervalMillis time between probes of one member each (randomized round robin)
 * @param probeTimeoutMillis wait for a direct ack before asking others to probe indirectly
 * @param indirectChecks k: members asked to probe indirectly after a direct probe times out
 * @param suspicionMult the minimum suspicion timeout is suspicionMult · max(1, log10 N) ·
 *     probe interval
 * @param suspicionMaxTimeoutMult the maximum suspicion timeout (with no confirmations) is this
 *     times the minimum (Lifeguard)
 * @param retransmitMult λ: each update is piggybacked λ · ⌈log10(N + 1)⌉ times
 * @param gossipIntervalMillis time between gossip messages carrying queued updates
 * @param gossipNodes members each gossip message goes to
 * @param gossipToTheDeadMillis how long a failed member still receives gossip, so it can learn
 *     of its death and refute it
 * @param pushPullIntervalMillis time between full-state exchanges with one random member
 *     (scaled up above 32 members, as memberlist does); 0 disables them
 * @param reconnectTimeoutMillis how long a failed member is remembered; at each push-pull a
 *     random one of them is tried with probability failed / live, so the two sides of a healed
 *     partition find each other again (Serf's reconnect)
 * @param awarenessMaxMultiplier the local health score runs 0 .. this − 1; probe interval and
 *     timeout are multiplied by score + 1 (Lifeguard)
 * @param maxUpdatesPerMessage piggybacked updates per message, to keep a message within one
 *     datagram
 * @param lifeguard Lifeguard's local health (scaled probes, nacks), dynamic suspicion timeout
 *     and suspicion sent to the suspect; off gives plain SWIM with a fixed suspicion timeout
 * @param pauseGuard when a call arrives later than the engine's own deadline by more than a
 *     probe timeout, this node was paused: the pause does not count against other members
 *     (deadlines shift by the pause) and the local health score rises. Skein's addition in the
 *     spirit of Lifeguard (Cassandra skips convictions after a local pause likewise)
 * @param fallbackPing when the direct probe times out, ping the target directly once more
 *     beside the indirect probes, so one lost message on the direct route does not make a
 *     suspicion (memberlist sends this second ping over TCP; Skein's addition keeps it on the
 *     gossip path, which is a stream already)
 * @param eagerSpread news this node originates (its own suspicion, verdict or refutation) is
 *     gossiped at once instead of at the next gossip interval, a refutation also goes straight
 *     to the accuser, and a node that hears of a new suspicion probes the suspect next, so
 *     confirmations (or the refutation) come within a probe interval. Skein's addition
 */
public record GossipConfig(
    long probeIntervalMillis,
    long probeTimeoutMillis,
    int indirectChecks,
    int suspicionMult,
    int suspicionMaxTimeoutMult,
    int retransmitMult,
    long gossipIntervalMillis,
    int gossipNodes,
    long gossipToTheDeadMillis,
    long pushPullIntervalMillis,
    long reconnectTimeoutMillis,
    int awarenessMaxMultiplier,
    int maxUpdatesPerMessage,
    boolean lifeguard,
    boolean pauseGuard,
    boolean fallbackPing,
    boolean eagerSpread) {

  public GossipConfig {
    positive("probe interval", probeIntervalMillis);
    positive("probe timeout", probeTimeoutMillis);
    if (probeTimeoutMillis >= probeIntervalMillis) {
      throw new IllegalArgumentException("probe timeout: " + probeTimeoutMillis
          + " ms (expected: < probe interval " + probeIntervalMillis + " ms)");
    }
    atLeast("indirect checks", indirectChecks, 0);
    atLeast("suspicion mult", suspicionMult, 1);
    atLeast("suspicion max timeout mult", suspicionMaxTimeoutMult, 1);
    atLeast("retransmit mult", retransmitMult, 1);
    positive("gossip interval", gossipIntervalMillis);
    atLeast("gossip nodes", gossipNodes, 1);
    atLeast("gossip to the dead", gossipToTheDeadMillis, 0);
    atLeast("push-pull interval", pushPullIntervalMillis, 0);
    atLeast("reconnect timeout", reconnectTimeoutMillis, 0);
    atLeast("awareness max multiplier", awarenessMaxMultiplier, 1);
    atLeast("max updates per message", maxUpdatesPerMessage, 1);
  }

  /**
   * A LAN: memberlist's DefaultLANConfig with probes twice as often (every 500 ms, timeout
   * 250 ms). memberlist's 1 s probe puts detection at about 6 s in a 10-node cluster: the wait
   * for the first probe of the dead member, a whole probe interval, then a suspicion of at least
   * four intervals. Half the interval halves both, for two pings a second per node.
   */
  public static GossipConfig lan() {
    return new GossipConfig(
        500,    // probe interval: a failure check twice a second
        250,    // probe timeout: still 100x a LAN round trip
        3,      // indirect checks: three other routes before suspecting
        4,      // suspicion mult: 2 s minimum suspicion up to 10 members, longer as N grows
        6,      // suspicion max mult: a lone accuser waits 6x the minimum (Lifeguard)
        4,      // retransmit mult: an update reaches everyone with high probability
        200,    // gossip interval: updates spread several times per probe interval
        3,      // gossip nodes: fan-out 3 per round covers N in O(log N) rounds
        30_000, // gossip to the dead: as long as push-pull, a dead member can still refute
        30_000, // push-pull interval: full sync is expensive, anti-entropy backstop only
        86_400_000, // reconnect timeout: a partition healed within a day merges by itself
        8,      // awareness max: a sick node backs off to 8 s probes, not forever
        16,     // updates per message: ~16 small updates fit one 1,400-byte datagram
        true,   // lifeguard: cuts false positives by an order of magnitude
        true,   // pause guard: a paused node must not blame others for its own pause
        true,   // fallback ping: one lost datagram must not be enough to suspect a member
        true);  // eager spread: suspicions confirmed and refuted within a probe interval
  }

  /** A WAN: memberlist's DefaultWANConfig (slower probes, more patience, wider fan-out). */
  public static GossipConfig wan() {
    return new GossipConfig(
        5_000,  // probe interval: WAN probes cost more and lose more
        3_000,  // probe timeout: cross-region round trips with tail latency
        3,      // indirect checks: as on a LAN
        6,      // suspicion mult: more time to refute across a lossy WAN
        6,      // suspicion max mult: as on a LAN
        4,      // retransmit mult: as on a LAN
        500,    // gossip interval: less chatty across regions
        4,      // gossip nodes: gossip less often, but to one more member
        60_000, // gossip to the dead: as long as push-pull
        60_000, // push-pull interval: full sync over the WAN is costly
        86_400_000, // reconnect timeout: as on a LAN
        8,      // awareness max: as on a LAN
        16,     // updates per message: as on a LAN
        true,   // lifeguard: as on a LAN
        true,   // pause guard: as on a LAN
        true,   // fallback ping: as on a LAN
        true);  // eager spread: as on a LAN
  }

  /** One machine (loopback): memberlist's DefaultLocalConfig (fast, little redundancy). */
  public static GossipConfig local() {
    return new GossipConfig(
        1_000,  // probe interval: as on a LAN
        200,    // probe timeout: loopback answers in microseconds
        1,      // indirect checks: loopback has no other routes worth trying
        3,      // suspicion mult: loss is rare, decide sooner
        6,      // suspicion max mult: as on a LAN
        2,      // retransmit mult: few members, little loss
        100,    // gossip interval: cheap on loopback
        3,      // gossip nodes: as on a LAN
        15_000, // gossip to the dead: as long as push-pull
        15_000, // push-pull interval: cheap on loopback
        86_400_000, // reconnect timeout: as on a LAN
        8,      // awareness max: as on a LAN
        16,     // updates per message: as on a LAN
        true,   // lifeguard: as on a LAN
        true,   // pause guard: as on a LAN
        true,   // fallback ping: as on a LAN
        true);  // eager spread: as on a LAN
  }

  /**
   * The push-pull interval in a cluster of {@code members}: as configured up to 32 members,
   * then one more interval per doubling, so full-state traffic per node stays flat as the
   * state grows (memberlist's {@code pushPullScale}).
   */
  public long pushPullIntervalMillisFor(int members) {
    if (members <= 32) {
      return pushPullIntervalMillis;
    }
    double log2 = Math.log(members) / Math.log(2);
    return (long) (Math.ceil(log2 - 5.0) + 1.0) * pushPullIntervalMillis;
  }

  /** This configuration with Lifeguard on or off. */
  public GossipConfig withLifeguard(boolean on) {
    return edit(d -> d.lifeguard = on);
  }

  /** This configuration with the pause guard on or off. */
  public GossipConfig withPauseGuard(boolean on) {
    return edit(d -> d.pauseGuard = on);
  }

  /** This configuration with Skein's fallback ping on or off. */
  public GossipConfig withFallbackPing(boolean on) {
    return edit(d -> d.fallbackPing = on);
  }

  /** This configuration with Skein's eager spread on or off. */
  public GossipConfig withEagerSpread(boolean on) {
    return edit(d -> d.eagerSpread = on);
  }

  /** This configuration as plain SWIM: no Lifeguard and none of Skein's additions. */
  public GossipConfig plainSwim() {
    return edit(d -> {
      d.lifeguard = false;
      d.pauseGuard = false;
      d.fallbackPing = false;
      d.eagerSpread = false;
    });
  }

  /** This configuration with another probe interval and timeout. */
  public GossipConfig withProbe(long intervalMillis, long timeoutMillis) {
    return edit(d -> {
      d.probeIntervalMillis = intervalMillis;
      d.probeTimeoutMillis = timeoutMillis;
    });
  }

  /** This configuration with another suspicion multiplier. */
  public GossipConfig withSuspicionMult(int mult) {
    return edit(d -> d.suspicionMult = mult);
  }

  /** This configuration with another push-pull interval (0 disables push-pull). */
  public GossipConfig withPushPullInterval(long millis) {
    return edit(d -> d.pushPullIntervalMillis = millis);
  }

  /** A copy of this configuration with what {@code change} sets, validated again. */
  private GossipConfig edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The knobs as mutable fields, for the {@code with} methods. */
  private static final class Draft {
    long probeIntervalMillis;
    long probeTimeoutMillis;
    int suspicionMult;
    long pushPullIntervalMillis;
    boolean lifeguard;
    boolean pauseGuard;
    boolean fallbackPing;
    boolean eagerSpread;
    private final GossipConfig base;

    Draft(GossipConfig c) {
      base = c;
      probeIntervalMillis = c.probeIntervalMillis;
      probeTimeoutMillis = c.probeTimeoutMillis;
      suspicionMult = c.suspicionMult;
      pushPullIntervalMillis = c.pushPullIntervalMillis;
      lifeguard = c.lifeguard;
      pauseGuard = c.pauseGuard;
      fallbackPing = c.fallbackPing;
      eagerSpread = c.eagerSpread;
    }

    GossipConfig build() {
      GossipConfig c = base;
      return new GossipConfig(probeIntervalMillis, probeTimeoutMillis, c.indirectChecks,
          suspicionMult, c.suspicionMaxTimeoutMult, c.retransmitMult, c.gossipIntervalMillis,
          c.gossipNodes, c.gossipToTheDeadMillis, pushPullIntervalMillis,
          c.reconnectTimeoutMillis, c.awarenessMaxMultiplier, c.maxUpdatesPerMessage, lifeguard,
          pauseGuard, fallbackPing, eagerSpread);
    }
  }

  private static void positive(String what, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + ": " + value + " ms (expected: > 0)");
    }
  }

  private static void atLeast(String what, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(what + ": " + value + " (expected: >= " + min + ")");
    }
  }
}
