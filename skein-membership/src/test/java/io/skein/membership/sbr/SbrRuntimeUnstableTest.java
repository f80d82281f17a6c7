package io.skein.membership.sbr;

import static io.skein.membership.sbr.Scenario.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.sbr.SbrAction.DownMembers;
import io.skein.membership.sbr.SbrAction.DownSelf;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * down-all-when-unstable: an unreachable set that keeps changing for stable_after plus ¾ of it
 * (at least 4 s) since its first change downs all members.
 */
class SbrRuntimeUnstableTest {

  private static final Duration STABLE_AFTER = Duration.ofSeconds(20);

  private static long s(double seconds) {
    return (long) (seconds * 1_000_000_000L);
  }

  private static SbrRuntime keepMajority(Duration downAllWhenUnstable) {
    return new SbrRuntime(new SplitBrainResolver(new KeepMajorityStrategy(Optional.empty())),
        STABLE_AFTER, downAllWhenUnstable);
  }

  /** Every 10 s a different member is unreachable too; the set is never empty, never stable. */
  private static final List<String> FLAPPING =
      List.of("A B C D | E", "A B C | D E", "A B C E | D", "A B D E | C");

  @Test
  void theDerivedDelayIsThreeQuartersOfStableAfterButAtLeastFourSeconds() {
    assertThat(SbrSettings.derivedDownAllWhenUnstable(Duration.ofSeconds(20)))
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(SbrSettings.derivedDownAllWhenUnstable(Duration.ofSeconds(4)))
        .isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void downsAllStableAfterPlusTheDelayAfterTheFirstChange() {
    SbrRuntime a = keepMajority(Duration.ofSeconds(15));
    SbrRuntime b = keepMajority(Duration.ofSeconds(15));

    for (int t = 0; t < 35; t++) {
      String situation = FLAPPING.get((t / 10) % FLAPPING.size());
      assertThat(a.tick(s(t), Scenario.view(situation))).as("A at t=%d s", t).isEmpty();
      assertThat(b.tick(s(t), Scenario.view(situation + " (self B)"))).as("B at t=%d s", t)
          .isEmpty();
    }

    List<SbrAction> leader = a.tick(s(35), Scenario.view("A B D E | C"));
    List<SbrAction> member = b.tick(s(35), Scenario.view("A B D E | C (self B)"));

    assertThat(leader).hasSize(2);
    assertThat(leader.get(0)).isEqualTo(new DownMembers(
        Set.of(address("B"), address("C"), address("D"), address("E")), DowningDecision.DOWN_ALL));
    assertThat(leader.get(1)).isInstanceOfSatisfying(DownSelf.class,
        d -> assertThat(d.reason())
            .startsWith("down-all-when-unstable: unreachable set changed 4 times"));
    assertThat(member).singleElement().isInstanceOf(DownSelf.class);
  }

  @Test
  void offLetsTheStrategyDecideOnceTheSetSettles() {
    SbrRuntime a = keepMajority(Duration.ZERO);

    for (int t = 0; t < 40; t++) {
      assertThat(a.tick(s(t), Scenario.view(FLAPPING.get((t / 10) % FLAPPING.size()))))
          .as("t=%d s", t).isEmpty();
    }
    // the last change was at 30 s: the decision comes at 50 s and is keep-majority's
    for (int t = 40; t < 50; t++) {
      assertThat(a.tick(s(t), Scenario.view("A B D E | C"))).as("t=%d s", t).isEmpty();
    }
    assertThat(a.tick(s(50), Scenario.view("A B D E | C")))
        .containsExactly(new DownMembers(Set.of(address("C")), DowningDecision.DOWN_UNREACHABLE));
  }

  @Test
  void aSetThatEmptiesInBetweenStartsANewEpisode() {
    SbrRuntime a = keepMajority(Duration.ofSeconds(15));

    // E comes and goes every 5 s for a minute: flaky, but each time everything heals
    for (int t = 0; t <= 60; t++) {
      String situation = (t / 5) % 2 == 0 ? "A B C D | E" : "A B C D E";
      assertThat(a.tick(s(t), Scenario.view(situation))).as("t=%d s", t).isEmpty();
    }
  }
}
