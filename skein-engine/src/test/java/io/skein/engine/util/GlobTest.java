package io.skein.engine.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} => {2}")
  @CsvSource(delimiter = '|', value = {
      "*|anything|true", "*|''|true", "a*|abc|true", "a*|bac|false", "*c|abc|true",
      "a?c|abc|true", "a?c|ac|false", "h[ae]llo|hello|true", "h[ae]llo|hillo|false",
      "h[^e]llo|hallo|true", "h[^e]llo|hello|false", "h[a-b]llo|hbllo|true",
      "h[b-a]llo|hallo|true", "h[a-b]llo|hcllo|false", "h\\*llo|h*llo|true",
      "h\\*llo|hello|false", "*a*b*|xxaxxbxx|true", "*a*b*|xxbxxaxx|false",
      "[abc|b|true", "[|x|false", "a\\|a\\|true", "**|x|true", "?|''|false"})
  void matchesAsRedisDoes(String pattern, String subject, boolean expected) {
    assertThat(Glob.matches(pattern.getBytes(StandardCharsets.UTF_8),
        subject.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }
}
