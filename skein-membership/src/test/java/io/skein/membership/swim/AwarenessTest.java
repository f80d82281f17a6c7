package io.skein.membership.swim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwarenessTest {

  @Test
  void scoreStaysWithinZeroAndMaxMinusOne() {
    Awareness a = new Awareness(8);
    a.apply(-1);
    assertThat(a.score()).isZero();
    a.apply(3);
    assertThat(a.score()).isEqualTo(3);
    a.apply(100);
    assertThat(a.score()).isEqualTo(7);
    a.apply(-2);
    assertThat(a.score()).isEqualTo(5);
  }

  @Test
  void timeoutsAreScaledByScorePlusOne() {
    Awareness a = new Awareness(8);
    assertThat(a.scale(500)).isEqualTo(500);
    a.apply(2);
    assertThat(a.scale(500)).isEqualTo(1500);
    a.apply(10);
    assertThat(a.scale(1000)).isEqualTo(8000);
  }

  @Test
  void maxOfOneDisablesIt() {
    Awareness a = new Awareness(1);
    a.apply(5);
    assertThat(a.score()).isZero();
    assertThat(a.scale(1000)).isEqualTo(1000);
  }
}
