package io.skein.membership.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GossipDecisionTest {

  private static final VectorClock BASE = VectorClock.empty().increment("a");

  @Test
  void weSendOurStateWhenOursIsNewer() {
    assertThat(GossipDecision.decide(BASE.increment("a"), BASE))
        .isEqualTo(GossipDecision.SEND_ENVELOPE);
  }

  @Test
  void weAskForTheirsWhenTheirsIsNewer() {
    assertThat(GossipDecision.decide(BASE, BASE.increment("b")))
        .isEqualTo(GossipDecision.REQUEST_MERGE);
  }

  @Test
  void forkedHistoriesMerge() {
    assertThat(GossipDecision.decide(BASE.increment("a"), BASE.increment("b")))
        .isEqualTo(GossipDecision.MERGE);
  }

  @Test
  void equalVersionsNeedNothing() {
    assertThat(GossipDecision.decide(BASE, VectorClock.empty().increment("a")))
        .isEqualTo(GossipDecision.SAME);
  }
}
