package io.skein.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyMergeTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String merge(ReplyMerge.Kind kind, String... parts) {
    List<byte[]> list = java.util.Arrays.stream(parts).map(ReplyMergeTest::b).toList();
    return new String(ReplyMerge.merge(kind, list), StandardCharsets.UTF_8);
  }

  @Test
  void integersAreAddedUp() {
    assertThat(merge(ReplyMerge.Kind.SUM, ":1\r\n", ":0\r\n", ":1\r\n")).isEqualTo(":2\r\n");
  }

  @Test
  void mgetPartsBecomeOneArrayInKeyOrder() {
    assertThat(merge(ReplyMerge.Kind.ELEMENTS, "$1\r\na\r\n", "$-1\r\n", "$2\r\nbc\r\n"))
        .isEqualTo("*3\r\n$1\r\na\r\n$-1\r\n$2\r\nbc\r\n");
  }

  @Test
  void keysArraysAreConcatenated() {
    assertThat(merge(ReplyMerge.Kind.CONCAT, "*1\r\n$1\r\na\r\n", "*0\r\n", "*2\r\n$1\r\nb\r\n$1\r\nc\r\n"))
        .isEqualTo("*3\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n");
  }

  @Test
  void anErrorInAnyPartIsTheAnswer() {
    assertThat(merge(ReplyMerge.Kind.ALL_OK, "+OK\r\n", "-ERR DC_QUORUM not reached\r\n"))
        .isEqualTo("-ERR DC_QUORUM not reached\r\n");
    assertThat(merge(ReplyMerge.Kind.ALL_OK, "+OK\r\n", "+OK\r\n")).isEqualTo("+OK\r\n");
  }
}
