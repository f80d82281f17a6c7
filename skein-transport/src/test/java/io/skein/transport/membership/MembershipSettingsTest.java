package io.skein.transport.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.lifecycle.LifecycleSettings;
import io.skein.membership.sbr.SbrSettings;
import io.skein.membership.swim.GossipConfig;
import io.skein.routing.pool.TopologyHolder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipSettingsTest {

  @Test
  void defaultsAreTheLanPresetKeepMajorityAndPhiEight() {
    MembershipSettings d = MembershipSettings.defaults();
    assertThat(d.gossip()).isEqualTo(GossipConfig.lan());
    assertThat(d.seeds()).isEmpty();
    assertThat(d.sbr()).isEqualTo(SbrSettings.defaults());
    assertThat(d.lifecycle()).isEqualTo(LifecycleSettings.DEFAULTS);
    assertThat(d.phiThreshold()).isEqualTo(8.0);
    assertThat(d.tickInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(d.seedJoinTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(d.leaveTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.lease()).isEmpty();
  }

  @Test
  void presetsAreReadByName() {
    assertThat(MembershipSettings.gossipPreset("lan")).isEqualTo(GossipConfig.lan());
    assertThat(MembershipSettings.gossipPreset(" WAN ")).isEqualTo(GossipConfig.wan());
    assertThat(MembershipSettings.gossipPreset("local")).isEqualTo(GossipConfig.local());
    assertThatThrownBy(() -> MembershipSettings.gossipPreset("lan2"))
        .hasMessage("gossip preset: 'lan2' (expected: lan, wan or local)");
  }

  @Test
  void badValuesAreRefusedWithTheExpectedForm() {
    MembershipSettings d = MembershipSettings.defaults();
    assertThatThrownBy(() -> d.withPhiThreshold(0))
        .hasMessage("phi threshold: 0.0 (expected: a finite number > 0)");
    assertThatThrownBy(() -> d.withLeaveTimeout(Duration.ZERO))
        .hasMessage("leave timeout: PT0S (expected: > 0)");
    assertThatThrownBy(() -> d.withSeeds(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHandlerItBuildsUsesItsThreshold() {
    MembershipSettings s = MembershipSettings.defaults().withPhiThreshold(10)
        .withSeeds(List.of(Fixtures.address(1)));
    GossipHandler handler = s.gossipHandler(new TopologyHolder(Fixtures.pool(3, 0)),
        new ClusterEventBus(), FailureMetrics.NONE);
    assertThat(handler.threshold()).isEqualTo(10.0);
    assertThat(handler.events()).isPresent();
    assertThat(s.seeds()).containsExactly(Fixtures.address(1));
  }
}
