package io.skein.engine.sets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetRandomCommandsTest {

  private final EngineHarness h = new EngineHarness();

  private void fill(String key, String prefix, int n) {
    for (int i = 0; i < n; i++) {
      h.run("SADD", key, prefix + i);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void spopRemovesWhatItReturns() {
    assertThat(h.run("SPOP", "missing")).isNull();
    fill("s", "m", 10);
    String one = (String) h.run("SPOP", "s");
    assertThat(h.run("SISMEMBER", "s", one)).isEqualTo(0L);
    List<String> three = (List<String>) h.run("SPOP", "s", "3");
    assertThat(three).hasSize(3).doesNotHaveDuplicates().doesNotContain(one);
    assertThat(h.run("SCARD", "s")).isEqualTo(6L);
    for (String m : three) {
      assertThat(h.run("SISMEMBER", "s", m)).isEqualTo(0L);
    }
    List<String> rest = (List<String>) h.run("SPOP", "s", "100");
    assertThat(rest).hasSize(6);
    assertThat(h.run("EXISTS", "s")).isEqualTo(0L);
  }

  @Test
  void spopCountEdgeCases() {
    h.run("SADD", "s", "1", "2", "3");
    assertThat(h.run("SPOP", "s", "0")).isEqualTo(List.of());
    assertThat(h.run("SPOP", "missing", "2")).isEqualTo(List.of());
    assertThat(h.run("SPOP", "s", "-1")).isEqualTo("-ERR value is out of range, must be positive");
    assertThat(h.run("SPOP", "s", "x")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("SPOP", "s", "1", "2")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SCARD", "s")).isEqualTo(3L);
  }

  @Test
  @SuppressWarnings("unchecked")
  void srandmemberLeavesTheSetAlone() {
    assertThat(h.run("SRANDMEMBER", "missing")).isNull();
    assertThat(h.run("SRANDMEMBER", "missing", "5")).isEqualTo(List.of());
    fill("s", "m", 40);
    for (int count : new int[] {1, 5, 13, 14, 39, 40, 100}) {
      List<String> got = (List<String>) h.run("SRANDMEMBER", "s", String.valueOf(count));
      assertThat(got).as("count %d", count).hasSize(Math.min(count, 40)).doesNotHaveDuplicates();
    }
    assertThat(h.run("SRANDMEMBER", "s", "0")).isEqualTo(List.of());
    assertThat((List<String>) h.run("SRANDMEMBER", "s", "-100")).hasSize(100);
    assertThat(h.run("SCARD", "s")).isEqualTo(40L);
    assertThat(h.run("SRANDMEMBER", "s", "1", "2")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SRANDMEMBER", "s", "-9223372036854775808")).isEqualTo(
        "-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
  }

  @Test
  void srandmemberNegativeCountRepeatsAndCoversEveryEncoding() {
    h.run("SADD", "one", "7");
    assertThat(h.run("SRANDMEMBER", "one", "-3")).isEqualTo(List.of("7", "7", "7"));
    fill("big", "b", 300);
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < 20000; i++) {
      seen.add(h.run("SRANDMEMBER", "big"));
    }
    assertThat(seen).as("seed 42 (EngineHarness)").hasSize(300);
  }

  @Test
  void spopWithCountAnswersASetInResp3() {
    h.resp3();
    h.run("SADD", "s", "a");
    assertThat(h.run("SPOP", "s", "5")).isEqualTo(List.of("a"));
  }
}
