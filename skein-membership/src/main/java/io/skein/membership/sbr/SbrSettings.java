package io.skein.membership.sbr;

import io.skein.core.HostAndPort;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code cluster.sbr} section of the config, validated.
 *
 * <pre>
 * cluster:
 *   sbr:
 *     strategy: keep-majority      # keep-majority | static-quorum | keep-oldest | keep-referee
 *                                  # | lease-majority | down-all | off
 *     stable_after: 20s
 *     down_all_when_unstable: on   # on | off | a duration
 *     role: data                   # optional; count only members with this role
 *     quorum_size: 3               # static-quorum
 *     down_if_alone: true          # keep-oldest
 *     referee: 10.0.0.1:16379      # keep-referee
 *     down_all_if_less_than_nodes: 1
 *     acquire_lease_delay_for_minority: 2s
 * </pre>
 *
 * @param strategy which rule decides
 * @param stableAfter how long the unreachable set must stay unchanged before a decision
 * @param downAllWhenUnstable how much longer than {@code stableAfter} an unstable set is
 *     tolerated before all members are downed; {@link Duration#ZERO} is off
 * @param role count only members with this role (keep-majority, static-quorum, keep-oldest,
 *     lease-majority)
 * @param quorumSize static-quorum's minimum side; 0 when another strategy is used
 * @param downIfAlone keep-oldest: an oldest member cut off from all others downs itself
 * @param referee keep-referee's referee
 * @param downAllIfLessThanNodes keep-referee: down all if the referee's side is smaller
 * @param acquireLeaseDelayForMinority lease-majority: the minority's wait before trying
 */
public record SbrSettings(
    Strategy strategy,
    Duration stableAfter,
    Duration downAllWhenUnstable,
    Optional<String> role,
    int quorumSize,
    boolean downIfAlone,
    Optional<HostAndPort> referee,
    int downAllIfLessThanNodes,
    Duration acquireLeaseDelayForMinority) {

  /** Akka's default: long enough for gossip to spread a change and for a GC pause to end. */
  public static final Duration DEFAULT_STABLE_AFTER = Duration.ofSeconds(20);

  /** Akka's default: enough for the majority to see the lease free before the minority tries. */
  public static final Duration DEFAULT_LEASE_DELAY = Duration.ofSeconds(2);

  /** The floor of the derived down-all-when-unstable, so that a short stable_after still waits. */
  static final Duration MIN_DOWN_ALL_WHEN_UNSTABLE = Duration.ofSeconds(4);

  /** The strategies, by their config names. */
  public enum Strategy {
    KEEP_MAJORITY("keep-majority"),
    STATIC_QUORUM("static-quorum"),
    KEEP_OLDEST("keep-oldest"),
    KEEP_REFEREE("keep-referee"),
    LEASE_MAJORITY("lease-majority"),
    DOWN_ALL("down-all"),
    OFF("off");

    private final String configName;

    Strategy(String configName) {
      this.configName = configName;
    }

    public String configName() {
      return configName;
    }

    static Optional<Strategy> parse(String text) {
      return Arrays.stream(values()).filter(s -> s.configName.equals(text)).findFirst();
    }

    static String expected() {
      return String.join(", ", Arrays.stream(values()).map(Strategy::configName).toList());
    }

    @Override
    public String toString() {
      return configName;
    }
  }

  public SbrSettings {
    if (strategy == null || stableAfter == null || downAllWhenUnstable == null || role == null
        || referee == null || acquireLeaseDelayForMinority == null) {
      throw new IllegalArgumentException("cluster.sbr: null setting (expected: every field set)");
    }
    if (stableAfter.isNegative()) {
      throw new IllegalArgumentException(
          "cluster.sbr.stable_after: " + stableAfter + " (expected: >= 0)");
    }
    if (strategy == Strategy.STATIC_QUORUM && quorumSize < 1) {
      throw new IllegalArgumentException("cluster.sbr.quorum_size: "
          + (quorumSize == 0 ? "missing" : quorumSize)
          + " (expected: an integer >= 1 with strategy static-quorum)");
    }
    if (strategy == Strategy.KEEP_REFEREE && referee.isEmpty()) {
      throw new IllegalArgumentException(
          "cluster.sbr.referee: missing (expected: host:port with strategy keep-referee)");
    }
    if (downAllIfLessThanNodes < 1) {
      throw new IllegalArgumentException("cluster.sbr.down_all_if_less_than_nodes: "
          + downAllIfLessThanNodes + " (expected: an integer >= 1)");
    }
  }

  /** keep-majority with every default. */
  public static SbrSettings defaults() {
    return new SbrSettings(Strategy.KEEP_MAJORITY, DEFAULT_STABLE_AFTER,
        derivedDownAllWhenUnstable(DEFAULT_STABLE_AFTER), Optional.empty(), 0, true,
        Optional.empty(), 1, DEFAULT_LEASE_DELAY);
  }

  /**
   * Reads the {@code cluster.sbr} section as a YAML reader returns it (strings, numbers,
   * booleans). Missing keys take their defaults; unknown keys and bad values are refused with
   * {@code cluster.sbr.<key>: <value> (expected: <form>)}.
   */
  public static SbrSettings parse(Map<String, ?> section) {
    return SbrSettingsParser.parse(section);
  }

  /** {@code on}: three quarters of stable_after, at least 4 s (Akka's rule). */
  public static Duration derivedDownAllWhenUnstable(Duration stableAfter) {
    Duration threeQuarters = stableAfter.multipliedBy(3).dividedBy(4);
    return threeQuarters.compareTo(MIN_DOWN_ALL_WHEN_UNSTABLE) < 0
        ? MIN_DOWN_ALL_WHEN_UNSTABLE
        : threeQuarters;
  }
}
