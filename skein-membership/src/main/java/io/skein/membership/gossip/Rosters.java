package io.skein.membership.gossip;

import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;

/**
 * The handler's roster of the current topology, rebuilt once per layout change (and only for
 * the newest pool). Reads are lock-free; a rebuild takes a lock so two threads never build
 * rosters of the same layout with different monitors.
 */
final class Rosters {

  private final TopologyHolder topology;
  private final DetectorConfigs configs;
  private final Object lock = new Object();
  private volatile Roster roster;

  Rosters(TopologyHolder topology, DetectorConfigs configs) {
    this.topology = topology;
    this.configs = configs;
    this.roster = Roster.build(topology.current(), null, configs);
  }

  /** The roster of the current topology. */
  Roster current() {
    ServerPool pool = topology.current();
    Roster r = roster;
    if (r.layout == pool.layoutIdentity()) {
      return r;
    }
    synchronized (lock) {
      pool = topology.current(); // build for the newest pool, never for an older one
      r = roster;
      if (r.layout != pool.layoutIdentity()) {
        r = Roster.build(pool, r, configs);
        roster = r;
      }
      return r;
    }
  }

  /** The roster last built, without checking the topology. */
  Roster latest() {
    return roster;
  }
}
