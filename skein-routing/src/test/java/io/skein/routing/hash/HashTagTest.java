package io.skein.routing.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HashTagTest {

  @ParameterizedTest(name = "{0} with {1} hashes ''{2}''")
  @CsvSource(delimiter = '|', value = {
      "{user1000}.following | {} | user1000",
      "foo{bar}{zap}        | {} | bar",
      "foo{}{bar}           | {} | foo{}{bar}",
      "foo{bar              | {} | foo{bar",
      "{{bar}}zap           | {} | {bar",
      "plain                | {} | plain",
      "a:b:c                | :: | b",
      "a::c                 | :: | a::c",
      "x$y#z                | $# | y",
      "''                   | {} | ''",
  })
  void selectsTheEnclosedPartOrTheWholeKey(String key, String tag, String hashed) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    long selection = HashTag.parse(tag).select(bytes, 0, bytes.length);
    String selected = new String(bytes, HashTag.start(selection), HashTag.length(selection),
        StandardCharsets.UTF_8);
    assertThat(selected).isEqualTo(hashed);
  }

  @ParameterizedTest
  @CsvSource({"xx{ab}yy, 1, 6, ab", "xx{ab}yy, 3, 3, ab}"})
  void honoursTheSliceBounds(String key, int offset, int length, String hashed) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    long selection = HashTag.BRACES.select(bytes, offset, length);
    assertThat(new String(bytes, HashTag.start(selection), HashTag.length(selection),
        StandardCharsets.UTF_8)).isEqualTo(hashed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{}}", "é}"})
  void refusesAnythingButTwoAsciiCharacters(String text) {
    assertThatThrownBy(() -> HashTag.parse(text)).hasMessageContaining("hash_tag: '" + text + "'");
  }
}
