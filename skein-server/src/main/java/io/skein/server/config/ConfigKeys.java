package io.skein.server.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every key a node's config may hold: Dynomite's {@code dyn_o_mite:} keys (those Skein uses and
 * those it accepts with a warning) and Skein's own. docs/operations.md lists them with their
 * defaults; keep the two in step.
 *
 * <p>Why a key Skein does not use is a warning and not an error: a Dynomite config must load
 * unchanged. Why any other unknown key is an error: a typo must never fall back to a default
 * silently (a misspelt {@code write_consistency} would leave writes at DC_ONE).
 */
final class ConfigKeys {

  /** Where a key comes from and whether Skein acts on it. */
  enum Origin {
    /** A Dynomite key Skein reads. */
    DYNOMITE,
    /** A Dynomite key Skein accepts and ignores, with a warning that says why. */
    DYNOMITE_UNUSED,
    /** Skein's own key. */
    SKEIN
  }

  /** One key; {@code reason} says why an unused Dynomite key is ignored. */
  record Key(String name, Origin origin, String reason) {}

  private static final String RECONCILIATION =
      "replicas are repaired by versions, not Dynomite's reconciliation";
  private static final Map<String, Key> KEYS = build();

  private ConfigKeys() {}

  private static Map<String, Key> build() {
    Map<String, Key> m = new LinkedHashMap<>();
    for (String k : new String[] {"listen", "dyn_listen", "dyn_seeds", "dyn_seed_provider",
        "tokens", "rack", "datacenter", "read_consistency", "write_consistency", "stats_listen",
        "timeout", "hash", "hash_tag", "distribution", "data_store", "servers", "redis_requirepass",
        "secure_server_option", "local_peer_connections", "remote_peer_connections",
        "datastore_connections", "gos_interval", "enable_gossip"}) {
      m.put(k, new Key(k, Origin.DYNOMITE, ""));
    }
    unused(m, "backlog", "the client listener's backlog is Redis's 511");
    unused(m, "client_connections",
        "Dynomite ignores it too; CONFIG SET maxclients limits clients");
    unused(m, "preconnect", "peer connections open when the node starts");
    unused(m, "auto_eject_hosts", "the phi-accrual failure detector marks peers Down");
    unused(m, "server_retry_timeout", "the failure detector decides when a peer is back");
    unused(m, "server_failure_limit", "the failure detector decides when a peer is Down");
    unused(m, "server_connections", "deprecated in Dynomite; see datastore_connections");
    unused(m, "dyn_read_timeout", "requests are bounded by timeout");
    unused(m, "dyn_write_timeout", "requests are bounded by timeout");
    unused(m, "dyn_port", "deprecated in Dynomite; the port of dyn_listen is used");
    unused(m, "dyn_connections", "see local_peer_connections and remote_peer_connections");
    unused(m, "pem_key_file", "peer frames are authenticated with cluster_secret");
    unused(m, "recon_key_file", RECONCILIATION);
    unused(m, "recon_iv_file", RECONCILIATION);
    unused(m, "env", "Skein does not look up cloud metadata");
    unused(m, "conn_msg_rate", "no per-connection message rate limit");
    unused(m, "stats_interval", "metrics are read live on every scrape");
    unused(m, "mbuf_size", "Netty's pooled buffers size themselves");
    unused(m, "max_msgs", "Netty's pooled buffers size themselves");
    unused(m, "redis", "an old Dynomite switch; the protocol is always Redis");
    for (String k : new String[] {"port", "bind", "requirepass", "maxmemory", "maxmemory_policy",
        "databases", "io_threads", "node_name", "cluster_secret", "cluster_secret_file", "seeds",
        "gossip_preset", "sbr", "distribution_shadow", "dc_order", PeerTlsKeys.CERT,
        PeerTlsKeys.KEY, PeerTlsKeys.CA}) {
      m.put(k, new Key(k, Origin.SKEIN, ""));
    }
    return Collections.unmodifiableMap(m);
  }

  private static void unused(Map<String, Key> m, String name, String reason) {
    m.put(name, new Key(name, Origin.DYNOMITE_UNUSED, reason));
  }

  /** The key named {@code name} (already in canonical {@code _} form), or null. */
  static Key find(String name) {
    return KEYS.get(name);
  }

  /** Skein's keys may be written with {@code -} (Redis's style) or {@code _} (Dynomite's). */
  static String canonical(String name) {
    return name.replace('-', '_');
  }

  /** The known key nearest to {@code name} by edit distance, for "did you mean". */
  static String nearest(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String key : new TreeSet<>(KEYS.keySet())) {
      int d = distance(name, key);
      if (d < bestDistance) {
        best = key;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance, two rows. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
