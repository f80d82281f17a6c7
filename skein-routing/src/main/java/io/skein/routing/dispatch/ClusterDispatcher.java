package io.skein.routing.dispatch;

import io.skein.core.HashSlot;
import io.skein.routing.dispatch.DispatchPlan.LocalDatastore;
import io.skein.routing.dispatch.DispatchPlan.NoTargets;
import io.skein.routing.dispatch.DispatchPlan.Replicas;
import io.skein.routing.hash.HashTag;
import io.skein.routing.pool.Datacenter;
import io.skein.routing.pool.Rack;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PoolConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans each request against the current topology: DESIGN §2's table.
 *
 * <p>Contract: {@link #plan} is pure with respect to its inputs (the current pool, the request
 * and the key) apart from bumping the shadow counter; it never returns a Down peer as a target,
 * never blocks, and is safe to call from any number of threads.
 *
 * <p>Design note. Per level: DC_ONE reads take the first healthy owner in snitch order (the
 * local rack, then the local DC's other racks, then remote DCs). The three lower write levels
 * go to the owner in every local rack plus, per remote DC, the owner in the preselected rack,
 * failing over round that DC's racks when the owner is Down; remote copies are asynchronous
 * (required 0) and a remote DC with no healthy owner becomes a hint. Quorum reads go to every
 * local rack; DC_EACH_SAFE_QUORUM goes to every rack of every DC. A quorum is
 * {@code floor(n/2)+1} over the DC's racks (every rack has an owner in a validated pool), Down
 * owners included in {@code n}; if the healthy owners cannot reach it, the plan is
 * {@code NoTargets} at once rather than a request that can only time out. When the one target
 * is this node, the plan is {@code LocalDatastore}.
 */
public final class ClusterDispatcher {

  private final TopologyHolder topology;
  private volatile PlanTables tables;

  /** A dispatcher over a fixed pool (tests, tools). */
  public ClusterDispatcher(ServerPool pool) {
    this(new TopologyHolder(pool));
  }

  /** A dispatcher that plans every request against the holder's current pool. */
  public ClusterDispatcher(TopologyHolder topology) {
    this.topology = topology;
    this.tables = new PlanTables(topology.current());
  }

  /** Plans a request for {@code key}. */
  public DispatchPlan plan(Request request, byte[] key) {
    return plan(request, key, 0, key.length);
  }

  /** Plans a request for the key in {@code key[offset, offset + length)}. */
  public DispatchPlan plan(Request request, byte[] key, int offset, int length) {
    ServerPool pool = topology.current();
    PlanTables t = tablesFor(pool);
    PoolConfig config = pool.config();
    Distribution primary = config.distribution();
    Distribution shadow = config.distributionShadow().orElse(null);
    long token = 0;
    int slot = 0;
    if (primary.usesKeyHash() || (shadow != null && shadow.usesKeyHash())) {
      token = token(config, key, offset, length);
    }
    if (primary == Distribution.SLOTS || shadow == Distribution.SLOTS) {
      slot = HashSlot.of(key, offset, length);
    }
    long id = request.id();
    if (shadow != null) {
      compareShadow(pool, primary, shadow, token, slot, id);
    }
    Operation op = request.operation();
    ConsistencyLevel level =
        op == Operation.READ ? config.readConsistency() : config.writeConsistency();
    KeyPoint at = new KeyPoint(primary, token, slot, id);
    if (level == ConsistencyLevel.DC_EACH_SAFE_QUORUM) {
      return planEveryRack(pool, t, op, at);
    }
    if (op == Operation.WRITE) {
      return planLocalAndPreselected(pool, t, level, at);
    }
    return level == ConsistencyLevel.DC_ONE
        ? planNearest(pool, t, at)
        : planLocalDc(pool, t, level, at);
  }

  /** The key's place, per request; a value the JIT keeps in registers. */
  private record KeyPoint(Distribution distribution, long token, int slot, long requestId) {
    int owner(Rack rack) {
      return rack.owner(distribution, token, slot, requestId);
    }
  }

  private static long token(PoolConfig config, byte[] key, int offset, int length) {
    if (config.hashTag().isPresent()) {
      long part = config.hashTag().get().select(key, offset, length);
      return config.hash().token(key, HashTag.start(part), HashTag.length(part));
    }
    return config.hash().token(key, offset, length);
  }

  private PlanTables tablesFor(ServerPool pool) {
    PlanTables t = tables;
    if (t.layout != pool.layoutIdentity()) {
      // A new topology: derive its tables once; a racing thread may derive them too, harmless.
      t = new PlanTables(pool);
      tables = t;
    }
    return t;
  }

  private static DispatchPlan planNearest(ServerPool pool, PlanTables t, KeyPoint at) {
    for (Rack rack : pool.snitchOrder()) {
      int owner = at.owner(rack);
      if (pool.isRoutable(owner)) {
        if (owner == pool.localPeerIndex()) {
          return LocalDatastore.INSTANCE;
        }
        ReplicaTarget target = t.targetOf[owner];
        return new Replicas(ConsistencyLevel.DC_ONE, Operation.READ, List.of(target),
            t.readOneIn.get(target.dcOrdinal()), ReplyRule.FIRST_REPLY, List.of());
      }
    }
    return notReached(ConsistencyLevel.DC_ONE, 0, 1, null);
  }

  private static DispatchPlan planLocalDc(ServerPool pool, PlanTables t, ConsistencyLevel level,
      KeyPoint at) {
    List<Rack> racks = pool.localDc().preselected();
    ReplicaTarget[] targets = new ReplicaTarget[racks.size()];
    int n = 0;
    for (Rack rack : racks) {
      int owner = at.owner(rack);
      if (pool.isRoutable(owner)) {
        targets[n++] = t.targetOf[owner];
      }
    }
    int required = t.readQuorum.get(0).required();
    if (n < required) {
      return notReached(level, n, required, null);
    }
    if (n == 1 && required == 1 && targets[0].peer().index() == pool.localPeerIndex()) {
      return LocalDatastore.INSTANCE;
    }
    return new Replicas(level, Operation.READ, new TargetList<>(targets, n), t.readQuorum,
        PlanTables.rule(Operation.READ, level), List.of());
  }

  private static DispatchPlan planLocalAndPreselected(ServerPool pool, PlanTables t,
      ConsistencyLevel level, KeyPoint at) {
    List<Datacenter> dcs = pool.datacenters();
    ReplicaTarget[] targets = new ReplicaTarget[t.rackCount];
    List<Peer> hinted = null;
    int n = 0;
    for (Rack rack : dcs.get(0).preselected()) {
      int owner = at.owner(rack);
      if (pool.isRoutable(owner)) {
        targets[n++] = t.targetOf[owner];
      } else {
        hinted = hint(hinted, pool.peer(owner));
      }
    }
    List<DcRequirement> requirements = t.writeRequirements(level);
    int required = requirements.get(0).required();
    if (n < required) {
      return notReached(level, n, required, null);
    }
    for (int d = 1; d < dcs.size(); d++) {
      List<Rack> failover = dcs.get(d).preselected();
      int chosen = -1;
      for (Rack rack : failover) {
        int owner = at.owner(rack);
        if (pool.isRoutable(owner)) {
          chosen = owner;
          break;
        }
      }
      if (chosen >= 0) {
        targets[n++] = t.targetOf[chosen];
      } else {
        hinted = hint(hinted, pool.peer(at.owner(failover.get(0))));
      }
    }
    if (n == 1 && hinted == null && targets[0].peer().index() == pool.localPeerIndex()) {
      return LocalDatastore.INSTANCE;
    }
    return new Replicas(level, Operation.WRITE, new TargetList<>(targets, n), requirements,
        PlanTables.rule(Operation.WRITE, level), hinted == null ? List.of() : List.copyOf(hinted));
  }

  private static DispatchPlan planEveryRack(ServerPool pool, PlanTables t, Operation op,
      KeyPoint at) {
    ReplicaTarget[] targets = new ReplicaTarget[t.rackCount];
    List<Peer> hinted = null;
    int n = 0;
    for (Datacenter dc : pool.datacenters()) {
      int healthy = 0;
      for (Rack rack : dc.preselected()) {
        int owner = at.owner(rack);
        if (pool.isRoutable(owner)) {
          targets[n++] = t.targetOf[owner];
          healthy++;
        } else if (op == Operation.WRITE) {
          hinted = hint(hinted, pool.peer(owner));
        }
      }
      int required = t.eachQuorum.get(dc.ordinal()).required();
      if (healthy < required) {
        return notReached(ConsistencyLevel.DC_EACH_SAFE_QUORUM, healthy, required, dc.name());
      }
    }
    if (n == 1 && hinted == null && targets[0].peer().index() == pool.localPeerIndex()) {
      return LocalDatastore.INSTANCE;
    }
    return new Replicas(ConsistencyLevel.DC_EACH_SAFE_QUORUM, op, new TargetList<>(targets, n),
        t.eachQuorum, ReplyRule.IDENTICAL_QUORUM,
        hinted == null ? List.of() : List.copyOf(hinted));
  }

  private static List<Peer> hint(List<Peer> hinted, Peer peer) {
    List<Peer> list = hinted == null ? new ArrayList<>(2) : hinted;
    list.add(peer);
    return list;
  }

  private static NoTargets notReached(ConsistencyLevel level, int available, int required,
      String dc) {
    return new NoTargets(level + " not reached: " + available + " of " + required
        + " required replicas available" + (dc == null ? "" : " in dc '" + dc + "'"));
  }

  /** Counts the key once if the shadow distribution picks another owner in any local rack. */
  private static void compareShadow(ServerPool pool, Distribution primary, Distribution shadow,
      long token, int slot, long requestId) {
    for (Rack rack : pool.localDc().racks()) {
      if (rack.owner(primary, token, slot, requestId)
          != rack.owner(shadow, token, slot, requestId)) {
        ShadowDisagreements.increment();
        return;
      }
    }
  }

  /**
   * The process-wide {@code distribution_shadow_disagreement_total}: keys for which the shadow
   * distribution chose a different owner than the real one, in any rack of the local DC.
   */
  public static long distributionShadowDisagreementTotal() {
    return ShadowDisagreements.total();
  }

  /** Resets the shadow counter. For tests that need a clean baseline; never in production. */
  public static void resetDistributionShadowDisagreementTotal() {
    ShadowDisagreements.reset();
  }
}
