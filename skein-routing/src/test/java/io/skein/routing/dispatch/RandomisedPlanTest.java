package io.skein.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.pool.Datacenter;
import io.skein.routing.pool.Rack;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.testing.Topologies;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random topologies, Down sets, levels and keys; the seed is in every failure. */
class RandomisedPlanTest {

  private static String randomShape(SplittableRandom random) {
    StringBuilder shape = new StringBuilder();
    int dcs = 1 + random.nextInt(3);
    for (int d = 0; d < dcs; d++) {
      shape.append(d == 0 ? "" : ";").append("dc").append(d).append(':');
      int racks = 1 + random.nextInt(4);
      for (int r = 0; r < racks; r++) {
        shape.append(r == 0 ? "" : ",").append("r").append(r).append('=')
            .append(1 + random.nextInt(4));
      }
    }
    return shape.toString();
  }

  private static byte[] randomKey(SplittableRandom random) {
    byte[] key = new byte[random.nextInt(24)];
    random.nextBytes(key);
    return key;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyRackHasExactlyOneOwnerForAnyKey(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 20; round++) {
      String shape = randomShape(random);
      Distribution distribution = Distribution.values()[random.nextInt(4)];
      ServerPool pool = Topologies.withoutLocalPool(Topologies.pool(shape, distribution))
          .withConsistency(ConsistencyLevel.DC_EACH_SAFE_QUORUM,
              ConsistencyLevel.DC_EACH_SAFE_QUORUM);
      ClusterDispatcher disp = new ClusterDispatcher(pool);
      for (int k = 0; k < 200; k++) {
        DispatchPlan.Replicas plan =
            (DispatchPlan.Replicas) disp.plan(Request.read(k), randomKey(random));
        String where = "seed " + seed + " shape " + shape + " " + distribution;
        Set<Rack> covered = new HashSet<>();
        for (ReplicaTarget t : plan.targets()) {
          Rack rack = rackOf(pool, t.peer());
          assertThat(covered.add(rack)).as(where + ": second owner in " + rack).isTrue();
          assertThat(t.rack()).as(where).isEqualTo(rack.name());
        }
        assertThat(covered).as(where).hasSize(pool.snitchOrder().size());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void plansNeverIncludeADownPeerAndRefuseOnlyWhenTheLevelCannotBeMet(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 40; round++) {
      String shape = randomShape(random);
      ServerPool pool = Topologies.pool(shape);
      if (random.nextBoolean()) {
        pool = Topologies.withoutLocalPool(pool);
      }
      for (Peer peer : pool.peers()) {
        if (random.nextInt(3) == 0) {
          pool = pool.withPeerState(peer.index(), PeerState.DOWN);
        }
      }
      ConsistencyLevel level = ConsistencyLevel.values()[random.nextInt(4)];
      pool = pool.withConsistency(level, level);
      ClusterDispatcher disp = new ClusterDispatcher(pool);
      for (int k = 0; k < 100; k++) {
        Request request = new Request(k, Operation.values()[random.nextInt(2)]);
        DispatchPlan plan = disp.plan(request, randomKey(random));
        String where = "seed " + seed + " shape " + shape + " " + level + " " + request
            + " plan " + PlanText.of(plan);
        if (plan instanceof DispatchPlan.Replicas replicas) {
          for (ReplicaTarget t : replicas.targets()) {
            assertThat(pool.isRoutable(t.peer().index())).as(where).isTrue();
          }
          for (DcRequirement r : replicas.requirements()) {
            long planned = replicas.targets().stream()
                .filter(t -> t.dcOrdinal() == r.dcOrdinal()).count();
            assertThat(planned).as(where).isGreaterThanOrEqualTo(r.required());
          }
        } else if (plan instanceof DispatchPlan.NoTargets none) {
          assertThat(none.reason()).as(where).startsWith(level + " not reached: ")
              .contains(" required replicas available");
        } else {
          assertThat(pool.localPeerIndex()).as(where).isNotNegative();
        }
      }
    }
  }

  private static Rack rackOf(ServerPool pool, Peer peer) {
    for (Datacenter dc : pool.datacenters()) {
      for (Rack rack : dc.racks()) {
        if (rack.peers().contains(peer)) {
          return rack;
        }
      }
    }
    throw new AssertionError(peer + " is in no rack");
  }

}
