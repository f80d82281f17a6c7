package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.core.HostAndPort;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code cluster.sbr} section, as a YAML reader hands it over. */
class SbrSettingsTest {

  @Test
  void anEmptySectionIsKeepMajorityWithAkkasDefaults() {
    SbrSettings settings = SbrSettings.parse(Map.of());

    assertThat(settings).isEqualTo(SbrSettings.defaults());
    assertThat(settings.strategy()).isEqualTo(SbrSettings.Strategy.KEEP_MAJORITY);
    assertThat(settings.stableAfter()).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.downAllWhenUnstable()).isEqualTo(Duration.ofSeconds(15));
    assertThat(settings.downIfAlone()).isTrue();
    assertThat(settings.downAllIfLessThanNodes()).isEqualTo(1);
    assertThat(settings.acquireLeaseDelayForMinority()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void readsEveryKeyInItsYamlForm() {
    SbrSettings settings = SbrSettings.parse(Map.of(
        "strategy", "keep-referee",
        "stable_after", "8s",
        "down_all_when_unstable", "off",
        "role", "data",
        "quorum_size", 3,
        "down_if_alone", false,
        "referee", "10.0.0.1:16379",
        "down_all_if_less_than_nodes", "2",
        "acquire_lease_delay_for_minority", "1500ms"));

    assertThat(settings).isEqualTo(new SbrSettings(SbrSettings.Strategy.KEEP_REFEREE,
        Duration.ofSeconds(8), Duration.ZERO, Optional.of("data"), 3, false,
        Optional.of(new HostAndPort("10.0.0.1", 16379)), 2, Duration.ofMillis(1500)));
  }

  @Test
  void downAllWhenUnstableFollowsStableAfterWhenOn() {
    assertThat(SbrSettings.parse(Map.of("stable_after", "4s")).downAllWhenUnstable())
        .isEqualTo(Duration.ofSeconds(4));
    assertThat(SbrSettings.parse(Map.of("stable_after", "1m", "down_all_when_unstable", true))
        .downAllWhenUnstable()).isEqualTo(Duration.ofSeconds(45));
    assertThat(SbrSettings.parse(Map.of("down_all_when_unstable", "30s")).downAllWhenUnstable())
        .isEqualTo(Duration.ofSeconds(30));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "strategy | keep-minority | cluster.sbr.strategy: keep-minority (expected: keep-majority,"
          + " static-quorum, keep-oldest, keep-referee, lease-majority, down-all, off)",
      "stable_after | 20 | cluster.sbr.stable_after: 20 (expected: a duration such as 20s, 500ms,"
          + " 2m or 1h)",
      "down_all_when_unstable | sometimes | cluster.sbr.down_all_when_unstable: sometimes"
          + " (expected: on, off or a duration such as 15s)",
      "quorum_size | 0 | cluster.sbr.quorum_size: 0 (expected: an integer >= 1)",
      "quorum_size | three | cluster.sbr.quorum_size: three (expected: an integer >= 1)",
      "down_if_alone | maybe | cluster.sbr.down_if_alone: maybe (expected: true or false)",
      "referee | nowhere | cluster.sbr.referee: nowhere (expected: host:port)",
      "down_all_if_less_than_nodes | -1 | cluster.sbr.down_all_if_less_than_nodes: -1"
          + " (expected: an integer >= 1)",
      "stable-after | 20s | cluster.sbr.stable-after: unknown key (expected one of: strategy,"
          + " stable_after, down_all_when_unstable, role, quorum_size, down_if_alone, referee,"
          + " down_all_if_less_than_nodes, acquire_lease_delay_for_minority)",
  })
  void refusesABadValueNamingTheKeyAndTheExpectedForm(String key, String value, String message) {
    assertThatThrownBy(() -> SbrSettings.parse(Map.of(key, value))).hasMessage(message);
  }

  @Test
  void aStrategyWithoutItsRequiredKeyIsRefused() {
    assertThatThrownBy(() -> SbrSettings.parse(Map.of("strategy", "static-quorum")))
        .hasMessage("cluster.sbr.quorum_size: missing (expected: an integer >= 1 with strategy"
            + " static-quorum)");
    assertThatThrownBy(() -> SbrSettings.parse(Map.of("strategy", "keep-referee")))
        .hasMessage("cluster.sbr.referee: missing (expected: host:port with strategy"
            + " keep-referee)");
  }

  @Test
  void theResolverIsBuiltFromTheSettings() {
    assertThat(SplitBrainResolver.from(SbrSettings.parse(
            Map.of("strategy", "static-quorum", "quorum_size", 3)), Optional.empty())
        .strategy()).isInstanceOfSatisfying(StaticQuorumStrategy.class,
            s -> assertThat(s.quorumSize()).isEqualTo(3));
    assertThat(SplitBrainResolver.from(SbrSettings.parse(Map.of("strategy", "keep-oldest",
        "down_if_alone", "false")), Optional.empty()).strategy())
        .isInstanceOfSatisfying(KeepOldestStrategy.class,
            s -> assertThat(s.downIfAlone()).isFalse());
    assertThat(SplitBrainResolver.from(SbrSettings.parse(Map.of("strategy", "off")),
        Optional.empty()).isOff()).isTrue();
    assertThat(SplitBrainResolver.from(SbrSettings.parse(Map.of("strategy", "down-all")),
        Optional.empty()).strategy()).isInstanceOf(DownAllStrategy.class);
    Lease lease = new InMemoryLease("sbr", Duration.ofSeconds(30));
    assertThat(SplitBrainResolver.from(SbrSettings.parse(Map.of("strategy", "lease-majority")),
        Optional.of(lease)).strategy())
        .isInstanceOfSatisfying(LeaseMajorityStrategy.class,
            s -> assertThat(s.lease()).isSameAs(lease));
  }

  @Test
  void leaseMajorityWithoutALeaseIsRefused() {
    SbrSettings settings = SbrSettings.parse(Map.of("strategy", "lease-majority"));

    assertThatThrownBy(() -> SplitBrainResolver.from(settings, Optional.empty()))
        .hasMessageStartingWith("cluster.sbr.strategy: lease-majority (expected: a lease");
  }
}
