package io.skein.engine.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashScanCommandsTest {

  private final EngineHarness h = new EngineHarness();

  private void fill(String key, int n) {
    for (int i = 0; i < n; i++) {
      h.run("HSET", key, "f" + i, "v" + i);
    }
  }

  @Test
  void hrandfieldWithoutCountGivesOneFieldOrNull() {
    assertThat(h.run("HRANDFIELD", "missing")).isNull();
    h.run("HSET", "h", "a", "1", "b", "2");
    assertThat(h.run("HRANDFIELD", "h")).isIn("a", "b");
  }

  @Test
  void hrandfieldPositiveCountGivesDistinctFieldsCappedAtTheSize() {
    fill("h", 20);
    for (int count : new int[] {1, 5, 7, 19, 20, 25}) {
      @SuppressWarnings("unchecked")
      List<String> got = (List<String>) h.run("HRANDFIELD", "h", String.valueOf(count));
      assertThat(got).as("count %d", count).hasSize(Math.min(count, 20)).doesNotHaveDuplicates();
      assertThat(got).allMatch(f -> f.matches("f\\d+"));
    }
    assertThat(h.run("HRANDFIELD", "h", "0")).isEqualTo(List.of());
    assertThat(h.run("HRANDFIELD", "missing", "3")).isEqualTo(List.of());
  }

  @Test
  void hrandfieldNegativeCountMayRepeat() {
    h.run("HSET", "h", "a", "1");
    assertThat(h.run("HRANDFIELD", "h", "-4")).isEqualTo(List.of("a", "a", "a", "a"));
  }

  @Test
  void hrandfieldWithValuesIsFlatInResp2AndPairsInResp3() {
    h.run("HSET", "h", "a", "1");
    assertThat(h.run("HRANDFIELD", "h", "-2", "WITHVALUES"))
        .isEqualTo(List.of("a", "1", "a", "1"));
    h.resp3();
    assertThat(h.run("HRANDFIELD", "h", "2", "withvalues")).isEqualTo(List.of(List.of("a", "1")));
  }

  @Test
  void hrandfieldRejectsBadArguments() {
    h.run("HSET", "h", "a", "1");
    assertThat(h.run("HRANDFIELD", "h", "x")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("HRANDFIELD", "h", "1", "WITHSCORES")).isEqualTo("-ERR syntax error");
    assertThat(h.run("HRANDFIELD", "h", "1", "WITHVALUES", "x")).isEqualTo("-ERR syntax error");
    assertThat(h.run("HRANDFIELD", "h", "-9223372036854775807", "WITHVALUES"))
        .isEqualTo("-ERR value is out of range");
    assertThat(h.run("HRANDFIELD", "h", "-9223372036854775808")).isEqualTo(
        "-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
  }

  @Test
  void hrandfieldIsRepeatableForASeed() {
    fill("h", 300);
    EngineHarness other = new EngineHarness();
    for (int i = 0; i < 300; i++) {
      other.run("HSET", "h", "f" + i, "v" + i);
    }
    assertThat(h.run("HRANDFIELD", "h", "-10")).isEqualTo(other.run("HRANDFIELD", "h", "-10"));
  }

  @Test
  void hscanReturnsASmallHashWholeWithCursorZero() {
    h.run("HSET", "h", "a", "1", "b", "2", "c", "3");
    assertThat(h.run("HSCAN", "h", "0", "COUNT", "1"))
        .isEqualTo(List.of("0", List.of("a", "1", "b", "2", "c", "3")));
    assertThat(h.run("HSCAN", "h", "0", "MATCH", "[ab]"))
        .isEqualTo(List.of("0", List.of("a", "1", "b", "2")));
    assertThat(h.run("HSCAN", "h", "0", "NOVALUES")).isEqualTo(List.of("0", List.of("a", "b", "c")));
    assertThat(h.run("HSCAN", "missing", "0", "COUNT", "0")).isEqualTo(List.of("0", List.of()));
  }

  @Test
  void hscanValidatesCursorAndOptions() {
    h.run("HSET", "h", "a", "1");
    assertThat(h.run("HSCAN", "h", "x")).isEqualTo("-ERR invalid cursor");
    assertThat(h.run("HSCAN", "h", "-1")).isEqualTo("-ERR invalid cursor");
    assertThat(h.run("HSCAN", "h", "0", "COUNT", "0")).isEqualTo("-ERR syntax error");
    assertThat(h.run("HSCAN", "h", "0", "COUNT")).isEqualTo("-ERR syntax error");
    assertThat(h.run("HSCAN", "h", "0", "COUNT", "x"))
        .isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("HSCAN", "h", "0", "TYPE", "hash")).isEqualTo("-ERR syntax error");
  }

  @Test
  @SuppressWarnings("unchecked")
  void hscanOfALargeHashVisitsEveryFieldWhileItChanges() {
    fill("h", 1000);
    Set<String> seen = new HashSet<>();
    String cursor = "0";
    int round = 0;
    do {
      List<Object> reply = (List<Object>) h.run("HSCAN", "h", cursor, "COUNT", "25");
      cursor = (String) reply.get(0);
      List<String> items = (List<String>) reply.get(1);
      for (int i = 0; i < items.size(); i += 2) {
        seen.add(items.get(i));
        if (items.get(i).startsWith("f")) {
          assertThat(items.get(i + 1)).isEqualTo("v" + items.get(i).substring(1));
        }
      }
      // Churn that makes the table grow, then shrink, between calls.
      for (int j = 0; j < 50; j++) {
        if (round < 20) {
          h.run("HSET", "h", "x" + round + "_" + j, "vx");
        } else {
          h.run("HDEL", "h", "x" + (round - 20) + "_" + j);
        }
      }
      round++;
    } while (!cursor.equals("0"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      expected.add("f" + i);
    }
    assertThat(seen).containsAll(expected);
  }

  @Test
  @SuppressWarnings("unchecked")
  void hscanMatchFiltersALargeHash() {
    fill("h", 500);
    Set<String> seen = new HashSet<>();
    String cursor = "0";
    do {
      List<Object> reply = (List<Object>) h.run("HSCAN", "h", cursor, "MATCH", "f1?", "NOVALUES");
      cursor = (String) reply.get(0);
      seen.addAll((List<String>) reply.get(1));
    } while (!cursor.equals("0"));
    assertThat(seen).hasSize(10).allMatch(f -> f.matches("f1\\d"));
  }
}
