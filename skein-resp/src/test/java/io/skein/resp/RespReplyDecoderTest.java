package io.skein.resp;

import static io.skein.resp.Decoding.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RespReplyDecoderTest {

  private static final String EVERY_TYPE = "+OK\r\n-ERR bad\r\n:-42\r\n$5\r\nhe\r\no\r\n$-1\r\n*-1\r\n"
      + "*2\r\n:1\r\n*0\r\n_\r\n,1.5\r\n,-inf\r\n,nan\r\n#t\r\n(123456789012345678901234567890\r\n"
      + "=8\r\nmkd:a\r\nb\r\n%1\r\n+k\r\n~1\r\n:2\r\n>2\r\n+message\r\n$1\r\nx\r\n!7\r\nSYNTAX!\r\n"
      + "|1\r\n+ttl\r\n:3600\r\n+after-attribute\r\n";

  private static final List<RespValue> EVERY_VALUE = List.of(
      new RespValue.SimpleString("OK"),
      new RespValue.Error("ERR bad"),
      new RespValue.Integer(-42),
      new RespValue.BulkString(bytes("he\r\no")),
      new RespValue.BulkString(null),
      new RespValue.Array(null),
      new RespValue.Array(List.of(new RespValue.Integer(1), new RespValue.Array(List.of()))),
      new RespValue.Null(),
      new RespValue.DoubleValue(1.5),
      new RespValue.DoubleValue(Double.NEGATIVE_INFINITY),
      new RespValue.DoubleValue(Double.NaN),
      new RespValue.Bool(true),
      new RespValue.BigNumber("123456789012345678901234567890"),
      new RespValue.Verbatim("mkd", bytes("a\r\nb")),
      new RespValue.Map(List.of(Map.entry(new RespValue.SimpleString("k"),
          new RespValue.Set(List.of(new RespValue.Integer(2)))))),
      new RespValue.Push(List.of(new RespValue.SimpleString("message"), RespValue.BulkString.of("x"))),
      new RespValue.Error("SYNTAX!"),
      new RespValue.SimpleString("after-attribute"));

  private static List<RespValue> decodeSplitAt(byte[] input, int offset) {
    EmbeddedChannel channel = new EmbeddedChannel(new RespReplyDecoder());
    channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(input, 0, offset)));
    channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(input, offset, input.length)));
    List<RespValue> out = new ArrayList<>();
    RespValue v;
    while ((v = channel.readInbound()) != null) {
      out.add(v);
    }
    channel.finishAndReleaseAll();
    return out;
  }

  @Test
  void decodesEveryTypeAtEverySplit() {
    byte[] input = bytes(EVERY_TYPE);
    for (int offset = 0; offset <= input.length; offset++) {
      assertThat(decodeSplitAt(input, offset)).as("split at %d", offset).isEqualTo(EVERY_VALUE);
    }
  }

  @Test
  void parseReturnsNullAndKeepsTheReaderIndexOnAPartialValue() {
    byte[] input = bytes("*2\r\n$3\r\nfoo\r\n:1");
    ByteBuf buf = Unpooled.wrappedBuffer(input);
    assertThat(RespReplyDecoder.parse(buf)).isNull();
    assertThat(buf.readerIndex()).isZero();
    buf = Unpooled.wrappedBuffer(bytes("*2\r\n$3\r\nfoo\r\n:1\r\n+next\r\n"));
    assertThat(RespReplyDecoder.parse(buf)).isEqualTo(new RespValue.Array(
        List.of(RespValue.BulkString.of("foo"), new RespValue.Integer(1))));
    assertThat(RespReplyDecoder.parse(buf)).isEqualTo(new RespValue.SimpleString("next"));
    assertThat(buf.isReadable()).isFalse();
  }

  @Test
  void malformedRepliesAreCorruptFrames() {
    for (String bad : new String[] {"?x\r\n", ":1x\r\n", "$-2\r\n", "$3\r\nabcde", "#x\r\n",
        "*-2\r\n", ":1\rx", "_x\r\n", ",abc\r\n", "(1.5\r\n", "=2\r\nab\r\n"}) {
      assertThatThrownBy(() -> RespReplyDecoder.parse(Unpooled.wrappedBuffer(bytes(bad))))
          .as(bad).isInstanceOf(CorruptedFrameException.class);
    }
  }

  @Test
  void aBulkOverTheLimitIsRefusedBeforeItsBytesArrive() {
    EmbeddedChannel channel = new EmbeddedChannel(new RespReplyDecoder(5));
    assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(bytes("$7\r\n"))))
        .isInstanceOf(DecoderException.class)
        .hasMessageContaining("bulk length: 7 (expected: 0 to 5)");
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    int depth = 100_000;
    byte[] input = bytes("*1\r\n".repeat(depth) + ":7\r\n");
    RespValue value = RespReplyDecoder.parse(Unpooled.wrappedBuffer(input));
    int seen = 0;
    while (value instanceof RespValue.Array a) {
      value = a.items().get(0);
      seen++;
    }
    assertThat(seen).isEqualTo(depth);
    assertThat(value).isEqualTo(new RespValue.Integer(7));
  }

  @Test
  void bytesValuesCompareByContent() {
    assertThat(RespValue.BulkString.of("a")).isEqualTo(RespValue.BulkString.of("a"))
        .hasSameHashCodeAs(RespValue.BulkString.of("a"))
        .isNotEqualTo(RespValue.BulkString.of("b"))
        .isNotEqualTo(new RespValue.BulkString(null));
    assertThat(new RespValue.Verbatim("txt", bytes("x")))
        .isEqualTo(new RespValue.Verbatim("txt", bytes("x")))
        .isNotEqualTo(new RespValue.Verbatim("mkd", bytes("x")));
  }
}
