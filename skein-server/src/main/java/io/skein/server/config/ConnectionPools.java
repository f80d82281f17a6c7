package io.skein.server.config;

/**
 * How many connections a node keeps to each peer and to an external datastore (Dynomite's
 * {@code local_peer_connections}, {@code remote_peer_connections}, {@code datastore_connections};
 * each defaults to 1, Dynomite's default: one pipelined connection keeps order per peer).
 *
 * @param localPeer connections to each peer of the local datacenter
 * @param remotePeer connections to each peer of a remote datacenter
 * @param datastore connections to the external datastore
 */
public record ConnectionPools(int localPeer, int remotePeer, int datastore) {

  /** Largest accepted pool; beyond it a typo (10000) would exhaust file descriptors. */
  public static final int MAX = 1024;

  public static final ConnectionPools DEFAULTS = new ConnectionPools(1, 1, 1);

  public ConnectionPools {
    check("local_peer_connections", localPeer);
    check("remote_peer_connections", remotePeer);
    check("datastore_connections", datastore);
  }

  private static void check(String key, int n) {
    if (n < 1 || n > MAX) {
      throw new IllegalArgumentException(key + ": " + n + " (expected: 1.." + MAX + ")");
    }
  }
}
