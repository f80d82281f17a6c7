package io.skein.routing.topology;

import java.util.Locale;

/**
 * Dynomite's consistency levels, set separately for reads and writes
 * ({@code read_consistency}, {@code write_consistency}). The rules are DESIGN §2's table;
 * {@link io.skein.routing.dispatch.ClusterDispatcher} applies them.
 */
public enum ConsistencyLevel {
  /** One replica of the local DC answers. */
  DC_ONE,
  /** A quorum of the local DC's racks answers; reads return the newest version. */
  DC_QUORUM,
  /** A quorum of the local DC's racks answers identically, else an error. */
  DC_SAFE_QUORUM,
  /** A safe quorum in every datacenter. */
  DC_EACH_SAFE_QUORUM;

  /** Dynomite's default for both reads and writes. */
  public static final ConsistencyLevel DEFAULT = DC_ONE;

  /** Quorum of {@code n} replicas: {@code floor(n/2) + 1}; a single replica is its own quorum. */
  public static int quorum(int n) {
    return n / 2 + 1;
  }

  /**
   * Parses a level as Dynomite's config and admin endpoint write it, in either case
   * ({@code dc_one}, {@code DC_QUORUM}).
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static ConsistencyLevel parse(String text) {
    String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (ConsistencyLevel level : values()) {
      if (level.name().equals(upper)) {
        return level;
      }
    }
    throw new IllegalArgumentException("consistency: '" + text
        + "' (expected one of: DC_ONE, DC_QUORUM, DC_SAFE_QUORUM, DC_EACH_SAFE_QUORUM)");
  }
}
