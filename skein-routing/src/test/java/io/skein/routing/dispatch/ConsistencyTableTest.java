package io.skein.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.pool.ServerPool;
import io.skein.routing.testing.Topologies;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DESIGN §2's table, level by topology. Shapes have one node per rack so owners do not depend
 * on the key: in {@code dc1:r1=1,r2=1,r3=1;dc2:…} peer 0 is local (dc1/r1), peers 1-2 are dc1's
 * other racks, peers 3-5 are dc2's racks r1-r3 (r1 is preselected: local rack position 0).
 */
class ConsistencyTableTest {

  private static final String ONE = "dc1:r1=1";
  private static final String THREE = "dc1:r1=1,r2=1,r3=1";
  private static final String TWO_DCS = "dc1:r1=1,r2=1,r3=1;dc2:r1=1,r2=1,r3=1";

  @ParameterizedTest(name = "{0} down[{1}] local={2} {3} {4} => {5}")
  @CsvSource(delimiter = '|', value = {
      // One rack: everything is this node's own engine, a quorum of one.
      ONE + "|     | true  | READ  | DC_ONE              | local",
      ONE + "|     | true  | WRITE | DC_ONE              | local",
      ONE + "|     | true  | READ  | DC_QUORUM           | local",
      ONE + "|     | true  | WRITE | DC_SAFE_QUORUM      | local",
      ONE + "|     | true  | READ  | DC_EACH_SAFE_QUORUM | local",
      ONE + "|     | false | READ  | DC_ONE              | p0@LOCAL_RACK need dc1 1/1 FIRST_REPLY",
      ONE + "|     | false | READ  | DC_QUORUM           | p0@LOCAL_RACK need dc1 1/1 NEWEST_OF_QUORUM",
      ONE + "|     | false | WRITE | DC_SAFE_QUORUM      | p0@LOCAL_RACK need dc1 1/1 IDENTICAL_QUORUM",
      ONE + "| 0   | false | READ  | DC_ONE              | none: DC_ONE not reached: 0 of 1 required replicas available",
      ONE + "| 0   | false | WRITE | DC_QUORUM           | none: DC_QUORUM not reached: 0 of 1 required replicas available",
      // Three racks.
      THREE + "|     | true  | READ  | DC_ONE              | local",
      THREE + "|     | true  | WRITE | DC_ONE              | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 1/3 FIRST_SUCCESS",
      THREE + "|     | true  | WRITE | DC_QUORUM           | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 QUORUM_SUCCESSES",
      THREE + "|     | true  | WRITE | DC_SAFE_QUORUM      | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 IDENTICAL_QUORUM",
      THREE + "|     | true  | WRITE | DC_EACH_SAFE_QUORUM | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 IDENTICAL_QUORUM",
      THREE + "|     | true  | READ  | DC_QUORUM           | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 NEWEST_OF_QUORUM",
      THREE + "|     | true  | READ  | DC_SAFE_QUORUM      | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 IDENTICAL_QUORUM",
      THREE + "|     | true  | READ  | DC_EACH_SAFE_QUORUM | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 IDENTICAL_QUORUM",
      THREE + "|     | false | READ  | DC_ONE              | p0@LOCAL_RACK need dc1 1/3 FIRST_REPLY",
      // Three racks with Down peers: never planned, written ones hinted, quorum still over 3.
      THREE + "| 1   | true  | READ  | DC_ONE              | local",
      THREE + "| 1   | true  | WRITE | DC_QUORUM           | p0@LOCAL_RACK p2@LOCAL_DC need dc1 2/3 QUORUM_SUCCESSES hint p1",
      THREE + "| 1   | true  | READ  | DC_QUORUM           | p0@LOCAL_RACK p2@LOCAL_DC need dc1 2/3 NEWEST_OF_QUORUM",
      THREE + "| 1 2 | true  | WRITE | DC_ONE              | p0@LOCAL_RACK need dc1 1/3 FIRST_SUCCESS hint p1,p2",
      THREE + "| 1 2 | true  | WRITE | DC_QUORUM           | none: DC_QUORUM not reached: 1 of 2 required replicas available",
      THREE + "| 1 2 | true  | READ  | DC_SAFE_QUORUM      | none: DC_SAFE_QUORUM not reached: 1 of 2 required replicas available",
      THREE + "| 1 2 | true  | READ  | DC_EACH_SAFE_QUORUM | none: DC_EACH_SAFE_QUORUM not reached: 1 of 2 required replicas available in dc 'dc1'",
      // The local rack has no healthy owner: DC_ONE reads fall over to the next rack.
      THREE + "| 0   | false | READ  | DC_ONE              | p1@LOCAL_DC need dc1 1/3 FIRST_REPLY",
      THREE + "| 0 1 | false | READ  | DC_ONE              | p2@LOCAL_DC need dc1 1/3 FIRST_REPLY",
      THREE + "| 0   | false | WRITE | DC_ONE              | p1@LOCAL_DC p2@LOCAL_DC need dc1 1/3 FIRST_SUCCESS hint p0",
      // Two DCs of three racks: one preselected remote rack for the lower write levels.
      TWO_DCS + "|     | true  | READ  | DC_ONE              | local",
      TWO_DCS + "|     | true  | WRITE | DC_ONE              | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p3@REMOTE_DC need dc1 1/3,dc2 0/3 FIRST_SUCCESS",
      TWO_DCS + "|     | true  | WRITE | DC_QUORUM           | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p3@REMOTE_DC need dc1 2/3,dc2 0/3 QUORUM_SUCCESSES",
      TWO_DCS + "|     | true  | WRITE | DC_SAFE_QUORUM      | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p3@REMOTE_DC need dc1 2/3,dc2 0/3 IDENTICAL_QUORUM",
      TWO_DCS + "|     | true  | READ  | DC_QUORUM           | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 NEWEST_OF_QUORUM",
      TWO_DCS + "|     | true  | READ  | DC_SAFE_QUORUM      | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 2/3 IDENTICAL_QUORUM",
      TWO_DCS + "|     | true  | WRITE | DC_EACH_SAFE_QUORUM | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p3@REMOTE_DC p4@REMOTE_DC p5@REMOTE_DC need dc1 2/3,dc2 2/3 IDENTICAL_QUORUM",
      TWO_DCS + "|     | true  | READ  | DC_EACH_SAFE_QUORUM | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p3@REMOTE_DC p4@REMOTE_DC p5@REMOTE_DC need dc1 2/3,dc2 2/3 IDENTICAL_QUORUM",
      // The remote DC's preselected rack is down: fail over within that DC; all down: hint.
      TWO_DCS + "| 3   | true  | WRITE | DC_ONE              | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p4@REMOTE_DC need dc1 1/3,dc2 0/3 FIRST_SUCCESS",
      TWO_DCS + "| 3 4 | true  | WRITE | DC_QUORUM           | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p5@REMOTE_DC need dc1 2/3,dc2 0/3 QUORUM_SUCCESSES",
      TWO_DCS + "| 3 4 5 | true | WRITE | DC_ONE             | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC need dc1 1/3,dc2 0/3 FIRST_SUCCESS hint p3",
      TWO_DCS + "| 3   | true  | WRITE | DC_EACH_SAFE_QUORUM | p0@LOCAL_RACK p1@LOCAL_DC p2@LOCAL_DC p4@REMOTE_DC p5@REMOTE_DC need dc1 2/3,dc2 2/3 IDENTICAL_QUORUM hint p3",
      TWO_DCS + "| 4 5 | true  | READ  | DC_EACH_SAFE_QUORUM | none: DC_EACH_SAFE_QUORUM not reached: 1 of 2 required replicas available in dc 'dc2'",
      // The whole local DC is down: a DC_ONE read goes to the nearest remote rack.
      TWO_DCS + "| 0 1 2 | false | READ | DC_ONE             | p3@REMOTE_DC need dc2 1/3 FIRST_REPLY",
      TWO_DCS + "| 0 1 2 | false | WRITE | DC_ONE            | none: DC_ONE not reached: 0 of 1 required replicas available",
  })
  void plansAsTheConsistencyTableSays(String shape, String down, boolean local, Operation op,
      ConsistencyLevel level, String expected) {
    List<Peer> peers = Topologies.peers(shape);
    if (!local) {
      peers = Topologies.withoutLocal(peers);
    }
    ServerPool pool = ServerPool.create(
        Topologies.config(shape, Distribution.VNODE).withConsistency(level, level), peers);
    if (down != null) {
      for (String index : down.trim().split(" +")) {
        pool = pool.withPeerState(Integer.parseInt(index), PeerState.DOWN);
      }
    }
    DispatchPlan plan = new ClusterDispatcher(pool)
        .plan(new Request(1, op), "foo".getBytes(StandardCharsets.UTF_8));
    assertThat(PlanText.of(plan)).isEqualTo(expected);
  }
}
