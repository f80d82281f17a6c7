package io.skein.membership.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VectorClockTest {

  private static final VectorClock A1 = VectorClock.of(Map.of("a", 1L));
  private static final VectorClock A2 = VectorClock.of(Map.of("a", 2L));
  private static final VectorClock A1B1 = VectorClock.of(Map.of("a", 1L, "b", 1L));

  @Test
  void anIncrementIsAfterWhatItIncremented() {
    VectorClock next = A1.increment("a");
    assertThat(next).isEqualTo(A2);
    assertThat(next.compare(A1)).isEqualTo(VectorRelation.AFTER);
    assertThat(A1.compare(next)).isEqualTo(VectorRelation.BEFORE);
  }

  @Test
  void theEmptyClockIsBeforeAnyChange() {
    assertThat(VectorClock.empty().compare(A1)).isEqualTo(VectorRelation.BEFORE);
    assertThat(VectorClock.empty().compare(VectorClock.empty())).isEqualTo(VectorRelation.SAME);
  }

  @Test
  void equalEntriesAreTheSameVersion() {
    assertThat(A1B1.compare(VectorClock.of(Map.of("b", 1L, "a", 1L))))
        .isEqualTo(VectorRelation.SAME);
  }

  @Test
  void aMissingEntryCountsAsZero() {
    assertThat(A1B1.compare(A1)).isEqualTo(VectorRelation.AFTER);
    assertThat(A1.compare(A1B1)).isEqualTo(VectorRelation.BEFORE);
  }

  @Test
  void changesOnTwoNodesWithoutEachOtherAreConcurrent() {
    VectorClock left = A1.increment("a");
    VectorClock right = A1.increment("b");
    assertThat(left.compare(right)).isEqualTo(VectorRelation.CONCURRENT);
    assertThat(right.compare(left)).isEqualTo(VectorRelation.CONCURRENT);
  }

  @Test
  void mergeIsAfterOrSameAsBothSides() {
    VectorClock left = A1.increment("a");
    VectorClock right = A1.increment("b");
    VectorClock merged = left.merge(right);
    assertThat(merged).isEqualTo(VectorClock.of(Map.of("a", 2L, "b", 1L)));
    assertThat(merged.compare(left)).isEqualTo(VectorRelation.AFTER);
    assertThat(merged.compare(right)).isEqualTo(VectorRelation.AFTER);
  }

  @Test
  void pruningDropsOneNodesEntry() {
    assertThat(A1B1.prune("b")).isEqualTo(A1);
    assertThat(A1.prune("zz")).isSameAs(A1);
  }

  @Test
  void countersBelowOneAreRejected() {
    assertThatThrownBy(() -> VectorClock.of(Map.of("a", 0L)))
        .hasMessage("vector clock counter of a: 0 (expected: >= 1)");
  }

  /** Random clocks over a few nodes: the merge laws and the relation's symmetry hold. */
  @ParameterizedTest
  @ValueSource(longs = {1, 42, 2024, 77_777, 31_337})
  void mergeIsCommutativeAssociativeIdempotentAndRelationsMirror(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 500; round++) {
      VectorClock a = randomClock(random);
      VectorClock b = randomClock(random);
      VectorClock c = randomClock(random);
      String where = "seed " + seed + " round " + round + ": " + a + " " + b + " " + c;
      assertThat(a.merge(b)).as(where).isEqualTo(b.merge(a));
      assertThat(a.merge(b).merge(c)).as(where).isEqualTo(a.merge(b.merge(c)));
      assertThat(a.merge(a)).as(where).isEqualTo(a);
      assertThat(a.merge(b).compare(a)).as(where)
          .isIn(VectorRelation.AFTER, VectorRelation.SAME);
      assertThat(b.compare(a)).as(where).isEqualTo(mirror(a.compare(b)));
    }
  }

  private static VectorRelation mirror(VectorRelation r) {
    return switch (r) {
      case BEFORE -> VectorRelation.AFTER;
      case AFTER -> VectorRelation.BEFORE;
      default -> r;
    };
  }

  private static VectorClock randomClock(SplittableRandom random) {
    VectorClock c = VectorClock.empty();
    int changes = random.nextInt(6);
    for (int i = 0; i < changes; i++) {
      c = c.increment("n" + random.nextInt(4));
    }
    return c;
  }
}
