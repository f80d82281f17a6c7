package io.skein.server.cluster;

import io.skein.routing.pool.TopologyHolder;
import io.skein.transport.PeerTransport;

/**
 * What a node needs to join the cluster's data plane: the topology it starts from (validated
 * for coverage when the pool was built) and the peer transport to reach the other nodes.
 *
 * @param topology the ring, replaced as peers change state
 * @param transport the peer transport, not yet started
 * @param timeoutMillis how long a client waits for its consistency level ({@code timeout})
 */
public record ClusterSetup(TopologyHolder topology, PeerTransport transport, long timeoutMillis) {

  public ClusterSetup {
    if (timeoutMillis <= 0) {
      throw new IllegalArgumentException("timeout: " + timeoutMillis + " (expected: > 0 ms)");
    }
  }
}
