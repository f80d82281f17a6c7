package io.skein.routing.dispatch;

import io.skein.routing.pool.Datacenter;
import io.skein.routing.pool.Rack;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Peer;
import java.util.ArrayList;
import java.util.List;

/**
 * What the planner derives once per validated layout, so that {@code plan()} only looks up:
 * a {@link ReplicaTarget} per peer (its role never changes within a layout) and the
 * per-datacenter requirements of every level.
 */
final class PlanTables {

  final Object layout;
  final ReplicaTarget[] targetOf;
  final int rackCount;
  /** Lower-level writes: local DC required as the level says, remote DCs 0. */
  final List<DcRequirement> writeOne;
  final List<DcRequirement> writeQuorum;
  /** Local-DC quorum reads. */
  final List<DcRequirement> readQuorum;
  /** DC_EACH_SAFE_QUORUM: a quorum in every DC. */
  final List<DcRequirement> eachQuorum;
  /** DC_ONE reads, by the DC the target landed in after failover. */
  final List<List<DcRequirement>> readOneIn;

  PlanTables(ServerPool pool) {
    this.layout = pool.layoutIdentity();
    List<Peer> peers = pool.peers();
    int maxIndex = peers.isEmpty() ? -1 : peers.get(peers.size() - 1).index();
    this.targetOf = new ReplicaTarget[maxIndex + 1];
    int racks = 0;
    for (Datacenter dc : pool.datacenters()) {
      for (Rack rack : dc.racks()) {
        racks++;
        TargetRole role = dc.isLocal()
            ? (rack == pool.localRack() ? TargetRole.LOCAL_RACK : TargetRole.LOCAL_DC)
            : TargetRole.REMOTE_DC;
        for (Peer peer : rack.peers()) {
          targetOf[peer.index()] =
              new ReplicaTarget(peer, rack.name(), rack.dc(), role, dc.ordinal());
        }
      }
    }
    this.rackCount = racks;
    this.writeOne = requirements(pool, 1, false);
    this.writeQuorum = requirements(pool, -1, false);
    this.readQuorum = List.of(requirement(pool.localDc(), -1));
    this.eachQuorum = requirements(pool, -1, true);
    List<List<DcRequirement>> readOne = new ArrayList<>();
    for (Datacenter dc : pool.datacenters()) {
      readOne.add(List.of(requirement(dc, 1)));
    }
    this.readOneIn = List.copyOf(readOne);
  }

  /** Local DC needs {@code localRequired} (-1: quorum); remote DCs 0, or quorum if each. */
  private static List<DcRequirement> requirements(ServerPool pool, int localRequired,
      boolean each) {
    List<DcRequirement> list = new ArrayList<>();
    for (Datacenter dc : pool.datacenters()) {
      list.add(requirement(dc, dc.isLocal() || each ? localRequired : 0));
    }
    return List.copyOf(list);
  }

  private static DcRequirement requirement(Datacenter dc, int required) {
    int n = dc.replicas();
    return new DcRequirement(dc.name(), dc.ordinal(), n,
        required < 0 ? ConsistencyLevel.quorum(n) : required);
  }

  List<DcRequirement> writeRequirements(ConsistencyLevel level) {
    return switch (level) {
      case DC_ONE -> writeOne;
      case DC_QUORUM, DC_SAFE_QUORUM -> writeQuorum;
      case DC_EACH_SAFE_QUORUM -> eachQuorum;
    };
  }

  static ReplyRule rule(Operation operation, ConsistencyLevel level) {
    return switch (level) {
      case DC_ONE -> operation == Operation.READ ? ReplyRule.FIRST_REPLY : ReplyRule.FIRST_SUCCESS;
      case DC_QUORUM -> operation == Operation.READ
          ? ReplyRule.NEWEST_OF_QUORUM : ReplyRule.QUORUM_SUCCESSES;
      case DC_SAFE_QUORUM, DC_EACH_SAFE_QUORUM -> ReplyRule.IDENTICAL_QUORUM;
    };
  }
}
