package io.skein.server.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How a node runs membership gossip.
 *
 * @param preset the timings ({@code gossip_preset}, default {@code lan})
 * @param enabled false runs the configured topology with no failure detection
 *     ({@code enable_gossip}; Skein's default is true, where Dynomite's is false, because
 *     without it a dead peer is never marked Down)
 * @param interval Dynomite's {@code gos_interval} when given: overrides the preset's gossip
 *     interval
 */
public record GossipSettings(GossipPreset preset, boolean enabled, Optional<Duration> interval) {

  public static final GossipSettings DEFAULTS =
      new GossipSettings(GossipPreset.LAN, true, Optional.empty());
}
