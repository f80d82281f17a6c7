package io.skein.resp;

import static io.skein.resp.RespVersion.RESP2;
import static io.skein.resp.RespVersion.RESP3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Golden bytes of every encoder method, in RESP2 and RESP3. */
class RespEncoderTest {

  private static String encode(Consumer<ByteBuf> write) {
    ByteBuf out = Unpooled.buffer(8);
    try {
      write.accept(out);
      return out.toString(StandardCharsets.ISO_8859_1);
    } finally {
      out.release();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void simpleStrings() {
    assertThat(encode(out -> RespEncoder.simpleString(out, "OK"))).isEqualTo("+OK\r\n");
    assertThat(encode(out -> RespEncoder.simpleString(out, utf8("PONG")))).isEqualTo("+PONG\r\n");
    assertThatThrownBy(() -> encode(out -> RespEncoder.simpleString(out, "a\r\nb")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> encode(out -> RespEncoder.simpleString(out, utf8("a\nb"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorsReplaceLineBreaksWithSpaces() {
    assertThat(encode(out -> RespEncoder.error(out, "ERR unknown command 'x'")))
        .isEqualTo("-ERR unknown command 'x'\r\n");
    assertThat(encode(out -> RespEncoder.error(out, "ERR a\r\nb\nc"))).isEqualTo("-ERR a  b c\r\n");
  }

  @Test
  void integersFromTheTableAndBeyondIt() {
    long[] values = {0, 1, -1, 9, 10, 9999, 10_000, 10_001, -2, 123_456_789,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1_000_000_000_000_000_000L};
    for (long v : values) {
      assertThat(encode(out -> RespEncoder.integer(out, v))).isEqualTo(":" + v + "\r\n");
    }
  }

  @Test
  void bulkStrings() {
    assertThat(encode(out -> RespEncoder.bulk(out, utf8("hello")))).isEqualTo("$5\r\nhello\r\n");
    assertThat(encode(out -> RespEncoder.bulk(out, new byte[0]))).isEqualTo("$0\r\n\r\n");
    assertThat(encode(out -> RespEncoder.bulk(out, utf8("xhelloy"), 1, 5))).isEqualTo("$5\r\nhello\r\n");
    assertThat(encode(out -> RespEncoder.bulk(out, "é"))).isEqualTo("$2\r\n\u00c3\u00a9\r\n");
    String big = "z".repeat(12_345);
    assertThat(encode(out -> RespEncoder.bulk(out, big))).isEqualTo("$12345\r\n" + big + "\r\n");
  }

  @Test
  void nulls() {
    assertThat(encode(out -> RespEncoder.nullBulk(out, RESP2))).isEqualTo("$-1\r\n");
    assertThat(encode(out -> RespEncoder.nullBulk(out, RESP3))).isEqualTo("_\r\n");
    assertThat(encode(out -> RespEncoder.nullArray(out, RESP2))).isEqualTo("*-1\r\n");
    assertThat(encode(out -> RespEncoder.nullArray(out, RESP3))).isEqualTo("_\r\n");
  }

  @Test
  void aggregateHeaders() {
    assertThat(encode(out -> RespEncoder.arrayHeader(out, 3))).isEqualTo("*3\r\n");
    assertThat(encode(out -> RespEncoder.arrayHeader(out, 0))).isEqualTo("*0\r\n");
    assertThat(encode(out -> RespEncoder.mapHeader(out, 2, RESP3))).isEqualTo("%2\r\n");
    assertThat(encode(out -> RespEncoder.mapHeader(out, 2, RESP2))).isEqualTo("*4\r\n");
    assertThat(encode(out -> RespEncoder.mapHeader(out, 6000, RESP2))).isEqualTo("*12000\r\n");
    assertThat(encode(out -> RespEncoder.setHeader(out, 2, RESP3))).isEqualTo("~2\r\n");
    assertThat(encode(out -> RespEncoder.setHeader(out, 2, RESP2))).isEqualTo("*2\r\n");
    assertThat(encode(out -> RespEncoder.pushHeader(out, 3, RESP3))).isEqualTo(">3\r\n");
    assertThat(encode(out -> RespEncoder.pushHeader(out, 3, RESP2))).isEqualTo("*3\r\n");
  }

  @Test
  void doubles() {
    assertThat(encode(out -> RespEncoder.doubleValue(out, 1.5, RESP3))).isEqualTo(",1.5\r\n");
    assertThat(encode(out -> RespEncoder.doubleValue(out, 3, RESP3))).isEqualTo(",3\r\n");
    assertThat(encode(out -> RespEncoder.doubleValue(out, Double.POSITIVE_INFINITY, RESP3)))
        .isEqualTo(",inf\r\n");
    assertThat(encode(out -> RespEncoder.doubleValue(out, Double.NEGATIVE_INFINITY, RESP3)))
        .isEqualTo(",-inf\r\n");
    assertThat(encode(out -> RespEncoder.doubleValue(out, 1.5, RESP2))).isEqualTo("$3\r\n1.5\r\n");
    assertThat(encode(out -> RespEncoder.doubleValue(out, Double.NEGATIVE_INFINITY, RESP2)))
        .isEqualTo("$4\r\n-inf\r\n");
  }

  @Test
  void booleans() {
    assertThat(encode(out -> RespEncoder.bool(out, true, RESP3))).isEqualTo("#t\r\n");
    assertThat(encode(out -> RespEncoder.bool(out, false, RESP3))).isEqualTo("#f\r\n");
    assertThat(encode(out -> RespEncoder.bool(out, true, RESP2))).isEqualTo(":1\r\n");
    assertThat(encode(out -> RespEncoder.bool(out, false, RESP2))).isEqualTo(":0\r\n");
  }

  @Test
  void verbatimStrings() {
    assertThat(encode(out -> RespEncoder.verbatim(out, "txt", utf8("Some string"), RESP3)))
        .isEqualTo("=15\r\ntxt:Some string\r\n");
    assertThat(encode(out -> RespEncoder.verbatim(out, "txt", utf8("Some string"), RESP2)))
        .isEqualTo("$11\r\nSome string\r\n");
    assertThatThrownBy(() -> encode(out -> RespEncoder.verbatim(out, "text", utf8("x"), RESP3)))
        .hasMessage("verbatim format: text (expected: 3 characters)");
  }

  @Test
  void bigNumbers() {
    String digits = "3492890328409238509324850943850943825024385";
    assertThat(encode(out -> RespEncoder.bigNumber(out, digits, RESP3))).isEqualTo("(" + digits + "\r\n");
    assertThat(encode(out -> RespEncoder.bigNumber(out, digits, RESP2)))
        .isEqualTo("$43\r\n" + digits + "\r\n");
  }

  @Test
  void commandsAsClientsSendThem() {
    assertThat(encode(out -> RespEncoder.command(out, utf8("GET"), utf8("k"))))
        .isEqualTo("*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
  }

  @Test
  void valuesInBothVersions() {
    RespValue map = new RespValue.Map(java.util.List.of(
        java.util.Map.entry(RespValue.BulkString.of("a"), new RespValue.Bool(true)),
        java.util.Map.entry(new RespValue.SimpleString("b"), new RespValue.Null())));
    assertThat(encode(out -> RespEncoder.value(out, map, RESP3))).isEqualTo("%2\r\n$1\r\na\r\n#t\r\n+b\r\n_\r\n");
    assertThat(encode(out -> RespEncoder.value(out, map, RESP2)))
        .isEqualTo("*4\r\n$1\r\na\r\n:1\r\n+b\r\n$-1\r\n");
  }
}
