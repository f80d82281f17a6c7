package io.skein.server.config;

import io.skein.core.HostAndPort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the keys that name other nodes: {@code dyn_seeds}, {@code seeds}, {@code servers}. */
final class TopologyKeys {

  /** Dynomite's only provider reads {@code dyn_seeds}; florida and dns fetch them remotely. */
  private static final String SIMPLE_PROVIDER = "simple_provider";

  private final ConfigSection s;

  TopologyKeys(ConfigSection s) {
    this.s = s;
  }

  List<SeedPeer> dynSeeds(HostAndPort ownPeerAddress) {
    String provider = s.text("dyn_seed_provider").orElse(SIMPLE_PROVIDER).strip();
    if (!provider.equals(SIMPLE_PROVIDER)) {
      throw s.fail("dyn_seed_provider", "'" + provider + "'", SIMPLE_PROVIDER
          + " (Skein reads the dyn_seeds list; for discovery, list peers under seeds)");
    }
    List<String> entries = s.list("dyn_seeds", SeedPeer.FORM);
    List<SeedPeer> seeds = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      try {
        seeds.add(SeedPeer.parse(entries.get(i)));
      } catch (IllegalArgumentException e) {
        throw s.fail("dyn_seeds[" + i + "]", "'" + entries.get(i) + "'", SeedPeer.FORM);
      }
    }
    checkDistinct("dyn_seeds",
        seeds.stream().map(SeedPeer::address).toList(), ownPeerAddress);
    return seeds;
  }

  /** Skein's {@code seeds}: peer addresses a joining node contacts first. */
  List<HostAndPort> seeds() {
    List<String> entries = s.list("seeds", "peer addresses, " + Formats.ADDRESS);
    List<HostAndPort> seeds = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      try {
        seeds.add(Formats.address(entries.get(i)));
      } catch (IllegalArgumentException e) {
        throw s.fail("seeds[" + i + "]", "'" + entries.get(i) + "'", "a peer address, "
            + Formats.ADDRESS);
      }
    }
    return seeds;
  }

  DatastoreServer datastoreServer(String entry) {
    try {
      return DatastoreServer.parse(entry);
    } catch (IllegalArgumentException e) {
      throw s.fail("servers[0]", "'" + entry + "'", DatastoreServer.FORM);
    }
  }

  /** Addresses of seeds must be distinct and must not be this node's own. */
  private void checkDistinct(String key, List<HostAndPort> addresses,
      HostAndPort own) {
    Set<HostAndPort> seen = new HashSet<>();
    for (int i = 0; i < addresses.size(); i++) {
      HostAndPort a = addresses.get(i);
      if (a.equals(own)) {
        throw s.fail(key + "[" + i + "]", "'" + a + "' is this node's own dyn_listen",
            "the other nodes of the cluster");
      }
      if (!seen.add(a)) {
        throw s.fail(key + "[" + i + "]", "'" + a + "' is listed twice", "each node once");
      }
    }
  }
}
