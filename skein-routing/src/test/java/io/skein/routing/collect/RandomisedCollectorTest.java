package io.skein.routing.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.dispatch.DcRequirement;
import io.skein.routing.dispatch.DispatchPlan;
import io.skein.routing.dispatch.ReplyRule;
import io.skein.routing.topology.ConsistencyLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random plans and reply sequences: the collector never answers with success before the level
 * is met, never answers twice, and always answers by the deadline. The seed is in every failure.
 */
class RandomisedCollectorTest {

  private static final String[] SHAPES = {"dc1:a=1", "dc1:a=1,b=1", "dc1:a=1,b=1,c=1",
      "dc1:a=1,b=1,c=1,d=1,e=1", "dc1:a=1,b=1,c=1;dc2:a=1,b=1", "dc1:a=1,b=1;dc2:a=1;dc3:a=1,b=1,c=1"};

  @ParameterizedTest
  @ValueSource(longs = {101, 202, 303, 404, 505, 606, 707, 808})
  void answersExactlyOnceNeverEarlyAlwaysByTheDeadline(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 2000; round++) {
      String shape = SHAPES[random.nextInt(SHAPES.length)];
      ConsistencyLevel level = ConsistencyLevel.values()[random.nextInt(4)];
      boolean write = random.nextBoolean();
      DispatchPlan.Replicas plan = ResponseCollectorTest.plan(shape, level, write);
      ResponseCollector collector = ResponseCollector.start(plan);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < plan.targets().size(); i++) {
        order.add(i);
      }
      for (int i = order.size() - 1; i > 0; i--) {
        java.util.Collections.swap(order, i, random.nextInt(i + 1));
      }
      int deadlineAfter = random.nextInt(order.size() + 1);
      Reply[] seen = new Reply[order.size()];
      int answers = 0;
      String where = "seed " + seed + " round " + round + " " + shape + " " + level
          + (write ? " write" : " read");
      for (int step = 0; step <= order.size(); step++) {
        Decision d;
        if (step == deadlineAfter) {
          d = collector.onDeadline();
          assertThat(collector.answered()).as(where + ": unanswered at the deadline").isTrue();
        } else {
          int target = order.get(step < deadlineAfter ? step : step - 1);
          Reply reply = randomReply(random);
          d = collector.onReply(target, reply);
          if (step < deadlineAfter) {
            seen[target] = reply;
          }
        }
        if (d instanceof Decision.Respond r) {
          answers++;
          if (r.reply() instanceof ClientReply.Success) {
            assertThat(levelMet(plan, seen)).as(where + ": success before the level was met")
                .isTrue();
          } else {
            assertThat(levelMet(plan, seen)).as(where + ": failure although the level was met")
                .isFalse();
          }
        }
      }
      assertThat(answers).as(where + ": answers").isEqualTo(1);
    }
  }

  private static Reply randomReply(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> new Reply.Failure("refused");
      case 1 -> Reply.Timeout.INSTANCE;
      default -> new Reply.Value(new byte[] {(byte) random.nextInt(2)}, random.nextInt(2));
    };
  }

  /** An independent oracle of the level over the replies seen so far. */
  private static boolean levelMet(DispatchPlan.Replicas plan, Reply[] seen) {
    if (plan.rule() == ReplyRule.FIRST_REPLY) {
      return seen[0] instanceof Reply.Value;
    }
    for (DcRequirement r : plan.requirements()) {
      int best = 0;
      for (int i = 0; i < seen.length; i++) {
        if (plan.targets().get(i).dcOrdinal() != r.dcOrdinal()
            || !(seen[i] instanceof Reply.Value v)) {
          continue;
        }
        int count = 0;
        for (int j = 0; j < seen.length; j++) {
          if (plan.targets().get(j).dcOrdinal() == r.dcOrdinal() && seen[j] instanceof Reply.Value w
              && (plan.rule() != ReplyRule.IDENTICAL_QUORUM || v.sameAs(w))) {
            count++;
          }
        }
        best = Math.max(best, count);
      }
      if (best < r.required()) {
        return false;
      }
    }
    return true;
  }
}
