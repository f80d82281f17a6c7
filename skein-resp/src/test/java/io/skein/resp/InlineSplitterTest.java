package io.skein.resp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads as a table: line | arguments joined by '|' (or UNBALANCED). */
class InlineSplitterTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '=', quoteCharacter = '`', emptyValue = "", value = {
      "set a b                 = set|a|b",
      "`   set   a   `         = set|a",
      "`\tget\tk\t`            = get|k",
      "`a\rb`                  = a|b",
      "`\u000b\fa\u000bb`      = a\u000bb",
      "\"hello world\"         = hello world",
      "'hello world'           = hello world",
      "\"\"                    = ",
      "\"\\x41\\x6a\\x7E\"     = Aj~",
      "\"\\xZZ\"               = xZZ",
      "\"\\x4\"                = x4",
      "\"\\q\"                 = q",
      "'it\\'s'                = it's",
      "'a\\nb'                 = a\\nb",
      "a\"b c\"                = ab c",
      "a'b c' d                = ab c|d",
      "\"a\"b                  = UNBALANCED",
      "'a'b                    = UNBALANCED",
      "\"abc                   = UNBALANCED",
      "'abc                    = UNBALANCED",
      "\"abc\\                 = UNBALANCED",
      "\"a\"\u000bb            = a|b",
  })
  void splitsLikeSdssplitargs(String line, String expected) {
    byte[][] args = InlineSplitter.split(line.getBytes(StandardCharsets.ISO_8859_1));
    if ("UNBALANCED".equals(expected)) {
      assertThat(args).isNull();
      return;
    }
    List<String> rendered = new ArrayList<>();
    for (byte[] arg : args) {
      rendered.add(new String(arg, StandardCharsets.ISO_8859_1));
    }
    assertThat(String.join("|", rendered)).isEqualTo(expected == null ? "" : expected);
  }

  @org.junit.jupiter.api.Test
  void doubleQuotesUnderstandCEscapes() {
    byte[][] args = InlineSplitter.split(
        "\"a\\n\\r\\t\\b\\a\\\\\\\"\"".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(args).hasNumberOfRows(1);
    assertThat(args[0]).isEqualTo(new byte[] {'a', '\n', '\r', '\t', '\b', 7, '\\', '"'});
  }

  @ParameterizedTest
  @CsvSource(quoteCharacter = '`', value = {"``", "`   `", "`\t\r`"})
  void blankLinesHaveNoArguments(String line) {
    assertThat(InlineSplitter.split(line.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
  }
}
