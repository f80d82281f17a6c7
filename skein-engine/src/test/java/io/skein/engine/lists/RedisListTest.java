package io.skein.engine.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RedisListTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> contents(RedisList list) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(new String(list.get(i), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void pushesAndPopsAtBothEndsAcrossTheWrapPoint() {
    RedisList list = new RedisList();
    for (int i = 0; i < 3; i++) {
      list.addLast(b("r" + i));
      list.addFirst(b("l" + i));
    }
    assertThat(contents(list)).containsExactly("l2", "l1", "l0", "r0", "r1", "r2");
    assertThat(new String(list.removeFirst(), StandardCharsets.UTF_8)).isEqualTo("l2");
    assertThat(new String(list.removeLast(), StandardCharsets.UTF_8)).isEqualTo("r2");
    assertThat(contents(list)).containsExactly("l1", "l0", "r0", "r1");
  }

  @Test
  void matchesAReferenceModelUnderRandomOperations() {
    long seed = 20240611L;
    SplittableRandom random = new SplittableRandom(seed);
    RedisList list = new RedisList();
    List<String> model = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      String v = Integer.toString(random.nextInt(10));
      int op = random.nextInt(9);
      if (op == 0) {
        list.addFirst(b(v));
        model.add(0, v);
      } else if (op == 1) {
        list.addLast(b(v));
        model.add(v);
      } else if (op == 2 && !model.isEmpty()) {
        assertThat(new String(list.removeFirst(), StandardCharsets.UTF_8)).isEqualTo(model.remove(0));
      } else if (op == 3 && !model.isEmpty()) {
        assertThat(new String(list.removeLast(), StandardCharsets.UTF_8))
            .isEqualTo(model.remove(model.size() - 1));
      } else if (op == 4) {
        int at = random.nextInt(model.size() + 1);
        list.insert(at, b(v));
        model.add(at, v);
      } else if (op == 5 && !model.isEmpty()) {
        int at = random.nextInt(model.size());
        list.set(at, b(v));
        model.set(at, v);
      } else if (op == 6 && random.nextInt(20) == 0) {
        int limit = random.nextInt(3);
        boolean fromTail = random.nextBoolean();
        int removed = list.removeMatching(b(v), limit, fromTail);
        assertThat(removed).as("seed %d step %d", seed, step)
            .isEqualTo(removeFromModel(model, v, limit, fromTail));
      } else if (op == 7 && random.nextInt(50) == 0 && !model.isEmpty()) {
        int start = random.nextInt(model.size());
        int end = start + random.nextInt(model.size() - start);
        list.retain(start, end);
        model.subList(end + 1, model.size()).clear();
        model.subList(0, start).clear();
      }
      assertThat(contents(list)).as("seed %d step %d", seed, step).isEqualTo(model);
      assertThat(list.memoryEstimate()).as("seed %d step %d", seed, step)
          .isEqualTo(freshEstimate(list));
    }
  }

  private static int removeFromModel(List<String> model, String v, int limit, boolean fromTail) {
    int removed = 0;
    int max = limit == 0 ? Integer.MAX_VALUE : limit;
    if (!fromTail) {
      for (int i = 0; i < model.size() && removed < max; ) {
        if (model.get(i).equals(v)) {
          model.remove(i);
          removed++;
        } else {
          i++;
        }
      }
    } else {
      for (int i = model.size() - 1; i >= 0 && removed < max; i--) {
        if (model.get(i).equals(v)) {
          model.remove(i);
          removed++;
        }
      }
    }
    return removed;
  }

  /** The estimate computed from scratch: object, slot array, element arrays. */
  private static long freshEstimate(RedisList list) {
    long bytes = 40 + align(16 + 4L * list.capacity());
    for (int i = 0; i < list.size(); i++) {
      bytes += align(16 + list.get(i).length);
    }
    return bytes;
  }

  private static long align(long n) {
    return (n + 7) & ~7L;
  }

  @Test
  void memoryGrowsWithElementsAndShrinksWhenDrained() {
    RedisList list = new RedisList();
    long empty = list.memoryEstimate();
    for (int i = 0; i < 1000; i++) {
      list.addLast(new byte[100]);
    }
    long full = list.memoryEstimate();
    assertThat(full).isGreaterThan(empty + 1000 * 100);
    for (int i = 0; i < 1000; i++) {
      list.removeFirst();
    }
    assertThat(list.memoryEstimate()).isEqualTo(empty);
  }

  @Test
  void switchesToQuicklistPast8KiBAndBackAtHalf() {
    RedisList list = new RedisList();
    list.addLast(new byte[60]);
    assertThat(list.encoding()).isEqualTo("listpack");
    for (int i = 0; i < 200; i++) {
      list.addLast(new byte[60]);
    }
    assertThat(list.encoding()).isEqualTo("quicklist");
    while (list.size() > 100) {
      list.removeLast();
    }
    assertThat(list.encoding()).as("hysteresis keeps it").isEqualTo("quicklist");
    while (list.size() > 50) {
      list.removeLast();
    }
    assertThat(list.encoding()).isEqualTo("listpack");
    RedisList big = new RedisList();
    big.addLast(new byte[9000]);
    assertThat(big.encoding()).isEqualTo("quicklist");
  }

  @Test
  void copyIsIndependent() {
    RedisList list = new RedisList();
    list.addLast(b("a"));
    list.addLast(b("b"));
    RedisList copy = list.copy();
    copy.set(0, b("z"));
    copy.addLast(b("c"));
    assertThat(contents(list)).containsExactly("a", "b");
    assertThat(contents(copy)).containsExactly("z", "b", "c");
    assertThat(copy.get(1)).isNotSameAs(list.get(1));
  }

  @Test
  void writeToAndReadFromRoundTrip() throws IOException {
    RedisList list = new RedisList();
    list.addLast(b("x"));
    list.addFirst(new byte[0]);
    list.addLast(new byte[] {0, -1, 10, 13});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    list.writeTo(new DataOutputStream(bytes));
    RedisList back = RedisList.readFrom(
        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(back.size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      assertThat(back.get(i)).isEqualTo(list.get(i));
    }
    assertThat(back.memoryEstimate()).isEqualTo(list.memoryEstimate());
    assertThat(back.encoding()).isEqualTo(list.encoding());
  }
}
