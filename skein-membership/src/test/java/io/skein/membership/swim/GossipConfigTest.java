package io.skein.membership.swim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GossipConfigTest {

  @Test
  void presetsCarryMemberlistValuesButTheLanProbesTwiceAsOften() {
    GossipConfig lan = GossipConfig.lan();
    assertThat(lan.probeIntervalMillis()).isEqualTo(500);
    assertThat(lan.probeTimeoutMillis()).isEqualTo(250);
    assertThat(lan.indirectChecks()).isEqualTo(3);
    assertThat(lan.suspicionMult()).isEqualTo(4);
    assertThat(lan.suspicionMaxTimeoutMult()).isEqualTo(6);
    assertThat(lan.retransmitMult()).isEqualTo(4);
    assertThat(lan.pushPullIntervalMillis()).isEqualTo(30_000);
    assertThat(lan.awarenessMaxMultiplier()).isEqualTo(8);

    GossipConfig wan = GossipConfig.wan();
    assertThat(wan.probeIntervalMillis()).isEqualTo(5_000);
    assertThat(wan.probeTimeoutMillis()).isEqualTo(3_000);
    assertThat(wan.suspicionMult()).isEqualTo(6);
    assertThat(wan.gossipIntervalMillis()).isEqualTo(500);
    assertThat(wan.pushPullIntervalMillis()).isEqualTo(60_000);

    GossipConfig local = GossipConfig.local();
    assertThat(local.probeTimeoutMillis()).isEqualTo(200);
    assertThat(local.indirectChecks()).isEqualTo(1);
    assertThat(local.suspicionMult()).isEqualTo(3);
    assertThat(local.retransmitMult()).isEqualTo(2);
  }

  @Test
  void pushPullSlowsDownOnceThePopulationPassesThirtyTwo() {
    GossipConfig lan = GossipConfig.lan();
    assertThat(lan.pushPullIntervalMillisFor(10)).isEqualTo(30_000);
    assertThat(lan.pushPullIntervalMillisFor(32)).isEqualTo(30_000);
    assertThat(lan.pushPullIntervalMillisFor(33)).isEqualTo(60_000);
    assertThat(lan.pushPullIntervalMillisFor(64)).isEqualTo(60_000);
    assertThat(lan.pushPullIntervalMillisFor(100)).isEqualTo(90_000);
    assertThat(lan.pushPullIntervalMillisFor(1_000)).isEqualTo(180_000);
  }

  @Test
  void aTimeoutNotBelowTheIntervalIsRefused() {
    GossipConfig lan = GossipConfig.lan();
    assertThatThrownBy(() -> new GossipConfig(1_000, 1_000, 3, 4, 6, 4, 200, 3, 30_000, 30_000,
        86_400_000, 8, 16, true, true, true, true))
        .hasMessage("probe timeout: 1000 ms (expected: < probe interval 1000 ms)");
    assertThat(lan.withLifeguard(false).lifeguard()).isFalse();
    assertThat(lan.withSuspicionMult(2).suspicionMult()).isEqualTo(2);
  }

  @Test
  void plainSwimTurnsOffLifeguardAndEverySkeinAddition() {
    GossipConfig lan = GossipConfig.lan();
    assertThat(lan.fallbackPing()).isTrue();
    assertThat(lan.eagerSpread()).isTrue();
    GossipConfig swim = lan.plainSwim();
    assertThat(swim.lifeguard()).isFalse();
    assertThat(swim.pauseGuard()).isFalse();
    assertThat(swim.fallbackPing()).isFalse();
    assertThat(swim.eagerSpread()).isFalse();
    assertThat(swim.probeIntervalMillis()).isEqualTo(lan.probeIntervalMillis());
  }
}
