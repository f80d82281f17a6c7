package io.skein.routing.dispatch;

import io.skein.routing.topology.Peer;

/**
 * One replica a request is sent to.
 *
 * @param peer the owner of the key in its rack
 * @param rack the rack's name
 * @param dc the datacenter's name
 * @param role where it sits relative to this node
 * @param dcOrdinal its datacenter's position in distance order (0 = local), which links it to
 *     a {@link DcRequirement}
 */
public record ReplicaTarget(Peer peer, String rack, String dc, TargetRole role, int dcOrdinal) {}
