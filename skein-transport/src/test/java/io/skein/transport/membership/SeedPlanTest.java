package io.skein.transport.membership;

import static io.skein.transport.membership.Fixtures.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPlanTest {

  static final long TIMEOUT = 5_000;

  @Test
  void theLowestSeedStartsAClusterOnlyAfterAskingTheOthersForTheTimeout() {
    SeedPlan plan = SeedPlan.of(address(1), List.of(address(3), address(1), address(2)));
    assertThat(plan.firstSeed()).isTrue();
    assertThat(plan.others()).containsExactly(address(2), address(3));
    assertThat(plan.startsCluster(0, TIMEOUT)).isFalse();
    assertThat(plan.startsCluster(TIMEOUT - 1, TIMEOUT)).isFalse();
    assertThat(plan.startsCluster(TIMEOUT, TIMEOUT)).isTrue();
  }

  @Test
  void anyOtherSeedNeverStartsOne() {
    SeedPlan plan = SeedPlan.of(address(2), List.of(address(1), address(2), address(3)));
    assertThat(plan.firstSeed()).isFalse();
    assertThat(plan.others()).containsExactly(address(1), address(3));
    assertThat(plan.startsCluster(Long.MAX_VALUE, TIMEOUT)).isFalse();
  }

  @Test
  void aNodeThatIsNotASeedNeverStartsOneEvenWithTheLowestAddress() {
    SeedPlan plan = SeedPlan.of(address(1), List.of(address(2), address(3)));
    assertThat(plan.firstSeed()).isFalse();
    assertThat(plan.startsCluster(Long.MAX_VALUE, TIMEOUT)).isFalse();
  }

  @Test
  void aNodeWithNoOtherSeedStartsAtOnce() {
    assertThat(SeedPlan.of(address(4), List.of()).startsCluster(0, TIMEOUT)).isTrue();
    assertThat(SeedPlan.of(address(4), List.of(address(4))).startsCluster(0, TIMEOUT)).isTrue();
  }

  @Test
  void addressesCompareAsTextThenPortLikeTheLeaderOrder() {
    HostAndPort a = new HostAndPort("node-10", 7000);
    HostAndPort b = new HostAndPort("node-9", 7000);
    HostAndPort c = new HostAndPort("node-9", 6999);
    assertThat(SeedPlan.of(a, List.of(a, b, c)).firstSeed()).isTrue();
    assertThat(SeedPlan.of(b, List.of(a, b, c)).others()).containsExactly(a, c);
  }
}
