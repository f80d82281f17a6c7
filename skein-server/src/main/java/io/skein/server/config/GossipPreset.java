package io.skein.server.config;

import java.util.Locale;

/**
 * Which set of membership timings a node uses ({@code gossip_preset}); the values and the
 * reason for each live with the membership module. The names follow memberlist's.
 */
public enum GossipPreset {
  /** One datacenter's network: sub-millisecond round trips, rare loss. The default. */
  LAN,
  /** Links between datacenters: tens of milliseconds, more jitter. */
  WAN,
  /** One machine (tests, {@code skein local}): fast probes, short timeouts. */
  LOCAL;

  /** The form errors quote. */
  public static final String FORM = "lan, wan or local";

  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a config value in any case.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static GossipPreset parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
