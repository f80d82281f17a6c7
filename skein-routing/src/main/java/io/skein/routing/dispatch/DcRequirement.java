package io.skein.routing.dispatch;

/**
 * How many replicas of one datacenter must answer before the client is answered.
 *
 * @param dc the datacenter's name
 * @param dcOrdinal its position in distance order (0 = local)
 * @param replicas the racks of the DC that have an owner for the key (every rack does in a
 *     validated pool), the {@code n} of the quorum
 * @param required answers needed from this DC; 0 when its copies are written asynchronously
 *     (remote DCs at the three lower write levels)
 */
public record DcRequirement(String dc, int dcOrdinal, int replicas, int required) {}
