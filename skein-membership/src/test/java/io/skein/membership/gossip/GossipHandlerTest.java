package io.skein.membership.gossip;

import static io.skein.membership.gossip.Pools.pname;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEvent.PeerDown;
import io.skein.membership.events.ClusterEvent.PeerUp;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.detector.PhiAccrualConfig;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.PeerState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Seed 002's behaviours, one by one, on a real pool of three racks (peer 0 is local). */
class GossipHandlerTest {

  private final TopologyHolder holder = new TopologyHolder(Pools.threeRacks());
  private final CountingFailureMetrics metrics = new CountingFailureMetrics();
  private final ClusterEventBus bus = new ClusterEventBus();
  private final List<ClusterEvent> events = new CopyOnWriteArrayList<>();
  private final GossipHandler handler;

  GossipHandlerTest() {
    bus.subscribe(events::add);
    handler = new GossipHandler(holder).withFailureMetrics(metrics).withEvents(bus);
  }

  private PeerState state(int index) {
    return holder.current().state(index);
  }

  /** Both remote peers beat every second from 0 to {@code until}; returns {@code until}. */
  private long beatBoth(long until) {
    for (long t = 0; t <= until; t += 1000) {
      handler.recordHeartbeat(pname(1), t);
      handler.recordHeartbeat(pname(2), t);
    }
    return until;
  }

