package io.skein.engine.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GlobTest {

  private static boolean m(String pattern, String s) {
    return Glob.matches(pattern.getBytes(StandardCharsets.ISO_8859_1),
        s.getBytes(StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest(name = "{0} ~ {1} => {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "*|hello|true",
      "h*o|hello|true",
      "h*o|hell|false",
      "h?llo|hallo|true",
      "h?llo|hllo|false",
      "h[ae]llo|hello|true",
      "h[ae]llo|hillo|false",
      "h[^e]llo|hallo|true",
      "h[^e]llo|hello|false",
      "h[a-b]llo|hbllo|true",
      "h[b-a]llo|hallo|true",
      "h[a-b]llo|hcllo|false",
      "*a*b*c|xxaxxbxxc|true",
      "*a*b*c|xxaxxcxxb|false",
      "a**|a|true",
      "a*|a|true",
      "**|x|true",
      "abc|abc|true",
      "abc|abcd|false",
      "abcd|abc|false",
      "Hello|hello|false",
      "h\\*o|h*o|true",
      "h\\*o|hello|false",
      "h\\[a]|h[a]|true",
      "[\\]]|]|true",
      "[\\-]|-|true",
      "[a-]|]|true",
      "a\\|a\\|true",
      "[]a|]a|false",
  })
  void matchesAsRedisDoes(String pattern, String s, boolean expected) {
    assertThat(m(pattern, s)).as("%s ~ %s", pattern, s).isEqualTo(expected);
  }

  @Test
  void emptyStringMatchesOnlyTheEmptyPattern() {
    // stringmatchlen: the loop never runs for an empty string, so a lone star fails too.
    assertThat(m("", "")).isTrue();
    assertThat(m("*", "")).isFalse();
    assertThat(m("?", "")).isFalse();
    assertThat(m("", "a")).isFalse();
  }

  @Test
  void unclosedBracketTakesTheRestOfThePatternAsItsSet() {
    assertThat(m("[abc", "a")).isTrue();
    assertThat(m("[abc", "b")).isTrue();
    assertThat(m("[abc", "d")).isFalse();
    assertThat(m("x[abc", "xc")).isTrue();
    assertThat(m("[abc", "ab")).isFalse();
    assertThat(m("[^abc", "d")).isTrue();
    assertThat(m("[", "a")).isFalse();
    assertThat(m("[^", "a")).isTrue();
  }

  @Test
  void trailingBackslashIsALiteralBackslash() {
    assertThat(m("a\\", "a\\")).isTrue();
    assertThat(m("a\\", "a")).isFalse();
  }

  @Test
  void bytesCompareSignedInRangesAsCCharDoes() {
    // 0x80..0xff are negative as signed char: [a-\xff] runs from -1 to 'a', covering digits.
    assertThat(m("[a-\u00ff]", "5")).isTrue();
    assertThat(m("[a-\u00ff]", "z")).isFalse();
    assertThat(m("\u00e9", "\u00e9")).isTrue();
  }

  @Test
  void manyStarsStayFast() {
    String pattern = "a*".repeat(40) + "b";
    String s = "a".repeat(200);
    assertThat(m(pattern, s)).isFalse();
    assertThat(m(pattern, s + "b")).isTrue();
  }

  @Test
  void deepNestingIsRefused() {
    String pattern = "*a".repeat(1100);
    assertThat(m(pattern, "a".repeat(1100))).isFalse();
  }
}
