package io.skein.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.swim.GossipConfig;
import io.skein.membership.swim.GossipEvent;
import io.skein.membership.swim.MemberInfo;
import io.skein.membership.swim.SwimStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole-cluster invariants at small N, each run a function of its seed. */
class MembershipSimulationTest {

  private static final GossipConfig LAN = GossipConfig.lan();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void aCrashedNodeIsMarkedFailedByEveryLiveNode(long seed) {
    MembershipSimulation.Detection d =
        MembershipSimulation.detection(LAN, NetworkModel.lan(), 10, 3, seed);
    assertThat(d.missed()).as("seed %d", seed).isZero();
    assertThat(Arrays.stream(d.millis()).boxed().toList()).as("seed %d", seed)
        .allMatch(ms -> ms > 0 && ms < MembershipSimulation.GIVE_UP_MILLIS);
  }

  @Test
  void aJoinReachesEveryNode() {
    long seed = 11;
    MembershipSimulation.Join j = MembershipSimulation.join(LAN, NetworkModel.lan(), 30, 3, seed);
    assertThat(j.missed()).as("seed %d", seed).isZero();
    assertThat(Arrays.stream(j.hops()).boxed().toList()).as("seed %d", seed)
        .allMatch(h -> h >= 1);
  }

  @Test
  void noFalseFailureUnderFivePercentLossAndStallsForAnHourAtTenNodes() {
    long seed = 5;
    FalsePositiveScenario r = FalsePositiveScenario.run(LAN, 10, 1.0, 0.05, 60_000, 2_000, seed);
    assertThat(r.stalls()).as("seed %d", seed).isGreaterThan(100);
    assertThat(r.suspicions()).as("seed %d: the network was bad enough to suspect", seed)
        .isPositive();
    assertThat(r.falseFailures()).as("seed %d", seed).isZero();
  }

  @Test
  void lifeguardStopsASlowNodeFromAccusingHealthyOnesByMoreThanTenfold() {
    long seed = 7;
    SlowNodeScenario swim = SlowNodeScenario.run(
        LAN.withLifeguard(false).withPauseGuard(false), 10, 0.1, 1_500, seed);
    SlowNodeScenario lifeguard = SlowNodeScenario.run(LAN, 10, 0.1, 1_500, seed);
    assertThat(swim.accusations()).as("seed %d", seed).isGreaterThan(100);
    assertThat(lifeguard.accusations() * 10).as("seed %d", seed)
        .isLessThan(swim.accusations());
  }

  @Test
  void aGracefulLeaveIsLeftEverywhereNeverFailed() {
    long seed = 13;
    SimCluster c = MembershipSimulation.bootstrap(LAN, NetworkModel.lan(), 10, seed);
    List<GossipEvent> events = new ArrayList<>();
    c.listen((now, node, from, event) -> events.add(event));
    SimNode leaver = c.node(4);
    c.at(c.now(), () -> c.leave(4));
    c.runUntil(c.now() + 5_000);
    c.crash(4); // the process exits after announcing
    c.runUntil(c.now() + 60_000);

    long left = events.stream().filter(e -> e instanceof GossipEvent.Left l
        && l.member().address().equals(leaver.address())).count();
    assertThat(left).as("seed %d", seed).isEqualTo(9);
    assertThat(events).as("seed %d", seed).noneMatch(e -> e instanceof GossipEvent.Failed
        || e instanceof GossipEvent.Suspected);
  }

  @Test
  void membershipConvergesAfterAPartitionLongerThanGossipToTheDeadHeals() {
    long seed = 17;
    SimCluster c = MembershipSimulation.bootstrap(LAN, NetworkModel.lan(), 10, seed);
    List<Integer> minority = List.of(0, 1, 2, 3);
    c.partition(minority);
    c.runUntil(c.now() + 90_000);
    for (SimNode n : c.nodes()) {
      assertThat(n.engine().liveMembers()).as("seed %d: %s sees only its side", seed,
          n.address()).isEqualTo(minority.contains(n.index()) ? 4 : 6);
    }
    c.heal();
    c.runUntil(c.now() + 90_000);
    assertThat(MembershipSimulation.converged(c)).as("seed %d", seed).isTrue();
    for (SimNode n : c.nodes()) {
      assertThat(n.engine().members()).extracting(MemberInfo::status).as("seed %d", seed)
          .containsOnly(SwimStatus.ALIVE);
    }
  }

  @Test
  void aRunIsAFunctionOfItsSeed() {
    FalsePositiveScenario a = FalsePositiveScenario.run(LAN, 10, 0.1, 0.05, 30_000, 2_000, 3);
    FalsePositiveScenario b = FalsePositiveScenario.run(LAN, 10, 0.1, 0.05, 30_000, 2_000, 3);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void everyNodeKnowsEveryOtherAfterBootstrap() {
    SimCluster c = MembershipSimulation.bootstrap(LAN, NetworkModel.lan(), 50, 19);
    assertThat(IntStream.range(0, 50).map(i -> c.node(i).engine().liveMembers()))
        .containsOnly(50);
  }
}
