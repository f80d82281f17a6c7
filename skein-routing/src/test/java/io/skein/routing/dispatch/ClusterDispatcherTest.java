package io.skein.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HashSlot;
import io.skein.routing.hash.DynHash;
import io.skein.routing.hash.DynToken;
import io.skein.routing.hash.HashTag;
import io.skein.routing.pool.Rack;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.testing.Topologies;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PeerState;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.SlotAssignments;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClusterDispatcherTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSingleLocalPeerPlansLocalDatastoreAsTheSeedExampleSays() {
    PoolConfig cfg = PoolConfig.defaults("d", "r");
    Peer local = new Peer(0, PeerEndpoint.tcp("h", 1), "r", "d", List.of(DynToken.fromU32(0)),
        true, true, false);
    ClusterDispatcher disp = new ClusterDispatcher(ServerPool.create(cfg, List.of(local)));
    DispatchPlan plan = disp.plan(Request.read(1), bytes("foo"));
    assertThat(plan).isSameAs(DispatchPlan.LocalDatastore.INSTANCE);
  }

  @Test
  void unevenRacksSendEachRackToItsOwnOwner() {
    ServerPool pool = Topologies.pool("dc1:r1=2,r2=1,r3=3")
        .withConsistency(ConsistencyLevel.DC_QUORUM, ConsistencyLevel.DC_QUORUM);
    ClusterDispatcher disp = new ClusterDispatcher(pool);
    for (String key : List.of("a", "foo", "user:1000", "k9", "zz")) {
      long token = DynHash.MURMUR.token(bytes(key));
      DispatchPlan.Replicas plan = (DispatchPlan.Replicas) disp.plan(Request.write(1), bytes(key));
      assertThat(plan.targets()).extracting(t -> t.peer().index()).as(key).containsExactlyElementsOf(
          pool.localDc().preselected().stream().map(r -> r.continuum().owner(token)).toList());
      assertThat(plan.requirements()).singleElement()
          .isEqualTo(new DcRequirement("dc1", 0, 3, 2));
    }
  }

  @Test
  void hashTagSelectsWhatIsHashed() {
    ServerPool pool = ServerPool.create(Topologies.config("dc1:r1=5", Distribution.VNODE)
        .withHashTag(HashTag.BRACES), Topologies.withoutLocal(Topologies.peers("dc1:r1=5")));
    ClusterDispatcher disp = new ClusterDispatcher(pool);
    for (int i = 0; i < 50; i++) {
      assertThat(owner(disp.plan(Request.read(i), bytes("{user" + i + "}.name"))))
          .isEqualTo(owner(disp.plan(Request.read(i), bytes("user" + i))));
    }
  }

  @Test
  void slotsDistributionPlacesBySlotMap() {
    ServerPool pool = Topologies.pool("dc1:r1=4", Distribution.SLOTS);
    ClusterDispatcher disp = new ClusterDispatcher(Topologies.withoutLocalPool(pool));
    // Evenly split: peer i owns slots [4096 i, 4096 (i+1)).
    for (String key : List.of("foo", "bar", "123456789", "{user1000}.following")) {
      int slot = HashSlot.of(bytes(key));
      assertThat(owner(disp.plan(Request.read(1), bytes(key)))).as(key).isEqualTo(slot / 4096);
    }
  }

  @Test
  void modulaTakesTheTokenModuloTheRacksNodesInIndexOrder() {
    ServerPool pool = Topologies.withoutLocalPool(Topologies.pool("dc1:r1=3", Distribution.MODULA));
    ClusterDispatcher disp = new ClusterDispatcher(pool);
    for (String key : List.of("a", "b", "c", "foo", "bar")) {
      assertThat(owner(disp.plan(Request.read(1), bytes(key))))
          .isEqualTo((int) (DynHash.MURMUR.token(bytes(key)) % 3));
    }
  }

  @Test
  void randomDistributionIsReproduciblePerRequestAndSpreadsOverRequests() {
    ServerPool pool = Topologies.withoutLocalPool(Topologies.pool("dc1:r1=4", Distribution.RANDOM));
    ClusterDispatcher disp = new ClusterDispatcher(pool);
    Set<Integer> seen = new HashSet<>();
    for (long id = 0; id < 200; id++) {
      int owner = owner(disp.plan(Request.read(id), bytes("same-key")));
      assertThat(owner(disp.plan(Request.read(id), bytes("same-key")))).isEqualTo(owner);
      seen.add(owner);
    }
    assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void shadowDistributionCountsEveryKeyWhereTheOwnersDiffer() {
    List<Peer> peers = Topologies.withoutLocal(Topologies.peers("dc1:r1=4"));
    PoolConfig cfg = Topologies.config("dc1:r1=4", Distribution.VNODE)
        .withDistributionShadow(Distribution.SLOTS);
    ServerPool pool = ServerPool.create(cfg, peers, SlotAssignments.evenly(peers));
    ClusterDispatcher disp = new ClusterDispatcher(pool);
    Rack rack = pool.localRack();
    long expected = 0;
    long before = ClusterDispatcher.distributionShadowDisagreementTotal();
    for (int i = 0; i < 1000; i++) {
      byte[] key = bytes("key:" + i);
      disp.plan(Request.read(i), key);
      int vnode = rack.owner(Distribution.VNODE, DynHash.MURMUR.token(key), 0, 0);
      int slots = rack.owner(Distribution.SLOTS, 0, HashSlot.of(key), 0);
      expected += vnode != slots ? 1 : 0;
    }
    assertThat(expected).isBetween(1L, 999L);
    assertThat(ClusterDispatcher.distributionShadowDisagreementTotal() - before)
        .isEqualTo(expected);
    ClusterDispatcher.resetDistributionShadowDisagreementTotal();
    assertThat(ClusterDispatcher.distributionShadowDisagreementTotal()).isZero();
  }

  @Test
  void plansFollowTheHoldersCurrentTopology() {
    TopologyHolder holder = new TopologyHolder(Topologies.pool("dc1:r1=1,r2=1,r3=1"));
    ClusterDispatcher disp = new ClusterDispatcher(holder);
    assertThat(disp.plan(Request.read(1), bytes("k"))).isSameAs(DispatchPlan.LocalDatastore.INSTANCE);
    holder.updatePeerState(0, PeerState.DOWN);
    assertThat(PlanText.of(disp.plan(Request.read(1), bytes("k"))))
        .isEqualTo("p1@LOCAL_DC need dc1 1/3 FIRST_REPLY");
    holder.replace(Topologies.pool("dc1:r1=1"));
    assertThat(disp.plan(Request.write(1), bytes("k"))).isSameAs(DispatchPlan.LocalDatastore.INSTANCE);
  }

  @ParameterizedTest
  @EnumSource(PeerState.class)
  void onlyDownKeepsAPeerOutOfPlans(PeerState state) {
    ServerPool pool = Topologies.withoutLocalPool(Topologies.pool("dc1:r1=1"))
        .withPeerState(0, state);
    DispatchPlan plan = new ClusterDispatcher(pool).plan(Request.read(1), bytes("k"));
    assertThat(plan instanceof DispatchPlan.Replicas).isEqualTo(state != PeerState.DOWN);
  }

  private static int owner(DispatchPlan plan) {
    return ((DispatchPlan.Replicas) plan).targets().get(0).peer().index();
  }
}
