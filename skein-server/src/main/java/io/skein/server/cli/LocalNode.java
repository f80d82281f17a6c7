package io.skein.server.cli;

import io.skein.routing.hash.DynToken;

/**
 * One node of a {@code skein local} cluster: where it sits and the loopback ports it uses.
 *
 * @param name {@code dc1-r2-n1}: datacenter, rack, position in the rack
 * @param dc its datacenter
 * @param rack its rack
 * @param clientPort the Redis port
 * @param peerPort the peer port ({@code dyn_listen})
 * @param statsPort the admin HTTP port ({@code stats_listen})
 * @param token its token on the rack's ring, spread evenly over the rack's nodes
 */
record LocalNode(String name, String dc, String rack, int clientPort, int peerPort,
    int statsPort, DynToken token) {

  static final String HOST = "127.0.0.1";

  /** Its {@code dyn_seeds} entry, as the other nodes list it. */
  String seedEntry() {
    return HOST + ":" + peerPort + ":" + rack + ":" + dc + ":" + token;
  }

  /** Its config file's name in the cluster's directory. */
  String configFileName() {
    return name + ".yml";
  }

  /** Its log file's name in the cluster's directory. */
  String logFileName() {
    return name + ".log";
  }
}
