package io.skein.engine.zsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.util.ByteString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The skip list against a brute-force sorted list, over random adds, updates and removes. */
class RedisZSetRandomTest {

  private record Entry(ByteString member, double score) {}

  private static final Comparator<Entry> ORDER = (a, b) -> {
    int c = Double.compare(a.score, b.score);
    return c != 0 ? c : a.member.compareTo(b.member);
  };

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20240607L, -7L})
  void ranksAndRangesAgreeWithASortedList(long seed) throws IOException {
    String why = "seed " + seed;
    SplittableRandom rnd = new SplittableRandom(seed);
    RedisZSet z = new RedisZSet((int) seed);
    List<Entry> model = new ArrayList<>();
    for (int step = 0; step < 4000; step++) {
      ByteString member = ByteString.of("m" + rnd.nextInt(300));
      double score = rnd.nextInt(50) / 2.0; // few distinct scores: ties order by member
      int op = rnd.nextInt(10);
      model.removeIf(e -> e.member.equals(member) && op < 7);
      if (op < 7) {
        z.put(member, score);
        model.add(new Entry(member, score));
      } else if (model.removeIf(e -> e.member.equals(member)) != z.remove(member)) {
        throw new AssertionError(why + ": remove disagreed at step " + step);
      }
      if (step % 50 == 0) {
        check(z, model, rnd, why + " step " + step);
      }
    }
    check(z, model, rnd, why + " end");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    z.writeTo(new DataOutputStream(bytes));
    RedisZSet back = RedisZSet.readFrom(new DataInputStream(
        new ByteArrayInputStream(bytes.toByteArray())));
    check(back, model, rnd, why + " after round trip");
    check(z.copy(), model, rnd, why + " copy");
    assertThat(back.memoryEstimate()).as(why).isPositive();
  }

  private static void check(RedisZSet z, List<Entry> model, SplittableRandom rnd, String why) {
    model.sort(ORDER);
    assertThat(z.size()).as(why).isEqualTo(model.size());
    List<Entry> walked = new ArrayList<>();
    ZNode prev = null;
    for (ZNode n = z.first(); n != null; n = n.next()) {
      assertThat(n.backward).as(why).isSameAs(prev);
      walked.add(new Entry(n.member, n.score));
      prev = n;
    }
    assertThat(z.last()).as(why).isSameAs(prev);
    assertThat(walked).as(why).isEqualTo(model);
    for (int i = 0; i < model.size(); i++) {
      ZNode n = z.byRank(i);
      assertThat(n.member).as(why).isEqualTo(model.get(i).member);
      assertThat(z.rank(z.node(model.get(i).member))).as(why).isEqualTo(i);
    }
    for (int k = 0; k < 20; k++) {
      double a = rnd.nextInt(52) / 2.0 - 0.5;
      double b = rnd.nextInt(52) / 2.0 - 0.5;
      boolean ax = rnd.nextBoolean();
      boolean bx = rnd.nextBoolean();
      ZRange.Score range = new ZRange.Score(Math.min(a, b), ax, Math.max(a, b), bx);
      List<ByteString> expected = new ArrayList<>();
      for (Entry e : model) {
        boolean above = ax ? e.score > range.min() : e.score >= range.min();
        boolean below = bx ? e.score < range.max() : e.score <= range.max();
        if (above && below) {
          expected.add(e.member);
        }
      }
      List<ByteString> actual = new ArrayList<>();
      for (ZNode n : ZRangeSpec.byRange(z, range, false, 0, -1)) {
        actual.add(n.member);
      }
      assertThat(actual).as(why + " " + range).isEqualTo(expected);
      assertThat(ZSetCommands.countIn(z, range)).as(why + " " + range).isEqualTo(expected.size());
    }
    Set<ByteString> scanned = new HashSet<>();
    long cursor = 0;
    do {
      cursor = z.scan(cursor, n -> scanned.add(n.member));
    } while (cursor != 0);
    assertThat(scanned).as(why).hasSize(model.size());
  }
}
