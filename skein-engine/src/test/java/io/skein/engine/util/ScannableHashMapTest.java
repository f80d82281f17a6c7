package io.skein.engine.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScannableHashMapTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void putGetRemoveAndMemoryReturnsToStart() {
    ScannableHashMap map = new ScannableHashMap();
    long empty = map.memoryEstimate();
    for (int i = 0; i < 1000; i++) {
      assertThat(map.put(b("k" + i), b("v" + i))).isTrue();
    }
    assertThat(map.put(b("k5"), b("changed"))).isFalse();
    assertThat(map.size()).isEqualTo(1000);
    assertThat(new String(map.get(b("k5")), StandardCharsets.UTF_8)).isEqualTo("changed");
    assertThat(map.memoryEstimate()).isGreaterThan(empty + 1000 * ScannableHashMap.NODE_BYTES);
    for (int i = 0; i < 1000; i++) {
      assertThat(map.remove(b("k" + i))).isTrue();
    }
    assertThat(map.remove(b("k1"))).isFalse();
    assertThat(map.size()).isZero();
    assertThat(map.memoryEstimate()).isEqualTo(empty);
  }

  @Test
  void scanReturnsEveryStableKeyDespiteGrowthAndShrinkBetweenCalls() {
    ScannableHashMap map = new ScannableHashMap();
    Set<String> stable = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      map.put(b("s" + i), null);
      stable.add("s" + i);
    }
    Set<String> seen = new HashSet<>();
    long cursor = 0;
    int step = 0;
    int churn = 0;
    int removed = 0;
    do {
      cursor = map.scan(cursor, (k, v) -> seen.add(new String(k, StandardCharsets.UTF_8)));
      // Grow the table hard for a while, then shrink it hard, between scan calls.
      for (int j = 0; j < 40 && step < 40; j++) {
        if (step < 20) {
          map.put(b("t" + churn++), null);
        } else {
          map.remove(b("t" + removed++));
        }
      }
      step++;
    } while (cursor != 0);
    assertThat(seen).containsAll(stable);
  }

  @Test
  void randomNodeReachesEveryKey() {
    long seed = 7;
    SplittableRandom random = new SplittableRandom(seed);
    ScannableHashMap map = new ScannableHashMap();
    for (int i = 0; i < 50; i++) {
      map.put(b("m" + i), null);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 5000; i++) {
      seen.add(new String(map.randomNode(random).key(), StandardCharsets.UTF_8));
    }
    assertThat(seen).as("seed %d", seed).hasSize(50);
  }

  @Test
  void copyIsIndependent() {
    ScannableHashMap map = new ScannableHashMap();
    map.put(b("a"), b("1"));
    ScannableHashMap copy = map.copy();
    map.put(b("b"), b("2"));
    map.remove(b("a"));
    assertThat(copy.size()).isEqualTo(1);
    assertThat(copy.contains(b("a"))).isTrue();
    assertThat(copy.contains(b("b"))).isFalse();
    assertThat(copy.memoryEstimate()).isLessThanOrEqualTo(map.memoryEstimate() + 64);
  }
}
