package io.skein.membership.gossip;

import static io.skein.membership.gossip.Pools.pname;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.dispatch.ClusterDispatcher;
import io.skein.routing.dispatch.DispatchPlan;
import io.skein.routing.dispatch.Request;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Peer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handler's verdicts reach routing: the dispatcher stops planning a Down peer at once and
 * plans it again when it is back (three racks, one peer each, DC_QUORUM).
 */
class GossipHandlerDispatchTest {

  private static final byte[] KEY = "user:1000".getBytes(StandardCharsets.UTF_8);

  private final TopologyHolder holder = new TopologyHolder(Pools.threeRacks()
      .withConsistency(ConsistencyLevel.DC_QUORUM, ConsistencyLevel.DC_QUORUM));
  private final ClusterDispatcher dispatcher = new ClusterDispatcher(holder);
  private final GossipHandler handler = new GossipHandler(holder);

  private List<Integer> targets(Request request) {
    DispatchPlan.Replicas plan = (DispatchPlan.Replicas) dispatcher.plan(request, KEY);
    return plan.targets().stream().map(t -> t.peer().index()).toList();
  }

  private List<Integer> hinted(Request write) {
    DispatchPlan.Replicas plan = (DispatchPlan.Replicas) dispatcher.plan(write, KEY);
    return plan.hinted().stream().map(Peer::index).toList();
  }

  private long beat(long from, long until, int... indexes) {
    for (long t = from; t <= until; t += 1000) {
      for (int i : indexes) {
        handler.recordHeartbeat(pname(i), t);
      }
    }
    return until;
  }

  @Test
  void aPeerLeavesPlansWhenDownAndComesBackWithItsNextHeartbeat() {
    long last = beat(0, 5000, 1, 2);
    handler.evaluate(last);
    assertThat(targets(Request.read(1))).containsExactly(0, 1, 2);
    assertThat(targets(Request.write(2))).containsExactly(0, 1, 2);

    last = beat(last + 1000, 20_000, 1); // peer 2 goes quiet
    handler.evaluate(last);

    assertThat(targets(Request.read(3))).containsExactly(0, 1);
    assertThat(targets(Request.write(4))).containsExactly(0, 1);
    assertThat(hinted(Request.write(5))).containsExactly(2);

    handler.recordHeartbeat(pname(2), last + 500);

    assertThat(targets(Request.read(6))).containsExactly(0, 1, 2);
    assertThat(targets(Request.write(7))).containsExactly(0, 1, 2);
    assertThat(hinted(Request.write(8))).isEmpty();
  }

  @Test
  void aShutdownAnnouncementTakesThePeerOutOfTheVeryNextPlan() {
    beat(0, 5000, 1, 2);
    assertThat(targets(Request.read(1))).containsExactly(0, 1, 2);

    handler.markDown(pname(1));

    assertThat(targets(Request.read(2))).containsExactly(0, 2);
  }

  @Test
  void withBothRemoteRacksDownAQuorumCannotBeReached() {
    long last = beat(0, 5000, 1, 2);
    handler.evaluate(last + 30_000);

    assertThat(dispatcher.plan(Request.read(1), KEY))
        .isEqualTo(new DispatchPlan.NoTargets(
            "DC_QUORUM not reached: 1 of 2 required replicas available"));

    handler.recordHeartbeat(pname(2), last + 31_000);
    assertThat(targets(Request.read(2))).containsExactly(0, 2);
  }
}
