package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * lease-majority as a table: every side asks for the lease, the minority 2 s later; a row's
 * outcome is what the side downs if it gets the lease. The attempt itself is
 * {@link SbrRuntimeLeaseTest}'s subject.
 */
class LeaseMajorityStrategyTest {

  private static final LeaseMajorityStrategy LEASE_MAJORITY = new LeaseMajorityStrategy(
      new InMemoryLease("sbr", Duration.ofSeconds(60)), Duration.ofSeconds(2), Optional.empty());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C | D E                  => keep A B C [AcquireLease(DownUnreachable, after 0 ms)]",
      "A B C | D E (self D)         => keep D E [AcquireLease(DownUnreachable, after 2000 ms)]",
      // a tie: the side of the lowest address goes first
      "A B | C D                    => keep A B [AcquireLease(DownUnreachable, after 0 ms)]",
      "A B | C D (self C)           => keep C D [AcquireLease(DownUnreachable, after 2000 ms)]",
      // 2|2|1: everyone is a minority and waits; whoever gets the lease keeps its side
      "A B | C D | E                => keep A B [AcquireLease(DownUnreachable, after 2000 ms)]",
      // indirectly connected members go whichever side wins: no wait
      "A B C D E ; B-x-D           => down B D"
          + " [AcquireLease(DownIndirectlyConnected, after 0 ms)]",
  })
  void asksForTheLeaseTheMinorityLater(String row) {
    Scenario.parse(row).assertDecidedBy(LEASE_MAJORITY);
  }

  @Test
  void aDeniedLeaseDownsOurOwnSide() {
    SbrView view = Scenario.parse("A B C | D E (self D) => keep all").view();
    DowningDecision.AcquireLease decision =
        (DowningDecision.AcquireLease) LEASE_MAJORITY.decide(view);

    assertThat(decision.ifDenied()).isEqualTo(DowningDecision.DOWN_REACHABLE);
    assertThat(Scenario.parse("A B C | D E (self D) => keep all")
            .names(decision.ifDenied().nodesToDown(view)))
        .containsExactly("D", "E");
  }

  @Test
  void aDeniedLeaseAfterIndirectConnectivityDownsThemAndOurSide() {
    Scenario scenario = Scenario.parse("A B C | D E ; B-x-C => keep all");
    DowningDecision.AcquireLease decision =
        (DowningDecision.AcquireLease) LEASE_MAJORITY.decide(scenario.view());

    assertThat(decision.ifDenied())
        .isInstanceOf(DowningDecision.ReverseDownIndirectlyConnected.class);
    assertThat(scenario.names(decision.ifDenied().nodesToDown(scenario.view())))
        .containsExactly("A", "B", "C");
  }

  @Test
  void refusesToDecideWithoutALease() {
    assertThatThrownBy(() -> new LeaseMajorityStrategy(null, Duration.ZERO, Optional.empty()))
        .hasMessageContaining("lease: null");
  }
}
