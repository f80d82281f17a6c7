package io.skein.membership.sbr;

import static io.skein.membership.sbr.Scenario.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.sbr.SbrAction.AwaitLease;
import io.skein.membership.sbr.SbrAction.DownMembers;
import io.skein.membership.sbr.SbrAction.DownSelf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * lease-majority through the runtime, on a manual time line: stable_after 20 s, the minority
 * waits 2 s, one in-memory lease shared by every node.
 */
class SbrRuntimeLeaseTest {

  private final InMemoryLease lease = new InMemoryLease("sbr", Duration.ofSeconds(60));

  private SbrRuntime node() {
    return new SbrRuntime(new SplitBrainResolver(new LeaseMajorityStrategy(
        lease, Duration.ofSeconds(2), Optional.empty())), Duration.ofSeconds(20), Duration.ZERO);
  }

  private static long s(double seconds) {
    return (long) (seconds * 1_000_000_000L);
  }

  @Test
  void theMajorityTakesTheLeaseAtOnceAndTheMinorityLosesItTwoSecondsLater() {
    String split = "A B C | D E";
    SbrRuntime a = node();
    SbrRuntime b = node();
    SbrRuntime d = node();
    SbrRuntime e = node();
    List<SbrAction> bActions = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      a.tick(s(t), Scenario.view(split));
      bActions.addAll(b.tick(s(t), Scenario.view(split + " (self B)")));
      d.tick(s(t), Scenario.view(split + " (self D)"));
      e.tick(s(t), Scenario.view(split + " (self E)"));
    }

    // B ticks before its leader has the lease: it waits for the outcome
    bActions.addAll(b.tick(s(20), Scenario.view(split + " (self B)")));
    assertThat(d.tick(s(20), Scenario.view(split + " (self D)")))
        .containsExactly(new AwaitLease(s(22), Duration.ofSeconds(2)));
    assertThat(e.tick(s(20), Scenario.view(split + " (self E)")))
        .containsExactly(new AwaitLease(s(22), Duration.ofSeconds(2)));
    assertThat(a.tick(s(20), Scenario.view(split))).containsExactly(
        new DownMembers(Set.of(address("D"), address("E")), DowningDecision.DOWN_UNREACHABLE));
    assertThat(lease.holder(s(20))).contains(address("A").toString());
    assertThat(d.tick(s(21), Scenario.view(split + " (self D)"))).isEmpty();
    bActions.addAll(b.tick(s(21), Scenario.view(split + " (self B)")));

    List<SbrAction> minorityLeader = d.tick(s(22), Scenario.view(split + " (self D)"));
    List<SbrAction> minorityMember = e.tick(s(22), Scenario.view(split + " (self E)"));

    assertThat(minorityLeader).containsExactly(
        new DownMembers(Set.of(address("E")), DowningDecision.DOWN_REACHABLE),
        new DownSelf("lease-majority decided DownReachable with 3 of 5 members unreachable"
            + " (lease held by another side)"));
    assertThat(minorityMember).singleElement().isInstanceOf(DownSelf.class);
    assertThat(bActions).isEmpty();
    assertThat(b.isSelfDowned()).isFalse();
  }

  @Test
  void theMinorityTakesTheLeaseWhenTheMajorityIsGone() {
    SbrRuntime a = node();
    for (int t = 0; t < 20; t++) {
      a.tick(s(t), Scenario.view("A | B C D E"));
    }

    assertThat(a.tick(s(20), Scenario.view("A | B C D E")))
        .containsExactly(new AwaitLease(s(22), Duration.ofSeconds(2)));
    assertThat(a.tick(s(21), Scenario.view("A | B C D E"))).isEmpty();
    assertThat(a.tick(s(22), Scenario.view("A | B C D E"))).containsExactly(new DownMembers(
        Set.of(address("B"), address("C"), address("D"), address("E")),
        DowningDecision.DOWN_UNREACHABLE));
    assertThat(a.isSelfDowned()).isFalse();
  }

  @Test
  void theLeaseIsRenewedUntilTheDownedMembersAreGoneThenReleased() {
    SbrRuntime a = node();
    for (int t = 0; t <= 20; t++) {
      a.tick(s(t), Scenario.view("A B C | D E"));
    }
    assertThat(lease.holder(s(20))).contains(address("A").toString());

    for (int t = 21; t <= 100; t++) {
      a.tick(s(t), Scenario.view("A B C | D:down E:down"));
    }
    assertThat(lease.holder(s(100))).as("renewed past its 60 s ttl").isPresent();

    a.tick(s(101), Scenario.view("A B C"));
    assertThat(lease.holder(s(101))).isEmpty();
  }

  @Test
  void aChangeWhileWaitingForTheLeaseStartsOver() {
    SbrRuntime d = node();
    for (int t = 0; t < 20; t++) {
      d.tick(s(t), Scenario.view("A B C | D E (self D)"));
    }
    assertThat(d.tick(s(20), Scenario.view("A B C | D E (self D)")))
        .singleElement().isInstanceOf(AwaitLease.class);

    // the network heals before the attempt: nothing to decide any more
    for (int t = 21; t <= 60; t++) {
      assertThat(d.tick(s(t), Scenario.view("A B C D E (self D)"))).as("t=%d s", t).isEmpty();
    }
    assertThat(lease.holder(s(60))).isEmpty();
  }
}
