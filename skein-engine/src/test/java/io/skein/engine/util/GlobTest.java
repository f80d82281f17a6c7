package io.skein.engine.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} => {2}")
  @CsvSource(delimiter = '|', value = {
      "*|anything|true",
      "*|''|false", // as stringmatchlen: callers treat a lone * as match-all first
      "**|''|false",
      "''|''|true",
      "a*|abc|true", "a*|bac|false", "*c|abc|true",
      "a?c|abc|true", "a?c|ac|false", "?|''|false",
      "h?llo|hello|true", "h?llo|hllo|false",
      "h*llo|hllo|true", "h*llo|heeeello|true",
      "h[ae]llo|hallo|true", "h[ae]llo|hello|true", "h[ae]llo|hillo|false",
      "h[^e]llo|hallo|true", "h[^e]llo|hello|false",
      "h[a-b]llo|hbllo|true", "h[b-a]llo|hallo|true", "h[a-b]llo|hcllo|false",
      "h\\*llo|h*llo|true", "h\\*llo|hello|false",
      "[\\]]|]|true", "[]a]|]a]|false",
      "user:*:name|user:42:name|true", "user:*:name|user:42:nam|false",
      "a*b*c|axxbyyc|true", "a*b*c|axxbyy|false",
      "*a*b*|xxaxxbxx|true", "*a*b*|xxbxxaxx|false",
      "ab|abc|false", "abc|ab|false",
      "a**|a|true", "**|x|true",
      "[abc|b|true", "[abc|d|false", "[|x|false",
      "a\\|a\\|true", "x\\|x\\|true",
  })
  void matchesAsRedisStringmatchlen(String pattern, String subject, boolean expected) {
    assertThat(Glob.matches(bytes(pattern), bytes(subject))).isEqualTo(expected);
  }

  @Test
  void matchesASliceWithoutLookingOutsideIt() {
    byte[] record = bytes("##user:42:name##");
    assertThat(Glob.matches(bytes("user:*:name"), record, 2, 12)).isTrue();
    assertThat(Glob.matches(bytes("user:*"), record, 2, 12)).isTrue();
    assertThat(Glob.matches(bytes("*#"), record, 2, 12)).isFalse();
    assertThat(Glob.matches(bytes("user:*:nam"), record, 2, 12)).isFalse();
    assertThat(Glob.matches(bytes("?"), record, 2, 1)).isTrue();
    assertThat(Glob.matches(bytes("*"), record, 2, 0)).isFalse();
  }

  @Test
  void bytesCompareAsSignedCharsAsInRedis() {
    // [\x01-\xff] is the range -1..1 to a signed char: it holds 0xff, 0x00 and 0x01, not 'a'.
    byte[] pattern = {'[', 0x01, '-', (byte) 0xff, ']'};
    assertThat(Glob.matches(pattern, new byte[] {'a'})).isFalse();
    assertThat(Glob.matches(pattern, new byte[] {(byte) 0xff})).isTrue();
    assertThat(Glob.matches(pattern, new byte[] {0})).isTrue();
    assertThat(Glob.matches(new byte[] {'[', (byte) 0x80, '-', (byte) 0x90, ']'},
        new byte[] {(byte) 0x85})).isTrue();
  }

  @Test
  void onlyALoneStarMatchesAll() {
    assertThat(Glob.matchesAll(bytes("*"))).isTrue();
    assertThat(Glob.matchesAll(bytes("**"))).isFalse();
    assertThat(Glob.matchesAll(bytes("a*"))).isFalse();
  }

  @Test
  void moreThanAThousandNestedStarsAnswerNoMatch() {
    assertThat(Glob.matches(bytes("*a".repeat(1000)), bytes("a".repeat(1000)))).isTrue();
    assertThat(Glob.matches(bytes("*a".repeat(1001)), bytes("a".repeat(1001)))).isFalse();
  }

  @ParameterizedTest(name = "pathological {0}")
  @CsvSource({"30", "200"})
  void pathologicalPatternsFinishQuickly(int stars) {
    String pattern = "a*".repeat(stars) + "b";
    String s = "a".repeat(stars * 2);
    assertThat(Glob.matches(bytes(pattern), bytes(s))).isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
