package io.skein.membership.swim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuspicionTest {

  @Test
  void minimumTimeoutScalesWithLog10OfMembersButNotBelowOne() {
    assertThat(Suspicion.minTimeoutMillis(4, 1, 1000)).isEqualTo(4000);
    assertThat(Suspicion.minTimeoutMillis(4, 3, 1000)).isEqualTo(4000);
    assertThat(Suspicion.minTimeoutMillis(4, 10, 1000)).isEqualTo(4000);
    assertThat(Suspicion.minTimeoutMillis(4, 100, 1000)).isEqualTo(8000);
    assertThat(Suspicion.minTimeoutMillis(4, 1000, 1000)).isEqualTo(12000);
    assertThat(Suspicion.minTimeoutMillis(6, 50, 5000)).isEqualTo(50969);
  }

  @Test
  void timeoutFallsFromMaxToMinAsConfirmationsArrive() {
    // memberlist's suspicion_test.go values: k=3, min 2 s, max 30 s
    assertThat(Suspicion.timeoutMillis(0, 3, 2000, 30000)).isEqualTo(30000);
    assertThat(Suspicion.timeoutMillis(1, 3, 2000, 30000)).isEqualTo(16000);
    assertThat(Suspicion.timeoutMillis(2, 3, 2000, 30000)).isEqualTo(7810);
    assertThat(Suspicion.timeoutMillis(3, 3, 2000, 30000)).isEqualTo(2000);
    assertThat(Suspicion.timeoutMillis(4, 3, 2000, 30000)).isEqualTo(2000);
  }

  @Test
  void noWantedConfirmationsMeansTheMinimumAtOnce() {
    assertThat(Suspicion.timeoutMillis(0, 0, 4000, 24000)).isEqualTo(4000);
  }

  @Test
  void eachDistinctAccuserConfirmsOnceAndTheOpenerNotAtAll() {
    Suspicion s = new Suspicion(TestNet.address(1), 2, 4000, 24000, 1000);
    assertThat(s.deadline()).isEqualTo(25000);

    assertThat(s.confirm(TestNet.address(1))).as("the opener").isFalse();
    assertThat(s.confirm(TestNet.address(2))).isTrue();
    assertThat(s.confirm(TestNet.address(2))).as("a repeat").isFalse();
    assertThat(s.deadline()).isEqualTo(1000 + Suspicion.timeoutMillis(1, 2, 4000, 24000));

    assertThat(s.confirm(TestNet.address(3))).isTrue();
    assertThat(s.deadline()).isEqualTo(5000);
    assertThat(s.confirm(TestNet.address(4))).as("enough confirmations").isFalse();
    assertThat(s.confirmations()).isEqualTo(2);
  }

  @Test
  void aShiftMovesTheDeadline() {
    Suspicion s = new Suspicion(TestNet.address(1), 0, 4000, 4000, 1000);
    s.shift(2500);
    assertThat(s.deadline()).isEqualTo(7500);
  }
}
