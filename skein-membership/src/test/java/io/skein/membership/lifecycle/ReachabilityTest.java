package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.UniqueAddress;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

  private static final UniqueAddress A = node(1);
  private static final UniqueAddress B = node(2);
  private static final UniqueAddress C = node(3);

  @Test
  void anUnreachableRecordMakesTheSubjectUnreachable() {
    Reachability r = Reachability.empty().unreachable(A, C);
    assertThat(r.isReachable(C)).isFalse();
    assertThat(r.isReachable(B, C)).isTrue();
    assertThat(r.allUnreachable()).containsExactly(C);
    assertThat(r.observersOf(C)).containsExactly(A);
    assertThat(r.records()).containsExactly(
        new ReachabilityRecord(A, C, ReachabilityStatus.UNREACHABLE, 1));
  }

  @Test
  void theSubjectIsReachableAgainOnlyWhenEveryObserverAgrees() {
    Reachability r = Reachability.empty().unreachable(A, C).unreachable(B, C);
    Reachability oneAgrees = r.reachable(A, C);
    assertThat(oneAgrees.isReachable(C)).isFalse();
    assertThat(oneAgrees.observersOf(C)).containsExactly(B);
    assertThat(oneAgrees.reachable(B, C).isReachable(C)).isTrue();
  }

  @Test
  void aRowThatIsAllReachableIsDroppedButItsVersionKept() {
    Reachability r = Reachability.empty().unreachable(A, C).reachable(A, C);
    assertThat(r.records()).isEmpty();
    assertThat(r.versionOf(A)).isEqualTo(2);
    assertThat(r.isAllReachable()).isTrue();
  }

  @Test
  void unchangedObservationsDoNotBumpTheVersion() {
    Reachability r = Reachability.empty().unreachable(A, C);
    assertThat(r.unreachable(A, C)).isSameAs(r);
    assertThat(Reachability.empty().reachable(A, C)).isSameAs(Reachability.empty());
    assertThat(r.unreachable(A, A)).isSameAs(r);
  }

  @Test
  void terminatedIsNeverUndone() {
    Reachability r = Reachability.empty().terminated(A, C);
    assertThat(r.reachable(A, C)).isSameAs(r);
    assertThat(r.status(C)).isEqualTo(ReachabilityStatus.TERMINATED);
    assertThat(r.allUnreachable()).isEmpty();
    assertThat(r.allUnreachableOrTerminated()).containsExactly(C);
  }

  @Test
  void mergeTakesEachObserversNewestRow() {
    Reachability base = Reachability.empty().unreachable(A, C);
    Reachability healed = base.reachable(A, C);            // A: version 2, no records
    Reachability other = base.unreachable(B, C);           // A: version 1, B: version 1
    Reachability merged = healed.merge(other);
    assertThat(merged).isEqualTo(other.merge(healed));
    assertThat(merged.observersOf(C)).containsExactly(B);
    assertThat(merged.versionOf(A)).isEqualTo(2);
    assertThat(merged.versionOf(B)).isEqualTo(1);
  }

  @Test
  void removingANodeDropsItsRowAndRecordsAboutIt() {
    Reachability r = Reachability.empty().unreachable(A, C).unreachable(C, B).unreachable(A, B);
    Reachability after = r.remove(java.util.List.of(C));
    assertThat(after.records()).containsExactly(
        new ReachabilityRecord(A, B, ReachabilityStatus.UNREACHABLE, 2));
    assertThat(after.versions()).containsOnlyKeys(A);
  }

  @Test
  void observationsOfIgnoredObserversDoNotCount() {
    Reachability r = Reachability.empty().unreachable(A, C);
    assertThat(r.withoutObservers(java.util.List.of(A)).isReachable(C)).isTrue();
  }
}