  @Test
  void defaultsAreThreshold8AndAOneSecondInterval() {
    GossipHandler plain = new GossipHandler(holder);
    assertThat(plain.threshold()).isEqualTo(8.0);
    assertThat(plain.interval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(plain.pool()).isSameAs(holder.current());
    assertThat(plain.topology()).isSameAs(holder);
    assertThat(plain.events()).isEmpty();
    assertThat(plain.failureMetrics()).isSameAs(FailureMetrics.NONE);
    assertThat(handler.events()).containsSame(bus);
  }

  @Test
  void thresholdAndIntervalCanBeOverridden() {
    GossipHandler tuned = handler.withThreshold(12.0).withInterval(Duration.ofMillis(250));
    assertThat(tuned.threshold()).isEqualTo(12.0);
    assertThat(tuned.detectorConfig().threshold()).isEqualTo(12.0);
    assertThat(tuned.interval()).isEqualTo(Duration.ofMillis(250));
    assertThat(tuned.failureMetrics()).isSameAs(metrics);
    assertThatThrownBy(() -> handler.withInterval(Duration.ZERO))
        .hasMessage("gossip interval: PT0S (expected: > 0)");
    assertThatThrownBy(() -> handler.withThreshold(-1))
        .hasMessage("threshold: -1.0 (expected: a finite number > 0)");
  }

  @Test
  void anUnknownPnameOrIndexIsIgnored() {
    assertThat(handler.recordHeartbeat("10.9.9.9:8101", 0)).isFalse();
    assertThat(handler.recordHeartbeat(42, 0)).isFalse();
    assertThat(handler.recordHeartbeat(-1, 0)).isFalse();
    assertThat(handler.markDown("10.9.9.9:8101")).isEmpty();
    assertThat(handler.resetDetector(42)).isFalse();
    assertThat(metrics.snapshot().totalTransitions()).isZero();
    assertThat(events).isEmpty();
  }

  @Test
  void aPeerNeverHeardFromIsDownOnTheFirstTick() {
    List<PeerTransition> applied = handler.evaluate(0);

    assertThat(applied).containsExactly(
        new PeerTransition(1, pname(1), PeerState.NORMAL, PeerState.DOWN, 0.0),
        new PeerTransition(2, pname(2), PeerState.NORMAL, PeerState.DOWN, 0.0));
    assertThat(events).containsExactly(new PeerDown(pname(1)), new PeerDown(pname(2)));
  }

  @Test
  void firstContactPromotesAtOnceWithoutATick() {
    handler.evaluate(0);

    assertThat(handler.recordHeartbeat(pname(1), 10)).isTrue();

    assertThat(state(1)).isEqualTo(PeerState.NORMAL);
    assertThat(state(2)).isEqualTo(PeerState.DOWN);
    assertThat(events).endsWith(new PeerUp(pname(1)));
    assertThat(metrics.snapshot().transitions(pname(1), PeerState.NORMAL)).isEqualTo(1);
    assertThat(handler.evaluate(20)).isEmpty();
  }

  @Test
  void recordingByIndexIsRecordingByName() {
    handler.evaluate(0);
    assertThat(handler.recordHeartbeat(2, 10)).isTrue();
    assertThat(state(2)).isEqualTo(PeerState.NORMAL);
    assertThat(handler.phi(2, 10)).hasValue(handler.phi(2, 10).getAsDouble());
  }

  @Test
  void silencePastTheThresholdIsDownOnTheNextTickWithEventAndMetrics() {
    long last = beatBoth(10_000);
    for (long t = last + 1000; t <= last + 20_000; t += 1000) {
      handler.recordHeartbeat(pname(1), t); // peer 1 keeps beating, peer 2 went quiet
    }
    long quiet = last + 3000;
    assertThat(handler.evaluate(quiet)).isEmpty();
    assertThat(handler.phi(2, quiet).getAsDouble()).isLessThan(8.0);

    long late = last + 10_000;
    double phi = handler.phi(2, late).getAsDouble();
    List<PeerTransition> applied = handler.evaluate(late);

    assertThat(phi).isGreaterThan(8.0);
    assertThat(applied).containsExactly(
        new PeerTransition(2, pname(2), PeerState.NORMAL, PeerState.DOWN, phi));
    assertThat(state(2)).isEqualTo(PeerState.DOWN);
    assertThat(state(1)).isEqualTo(PeerState.NORMAL);
    assertThat(events).containsExactly(new PeerDown(pname(2)));
    FailureMetricsSnapshot m = metrics.snapshot();
    assertThat(m.transitions(pname(2), PeerState.DOWN)).isEqualTo(1);
    assertThat(m.stateCode(pname(2))).contains(1);
    assertThat(m.stateCode(pname(1))).contains(0);
    assertThat(m.phi(pname(2))).hasValue(phi);
    assertThat(m.phi(pname(1))).hasValue(handler.phi(1, late).getAsDouble());
  }

  @Test
  void aHeartbeatAfterDownBringsThePeerBackAtOnce() {
    long last = beatBoth(5000);
    handler.evaluate(last + 30_000);
    assertThat(state(1)).isEqualTo(PeerState.DOWN);

    handler.recordHeartbeat(pname(1), last + 31_000);

    assertThat(state(1)).isEqualTo(PeerState.NORMAL);
    assertThat(events).containsExactly(new PeerDown(pname(1)), new PeerDown(pname(2)),
        new PeerUp(pname(1)));
    assertThat(metrics.snapshot().transitions(pname(1), PeerState.NORMAL)).isEqualTo(1);
    assertThat(handler.evaluate(last + 31_500)).isEmpty();
  }

  @Test
  void markDownIsImmediateAndHoldsUntilThePeerIsHeardFromAgain() {
    long last = beatBoth(5000);

    assertThat(handler.markDown(pname(2))).contains(
        new PeerTransition(2, pname(2), PeerState.NORMAL, PeerState.DOWN, 0.0));

    assertThat(state(2)).isEqualTo(PeerState.DOWN);
    assertThat(events).containsExactly(new PeerDown(pname(2)));
    assertThat(handler.markDown(pname(2))).isEmpty(); // already Down
    // Its last heartbeats would say "alive" for seconds yet; it stays Down.
    assertThat(handler.evaluate(last + 500)).isEmpty();
    assertThat(state(2)).isEqualTo(PeerState.DOWN);

    handler.recordHeartbeat(pname(2), last + 60_000); // restarted
    assertThat(state(2)).isEqualTo(PeerState.NORMAL);
  }

  @Test
  void resetDetectorForgetsTheHistory() {
    long last = beatBoth(5000);
    assertThat(handler.resetDetector(2)).isTrue();

    assertThat(handler.phi(2, last + 3000)).hasValue(0.0);
    assertThat(handler.evaluate(last + 100)).containsExactly(
        new PeerTransition(2, pname(2), PeerState.NORMAL, PeerState.DOWN, 0.0));

    // Heard from again, it is judged on the seeded estimate only (mean 1 s, σ 250 ms).
    handler.recordHeartbeat(pname(2), last + 1000);
    var fresh = io.skein.membership.detector.PhiAccrualFailureDetector.withDefaults();
    fresh.heartbeat(0);
    assertThat(handler.phi(2, last + 1000 + 4500)).hasValue(fresh.phi(4500));
    assertThat(handler.phi(1, last + 4500)).isNotEqualTo(handler.phi(2, last + 4500));
  }

  @Test
  void theLocalPeerIsNeverMonitoredNorDown() {
    String local = GossipHandler.pname(holder.current().peer(0));

    assertThat(handler.recordHeartbeat(local, 0)).isFalse();
    assertThat(handler.recordHeartbeat(0, 0)).isFalse();
    assertThat(handler.markDown(local)).isEmpty();
    assertThat(handler.resetDetector(0)).isFalse();
    assertThat(handler.phi(0, 0)).isEmpty();
    assertThat(handler.evaluate(1_000_000_000L))
        .extracting(PeerTransition::peerIndex).containsExactly(1, 2);

    assertThat(state(0)).isEqualTo(PeerState.NORMAL);
    assertThat(metrics.snapshot().state(local)).isEmpty();
  }

  @Test
  void aHigherThresholdToleratesALongerSilence() {
    GossipHandler patient = new GossipHandler(holder).withThreshold(100.0);
    for (long t = 0; t <= 5000; t += 1000) {
      patient.recordHeartbeat(pname(1), t);
      patient.recordHeartbeat(pname(2), t);
    }
    long at = 5000 + 5500;
    assertThat(patient.phi(1, at).getAsDouble()).isBetween(8.0, 100.0);
    assertThat(patient.evaluate(at)).isEmpty();
    assertThat(patient.evaluate(5000 + 60_000)).hasSize(2);
  }

  @Test
  void aPeerInAnotherDatacenterIsAllowedItsLongerPause() {
    GossipHandler twoDcs = new GossipHandler(new TopologyHolder(Pools.twoDcs()))
        .withOtherDcDetectorConfig(PhiAccrualConfig.defaults()
            .withAcceptableHeartbeatPause(Duration.ofSeconds(10))
            .withFirstHeartbeatEstimate(Duration.ofSeconds(3)));
    for (long t = 0; t <= 6000; t += 1000) {
      twoDcs.recordHeartbeat(pname(1), t);
    }
    for (long t = 0; t <= 6000; t += 3000) {
      twoDcs.recordHeartbeat(pname(2), t); // dc2 beats every 3 s
    }
    long silent = 6000 + 8000; // 8 s of silence from both
    assertThat(twoDcs.evaluate(silent)).extracting(PeerTransition::peerIndex).containsExactly(1);
    assertThat(twoDcs.phi(2, silent).getAsDouble()).isLessThan(twoDcs.threshold());
    assertThat(twoDcs.evaluate(6000 + 30_000)).extracting(PeerTransition::peerIndex)
        .containsExactly(2);
  }

  @Test
  void joiningAndLeavingAreKeptWhileThePeerIsAliveAndDownWinsWhenItIsNot() {
    long last = beatBoth(5000);
    holder.updatePeerState(1, PeerState.LEAVING);

    assertThat(handler.evaluate(last + 500)).isEmpty();
    assertThat(state(1)).isEqualTo(PeerState.LEAVING);

    assertThat(handler.evaluate(last + 30_000)).extracting(PeerTransition::from)
        .containsExactly(PeerState.LEAVING, PeerState.NORMAL);
    assertThat(state(1)).isEqualTo(PeerState.DOWN);
  }

  @Test
  void everyTickReportsPhiOfEveryMonitoredPeer() {
    beatBoth(2000);
    handler.evaluate(2500);
    handler.evaluate(3000);
    FailureMetricsSnapshot m = metrics.snapshot();
    assertThat(m.phis()).containsOnlyKeys(pname(1), pname(2));
    assertThat(m.phi(pname(1))).hasValue(handler.phi(1, 3000).getAsDouble());
    assertThat(m.totalTransitions()).isZero();
  }
}
