package io.skein.server.config;

import java.util.Locale;

/**
 * The split-brain resolver's strategies ({@code sbr.strategy}), as Akka names them, in
 * Dynomite's spelling ({@code keep_majority}; {@code keep-majority} is accepted too).
 */
public enum SbrStrategy {
  /** The side with more reachable members survives; a tie keeps the lowest address. Default. */
  KEEP_MAJORITY,
  /** A side survives when it has at least {@code quorum_size} reachable members. */
  STATIC_QUORUM,
  /** The side with the oldest member survives ({@code down_if_alone} guards a lone oldest). */
  KEEP_OLDEST,
  /** The side that can reach {@code referee} survives. */
  KEEP_REFEREE,
  /** Majority, confirmed by holding a lease. */
  LEASE_MAJORITY,
  /** Every member is downed: a full restart is preferred to any risk of two sides. */
  DOWN_ALL;

  /** The form errors quote. */
  public static final String FORM =
      "keep_majority, static_quorum, keep_oldest, keep_referee, lease_majority or down_all";

  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a config value in any case, with {@code -} or {@code _}.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static SbrStrategy parse(String text) {
    return valueOf(text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
