package io.skein.server.cluster;

/**
 * The data plane's counters at one moment, for INFO's {@code replication} section and the
 * Prometheus endpoint.
 *
 * @param replicaWritesApplied commands this node applied as a replica
 * @param replicaRequestsRefused replica requests refused as malformed
 * @param retriesQueued writes queued for retry (remote DCs, failed replicas, hints)
 * @param retriesDelivered queued writes that landed
 * @param retriesGaveUp queued writes given up (too old, or the queue was full)
 * @param retriesPending writes waiting in the queue now
 * @param readRepairs stale replicas repaired by quorum reads
 * @param readRepairFailures repairs that could not fetch the newest value
 * @param levelFailures client commands answered with a consistency-level error
 * @param publishFailures PUBLISH deliveries that did not reach a node
 */
public record ClusterStats(long replicaWritesApplied, long replicaRequestsRefused,
    long retriesQueued, long retriesDelivered, long retriesGaveUp, long retriesPending,
    long readRepairs, long readRepairFailures, long levelFailures, long publishFailures) {

  /** A standalone node's figures. */
  public static final ClusterStats NONE = new ClusterStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
