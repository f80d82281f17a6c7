package io.skein.routing.pool;

import java.util.List;

/**
 * A datacenter of a pool: its racks in name order, and the rack that receives this node's
 * writes when the datacenter is remote.
 *
 * @param name the datacenter's name
 * @param ordinal its position in distance order: 0 is the local DC, then the configured
 *     order, then by name
 * @param racks its racks in name order
 * @param preselected for a remote DC, the racks that receive this node's lower-level writes:
 *     the preselected rack first, then the others it fails over to, in order; for the local DC,
 *     the racks in snitch order (local rack first)
 */
public record Datacenter(String name, int ordinal, List<Rack> racks, List<Rack> preselected) {

  public Datacenter {
    racks = List.copyOf(racks);
    preselected = List.copyOf(preselected);
  }

  /** Racks in this DC; each holds a full copy, so this is the DC's replication factor. */
  public int replicas() {
    return racks.size();
  }

  /** True for the datacenter this node is in. */
  public boolean isLocal() {
    return ordinal == 0;
  }
}
