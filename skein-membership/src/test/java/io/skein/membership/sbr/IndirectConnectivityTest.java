package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Indirectly connected members are downed first, then the strategy decides on the rest. Rows use
 * {@code X-x-Y} for a broken link and {@code X-x>Y} for X's detector alone losing Y.
 */
class IndirectConnectivityTest {

  private static final KeepMajorityStrategy KEEP_MAJORITY =
      new KeepMajorityStrategy(Optional.empty());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // a clean split is not mistaken for indirect connectivity
      "A C E | B D                  => keep A C E [DownUnreachable]",
      // B and D lost each other but both still talk to A, C and E
      "A B C D E ; B-x-D            => down B D [DownIndirectlyConnected]",
      "A B C D E ; B-x-D (self B)   => down B D",
      "A B C D E ; B-x-D (self D)   => down B D",
      // B's detector lost D while A still reaches D: D has seen A's gossip
      "A B C D E ; B-x>D            => down B D [DownIndirectlyConnected]",
      "A B C D E ; B-x>D (self B)   => down B D",
      "A B C D E ; B-x>D (self D)   => down B D",
      // a flaky link inside the majority plus a clean split: both ends go, then keep-majority
      "A B C | D E ; B-x-C          => down B C D E [DownIndirectlyConnected+DownUnreachable]",
      "A B C | D E ; B-x-C (self D) => down D E [DownReachable]",
      // every member on a broken ring: nobody is trustworthy
      "A B C D E ; A-x-B B-x-C C-x-D D-x-E E-x-A => down all [DownIndirectlyConnected]",
  })
  void keepMajorityDownsIndirectlyConnectedFirst(String row) {
    Scenario.parse(row).assertDecidedBy(KEEP_MAJORITY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C D E ; B-x-D            => down B D",
      "A B C | D E ; B-x-C          => down B C D E",
  })
  void everyStrategyButDownAllDownsThemFirst(String row) {
    Scenario scenario = Scenario.parse(row);
    scenario.assertDecidedBy(new StaticQuorumStrategy(3, Optional.empty()));
    scenario.assertDecidedBy(new KeepOldestStrategy(true, Optional.empty()));
    scenario.assertDecidedBy(new KeepReferee(new HostAndPort("node-a", 7000), 1));
    scenario.assertDecidedBy(new LeaseMajorityStrategy(
        new InMemoryLease("sbr", Duration.ofSeconds(60)), Duration.ofSeconds(2), Optional.empty()));
  }

  @Test
  void findsBothEndsOfACycleAndTheWitnessesOfASeenSubject() {
    SbrView cycle = Scenario.parse("A B C D E ; B-x-D => keep all").view();
    SbrView oneSided = Scenario.parse("A B C D E ; B-x>D => keep all").view();
    SbrView clean = Scenario.parse("A B C | D E => keep all").view();

    assertThat(IndirectConnectivity.of(cycle))
        .containsExactlyInAnyOrder(Scenario.address("B"), Scenario.address("D"));
    assertThat(IndirectConnectivity.of(oneSided))
        .containsExactlyInAnyOrder(Scenario.address("B"), Scenario.address("D"));
    assertThat(IndirectConnectivity.of(clean)).isEmpty();
  }

  @Test
  void setsAsideOnlyTheRecordsBetweenIndirectlyConnectedMembers() {
    SbrView view = Scenario.parse("A B C | D E ; B-x-C => keep all").view();

    SbrView rest = IndirectConnectivity.withoutIndirectRecords(view);

    assertThat(view.unreachable()).hasSize(4);
    assertThat(rest.unreachable())
        .containsExactlyInAnyOrder(Scenario.address("D"), Scenario.address("E"));
    assertThat(IndirectConnectivity.of(rest)).isEmpty();
  }
}
