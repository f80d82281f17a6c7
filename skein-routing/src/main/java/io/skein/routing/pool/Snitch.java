package io.skein.routing.pool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Distance order: the local rack, then the other racks of the local DC, then the remote DCs.
 *
 * <p>All ties are broken by name so every node that holds the same topology computes the same
 * order, and a test can state it. Remote DCs follow the configured order ({@code dcOrder}),
 * then the rest by name. Within a remote DC the preselected rack comes first; Dynomite's rule
 * picks rack {@code localRackOrdinal % racksThere} (racks by name), which spreads the cross-DC
 * traffic of a DC's racks over the remote racks instead of sending it all to one, and the
 * failover order continues round the remote racks from there.
 */
public final class Snitch {

  private Snitch() {}

  /** Datacenter names nearest first: local, configured order, then by name. */
  public static List<String> datacenterOrder(String localDc, Set<String> dcs,
      List<String> configuredOrder) {
    Set<String> order = new LinkedHashSet<>();
    order.add(localDc);
    for (String dc : configuredOrder) {
      if (dcs.contains(dc)) {
        order.add(dc);
      }
    }
    order.addAll(new TreeSet<>(dcs));
    return List.copyOf(order);
  }

  /**
   * The racks of one DC in the order this node uses them: for the local DC the local rack and
   * then the others by name; for a remote DC the preselected rack and then round from it.
   *
   * @param racksByName the DC's racks in name order
   * @param start the local rack's position (local DC) or the local rack's position in the local
   *     DC (remote DC; reduced modulo the remote rack count)
   * @param local true for the local DC
   */
  public static List<Rack> rackOrder(List<Rack> racksByName, int start, boolean local) {
    List<Rack> order = new ArrayList<>(racksByName.size());
    int n = racksByName.size();
    if (local) {
      order.add(racksByName.get(start));
      for (int i = 0; i < n; i++) {
        if (i != start) {
          order.add(racksByName.get(i));
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        order.add(racksByName.get((start + i) % n));
      }
    }
    return order;
  }

  /** Every rack of the pool nearest first: the concatenation of each DC's rack order. */
  public static List<Rack> readOrder(List<Datacenter> datacentersNearestFirst) {
    List<Rack> order = new ArrayList<>();
    for (Datacenter dc : datacentersNearestFirst) {
      order.addAll(dc.preselected());
    }
    return List.copyOf(order);
  }
}
