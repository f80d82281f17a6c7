package io.skein.engine.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyGlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "*|anything|true",
      "*|''|false", // as stringmatchlen: callers treat a lone * as match-all first
      "h?llo|hello|true",
      "h?llo|hllo|false",
      "h*llo|hllo|true",
      "h*llo|heeeello|true",
      "h[ae]llo|hallo|true",
      "h[ae]llo|hillo|false",
      "h[^e]llo|hallo|true",
      "h[^e]llo|hello|false",
      "h[a-b]llo|hbllo|true",
      "h[b-a]llo|hallo|true",
      "h[a-b]llo|hcllo|false",
      "h\\*llo|h*llo|true",
      "h\\*llo|hello|false",
      "[\\]]|]|true",
      "user:*:name|user:42:name|true",
      "user:*:name|user:42:nam|false",
      "a*b*c|axxbyyc|true",
      "a*b*c|axxbyy|false",
      "ab|abc|false",
      "abc|ab|false",
      "a**|a|true",
      "[abc|b|true",
      "[abc|d|false",
      "x\\|x\\|true",
  })
  void matchesAsRedisStringmatchlen(String pattern, String s, boolean expected) {
    assertThat(KeyGlob.matches(bytes(pattern), bytes(s))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "pathological {0}")
  @CsvSource({"30", "200"})
  void pathologicalPatternsFinishQuickly(int stars) {
    String pattern = "a*".repeat(stars) + "b";
    String s = "a".repeat(stars * 2);
    assertThat(KeyGlob.matches(bytes(pattern), bytes(s))).isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
