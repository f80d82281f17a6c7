package io.skein.routing.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.dispatch.ClusterDispatcher;
import io.skein.routing.dispatch.DispatchPlan;
import io.skein.routing.dispatch.Request;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.testing.Topologies;
import io.skein.routing.topology.ConsistencyLevel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Collector rules as a table. Replies are written {@code target:kind}: {@code 0:a5} is value
 * "a" at version 5 from target 0, {@code 1:x} a failure, {@code 2:t} a timeout, {@code D} the
 * deadline. The expected text is what the client got and after which input (counted from 1).
 */
class ResponseCollectorTest {

  static DispatchPlan.Replicas plan(String shape, ConsistencyLevel level, boolean write) {
    ServerPool pool = Topologies.withoutLocalPool(Topologies.pool(shape))
        .withConsistency(level, level);
    return (DispatchPlan.Replicas) new ClusterDispatcher(pool)
        .plan(write ? Request.write(1) : Request.read(1), "k".getBytes(StandardCharsets.UTF_8));
  }

  static Reply reply(String kind) {
    return switch (kind.charAt(0)) {
      case 'x' -> new Reply.Failure("connection refused");
      case 't' -> Reply.Timeout.INSTANCE;
      default -> new Reply.Value(kind.substring(0, 1).getBytes(StandardCharsets.UTF_8),
          Long.parseLong(kind.substring(1)));
    };
  }

  static String text(ClientReply reply) {
    return reply instanceof ClientReply.Success s
        ? new String(s.value().payload(), StandardCharsets.UTF_8) + s.value().version()
        : "error " + ((ClientReply.Failure) reply).message();
  }

  @ParameterizedTest(name = "{0} {1} write={2}: {3} => {4}")
  @CsvSource(delimiter = '|', value = {
      "dc1:r1=1              | DC_ONE         | false | 0:a5           | 1 a5",
      "dc1:r1=1              | DC_ONE         | false | 0:x            | 1 error DC_ONE not reached: 0 of 1 required replicas answered",
      "dc1:r1=1              | DC_ONE         | false | D              | 1 error DC_ONE not reached: 0 of 1 required replicas answered",
      "dc1:a=1,b=1,c=1       | DC_ONE         | true  | 1:x 2:b3 0:a3  | 2 b3",
      "dc1:a=1,b=1,c=1       | DC_ONE         | true  | 0:x 1:t 2:x    | 3 error DC_ONE not reached: 0 of 1 required replicas answered",
      "dc1:a=1,b=1,c=1       | DC_QUORUM      | false | 0:a3 1:b7 2:c1 | 2 b7",
      "dc1:a=1,b=1,c=1       | DC_QUORUM      | false | 0:a3 1:x 2:c9  | 3 c9",
      "dc1:a=1,b=1,c=1       | DC_QUORUM      | false | 0:x 1:t        | 2 error DC_QUORUM not reached: 0 of 2 required replicas answered",
      "dc1:a=1,b=1,c=1       | DC_QUORUM      | true  | 0:a3 D         | 2 error DC_QUORUM not reached: 1 of 2 required replicas answered",
      "dc1:a=1,b=1,c=1       | DC_SAFE_QUORUM | false | 0:a3 1:b3 2:a3 | 3 a3",
      "dc1:a=1,b=1,c=1       | DC_SAFE_QUORUM | false | 0:a3 1:a4 2:a5 | 3 error DC_SAFE_QUORUM not reached: 1 of 2 required replicas answered identically",
      "dc1:a=1,b=1,c=1       | DC_SAFE_QUORUM | true  | 0:a3 1:a3      | 2 a3",
      "dc1:a=1,b=1,c=1;dc2:a=1,b=1,c=1 | DC_ONE    | true  | 3:a1 0:a1      | 2 a1",
      "dc1:a=1,b=1,c=1;dc2:a=1,b=1,c=1 | DC_QUORUM | true  | 3:a1 0:a1 1:a1 | 3 a1",
      "dc1:a=1,b=1,c=1;dc2:a=1,b=1,c=1 | DC_EACH_SAFE_QUORUM | true | 0:a1 1:a1 3:a1 4:a1 | 4 a1",
      "dc1:a=1,b=1,c=1;dc2:a=1,b=1,c=1 | DC_EACH_SAFE_QUORUM | false | 0:a1 1:a1 3:x 4:t | 4 error DC_EACH_SAFE_QUORUM not reached: 0 of 2 required replicas answered identically in dc 'dc2'",
      "dc1:a=1,b=1,c=1;dc2:a=1,b=1,c=1 | DC_EACH_SAFE_QUORUM | false | 0:a1 1:a1 3:a1 D | 4 error DC_EACH_SAFE_QUORUM not reached: 1 of 2 required replicas answered identically in dc 'dc2'",
  })
  void answersOnceWhenTheLevelIsMetOrCannotBe(String shape, ConsistencyLevel level,
      boolean write, String inputs, String expected) {
    ResponseCollector collector = ResponseCollector.start(plan(shape, level, write));
    String got = "never";
    int step = 0;
    for (String input : inputs.split(" ")) {
      step++;
      Decision d = input.equals("D") ? collector.onDeadline()
          : collector.onReply(Integer.parseInt(input.split(":")[0]), reply(input.split(":")[1]));
      if (d instanceof Decision.Respond r) {
        assertThat(got).as("answered twice").isEqualTo("never");
        got = step + " " + text(r.reply());
      }
    }
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void quorumReadRepairsStaleAndMissingReplicasWithTheNewestValue() {
    ResponseCollector collector =
        ResponseCollector.start(plan("dc1:a=1,b=1,c=1", ConsistencyLevel.DC_QUORUM, false));
    collector.onReply(0, reply("a9"));
    assertThat(collector.onReply(1, reply("b4"))).isInstanceOf(Decision.Respond.class);
    assertThat(collector.finished()).isFalse();
    assertThat(collector.onReply(2, new Reply.Value(new byte[0], 0)))
        .isSameAs(Decision.Wait.INSTANCE);
    assertThat(collector.finished()).isTrue();
    assertThat(collector.repairs())
        .extracting(r -> r.target().peer().index() + " " + r.reason() + " " + r.newest().version())
        .containsExactly("1 STALE 9", "2 MISSING 9");
  }

  @Test
  void writesAndAgreeingReadsNeedNoRepair() {
    ResponseCollector write =
        ResponseCollector.start(plan("dc1:a=1,b=1", ConsistencyLevel.DC_QUORUM, true));
    write.onReply(0, reply("a1"));
    write.onReply(1, reply("a2"));
    assertThat(write.repairs()).isEmpty();
    ResponseCollector read =
        ResponseCollector.start(plan("dc1:a=1,b=1", ConsistencyLevel.DC_QUORUM, false));
    read.onReply(0, reply("a2"));
    read.onReply(1, reply("x"));
    assertThat(read.repairs()).isEmpty();
  }

  @Test
  void aSecondReplyFromOneTargetIsIgnored() {
    ResponseCollector collector =
        ResponseCollector.start(plan("dc1:a=1,b=1,c=1", ConsistencyLevel.DC_QUORUM, false));
    collector.onReply(0, reply("a1"));
    assertThat(collector.onReply(0, reply("a1"))).isSameAs(Decision.Wait.INSTANCE);
    assertThat(collector.answered()).isFalse();
  }
}
