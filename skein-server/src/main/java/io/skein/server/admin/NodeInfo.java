package io.skein.server.admin;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The node-wide figures of Dynomite's {@code /info}; the rack and dc come from the topology.
 *
 * @param source the node's name ({@code source} in Dynomite's JSON, its host name there)
 * @param version Skein's version
 * @param uptimeSeconds seconds since the node started
 * @param timestampSeconds the wall clock, seconds since the epoch
 * @param totalConnections client connections accepted since start
 * @param currConnections client connections open now
 * @param poolStats the pool's counters ({@code dyn_o_mite: {...}} in Dynomite's JSON), by name
 * @param datastoreName the datastore's name, the key of its nested counters
 * @param datastoreStats the datastore's counters, by name
 */
public record NodeInfo(String source, String version, long uptimeSeconds, long timestampSeconds,
    long totalConnections, long currConnections, Map<String, Long> poolStats,
    String datastoreName, Map<String, Long> datastoreStats) {

  public NodeInfo {
    poolStats = Collections.unmodifiableMap(new TreeMap<>(poolStats));
    datastoreStats = Collections.unmodifiableMap(new TreeMap<>(datastoreStats));
  }
}
