package io.skein.resp;

import static io.skein.resp.Decoding.atEverySplit;
import static io.skein.resp.Decoding.bytes;
import static io.skein.resp.Decoding.decode;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RespRequestDecoderTest {

  @Test
  void decodesOneMultibulkCommandAtEverySplit() {
    atEverySplit("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nhello\r\n",
        out -> assertThat(out).containsExactly("[SET, k, hello]"));
  }

  @Test
  void decodesAPipelineOfMultibulkAndInlineCommandsAtEverySplit() {
    String pipeline = "*1\r\n$4\r\nPING\r\n"
        + "GET key\r\n"
        + "*2\r\n$3\r\nGET\r\n$0\r\n\r\n"
        + "set \"a b\" 'c d'\n"
        + "*3\r\n$4\r\nMSET\r\n$4\r\n\r\n\r\n\r\n$2\r\n*1\r\n";
    atEverySplit(pipeline, out -> assertThat(out).containsExactly(
        "[PING]", "[GET, key]", "[GET, ]", "[set, a b, c d]", "[MSET, \r\n\r\n, *1]"));
  }

  @Test
  void skipsEmptyInlineLinesAndNonPositiveCounts() {
    atEverySplit("\r\n\n   \r\n*0\r\n*-1\r\n*-10\r\nPING\r\n",
        out -> assertThat(out).containsExactly("[PING]"));
  }

  @Test
  void inlineLineMayEndInLfAlone() {
    assertThat(decode("ECHO hi\nPING\r\n")).containsExactly("[ECHO, hi]", "[PING]");
  }

  @Test
  void likeRedisDoesNotCheckTheBytesAfterABulkNorAfterAHeaderCr() {
    assertThat(decode("*1\r\n$4\r\nPINGxy*1\rX$4\r\nECHO\r\n")).containsExactly("[PING]", "[ECHO]");
  }

  @Test
  void negativeCountsDownToLongMinAreSkippedAsInRedis() {
    assertThat(decode("*-9223372036854775808\r\nPING\r\n")).containsExactly("[PING]");
  }

  @Test
  void decodesMoreArgumentsThanArePreallocated() {
    StringBuilder request = new StringBuilder("*3000\r\n");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      request.append('$').append(Integer.toString(i).length()).append("\r\n").append(i).append("\r\n");
      expected.add(Integer.toString(i));
    }
    List<String> out = Decoding.decodeChunks(
        new RespRequestDecoder(RespLimits.defaults()), bytes(request.toString()), 7);
    assertThat(out).containsExactly(expected.toString());
  }

  @Test
  void decodesALargeBulkArrivingInPieces() {
    String big = "x".repeat(200_000);
    byte[] input = bytes("*2\r\n$4\r\nECHO\r\n$200000\r\n" + big + "\r\n*1\r\n$4\r\nPING\r\n");
    for (int chunk : new int[] {1_000, 4_096, 65_536, 70_001, input.length}) {
      List<String> out = Decoding.decodeChunks(new RespRequestDecoder(RespLimits.defaults()), input, chunk);
      assertThat(out).as("chunk %d", chunk).containsExactly("[ECHO, " + big + "]", "[PING]");
    }
  }

  @Test
  void argumentsAreFreshArraysTheReceiverMayKeep() {
    EmbeddedChannel channel = new EmbeddedChannel(new RespRequestDecoder(RespLimits.defaults()));
    channel.writeInbound(Unpooled.wrappedBuffer(
        bytes("*2\r\n$3\r\nGET\r\n$3\r\nabc\r\n*2\r\n$3\r\nGET\r\n$3\r\nabc\r\n")));
    byte[][] first = channel.readInbound();
    byte[][] second = channel.readInbound();
    assertThat(first[1]).isNotSameAs(second[1]).isEqualTo(second[1]);
    channel.finishAndReleaseAll();
  }

  @Test
  void aRepeatedCommandNameSharesTheEarlierArrayAndANewOneDoesNot() {
    EmbeddedChannel channel = new EmbeddedChannel(new RespRequestDecoder(RespLimits.defaults()));
    channel.writeInbound(Unpooled.wrappedBuffer(bytes(
        "*1\r\n$4\r\nPING\r\n*1\r\n$4\r\nPING\r\n*1\r\n$4\r\nPONG\r\n*1\r\n$4\r\nPING\r\n")));
    byte[][] first = channel.readInbound();
    byte[][] repeated = channel.readInbound();
    byte[][] other = channel.readInbound();
    byte[][] again = channel.readInbound();
    assertThat(repeated[0]).isSameAs(first[0]);
    assertThat(other[0]).isEqualTo(bytes("PONG"));
    assertThat(again[0]).isEqualTo(bytes("PING")).isNotSameAs(first[0]);
    channel.finishAndReleaseAll();
  }

  @Test
  void aClosingChannelWithAPartialCommandEmitsNothing() {
    EmbeddedChannel channel = new EmbeddedChannel(new RespRequestDecoder(RespLimits.defaults()));
    channel.writeInbound(Unpooled.wrappedBuffer(bytes("*2\r\n$3\r\nGET\r\n$3\r\nk")));
    assertThat(channel.finish()).isFalse();
  }
}
