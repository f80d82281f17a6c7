package io.skein.engine.sets;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RESP3 reply types of the set family, as Redis 7.2's t_set.c writes them: SMEMBERS,
 * SINTER, SUNION, SDIFF and SPOP with a count answer sets ({@code ~}), empty ones included;
 * SRANDMEMBER with a count always answers an array (members may repeat). In RESP2 all are
 * arrays.
 */
class SetReplyTypesTest {

  private static EngineHarness filled(boolean resp3) {
    EngineHarness h = new EngineHarness();
    if (resp3) {
      h.resp3();
    }
    h.run("SADD", "s", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    h.run("SADD", "t", "a", "z");
    return h;
  }

  private static char typeOf(EngineHarness h, String... command) {
    Object reply = h.run(command);
    assertThat(reply).as(String.join(" ", command)).isInstanceOf(List.class);
    return h.lastType();
  }

  @ParameterizedTest(name = "resp3={0}")
  @ValueSource(booleans = {true, false})
  void algebraAndMembersAnswerSets(boolean resp3) {
    EngineHarness h = filled(resp3);
    char set = resp3 ? '~' : '*';
    for (String[] cmd : new String[][] {
        {"SMEMBERS", "s"}, {"SMEMBERS", "missing"},
        {"SINTER", "s", "t"}, {"SINTER", "s", "missing"}, {"SINTER", "missing"},
        {"SUNION", "s", "t"}, {"SUNION", "missing"},
        {"SDIFF", "s", "t"}, {"SDIFF", "missing", "s"}}) {
      assertThat(typeOf(h, cmd)).as(String.join(" ", cmd)).isEqualTo(set);
    }
  }

  @ParameterizedTest(name = "resp3={0}")
  @ValueSource(booleans = {true, false})
  void spopWithACountAnswersASetWhateverTheCase(boolean resp3) {
    EngineHarness h = filled(resp3);
    char set = resp3 ? '~' : '*';
    assertThat(typeOf(h, "SPOP", "missing", "3")).isEqualTo(set);
    assertThat(typeOf(h, "SPOP", "s", "0")).isEqualTo(set);
    assertThat(typeOf(h, "SPOP", "s", "1")).isEqualTo(set);
    assertThat(typeOf(h, "SPOP", "s", "8")).isEqualTo(set); // most of the set
    assertThat(typeOf(h, "SPOP", "s", "100")).isEqualTo(set); // all of it
    assertThat(h.run("EXISTS", "s")).isEqualTo(0L);
  }

  @ParameterizedTest(name = "resp3={0}")
  @ValueSource(booleans = {true, false})
  void srandmemberWithACountAnswersAnArrayWhateverTheCase(boolean resp3) {
    EngineHarness h = filled(resp3);
    for (String count : List.of("0", "1", "3", "9", "100", "-3", "-100")) {
      assertThat(typeOf(h, "SRANDMEMBER", "s", count)).as(count).isEqualTo('*');
    }
    assertThat(typeOf(h, "SRANDMEMBER", "missing", "3")).isEqualTo('*');
  }

  @ParameterizedTest(name = "resp3={0}")
  @ValueSource(booleans = {true, false})
  void withoutACountBothAnswerABulkOrNull(boolean resp3) {
    EngineHarness h = filled(resp3);
    assertThat(h.run("SPOP", "missing")).isNull();
    assertThat(h.run("SRANDMEMBER", "missing")).isNull();
    assertThat(h.run("SRANDMEMBER", "t")).isIn("a", "z");
  }
}
