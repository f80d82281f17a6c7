package io.skein.server.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.skein.resp.RespReplyDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplyFramingTest {

  /** One reply per entry, every RESP2 and RESP3 type, nested, with CRLF inside bulks. */
  private static final List<String> REPLIES = List.of(
      "+OK\r\n",
      "-ERR wrong number of arguments for 'get' command\r\n",
      ":-42\r\n",
      "$5\r\nhe\r\no\r\n",
      "$0\r\n\r\n",
      "$-1\r\n",
      "*-1\r\n",
      "*0\r\n",
      "*3\r\n$1\r\na\r\n$-1\r\n:7\r\n",
      "*2\r\n:1\r\n*2\r\n:2\r\n*2\r\n:3\r\n$1\r\nx\r\n",
      "*2\r\n*0\r\n*1\r\n*-1\r\n",
      "*2\r\n$1\r\n0\r\n*2\r\n$3\r\nk:1\r\n$3\r\nk:2\r\n",
      "_\r\n",
      ",1.5\r\n",
      "#t\r\n",
      "(123456789012345678901234567890\r\n",
      "=8\r\ntxt:a\r\nb\r\n",
      "!7\r\nSYNTAX!\r\n",
      "%2\r\n+k\r\n~1\r\n:2\r\n$1\r\nm\r\n%0\r\n",
      ">2\r\n+message\r\n$1\r\nx\r\n",
      "|1\r\n+ttl\r\n:3600\r\n+after-attribute\r\n",
      "|0\r\n:1\r\n",
      "*2\r\n|1\r\n+key\r\n+v\r\n:1\r\n:2\r\n");

  private static final byte[] STREAM = String.join("", REPLIES).getBytes(StandardCharsets.UTF_8);

  private static List<String> frame(List<byte[]> chunks) {
    EmbeddedChannel channel = new EmbeddedChannel(new ReplyFraming(1 << 20));
    for (byte[] chunk : chunks) {
      channel.writeInbound(Unpooled.wrappedBuffer(chunk));
    }
    List<String> out = new ArrayList<>();
    byte[] reply;
    while ((reply = channel.readInbound()) != null) {
      out.add(new String(reply, StandardCharsets.UTF_8));
    }
    channel.finishAndReleaseAll();
    return out;
  }

  @Test
  void cutsAStreamIntoTheRepliesAsSent() {
    assertThat(frame(List.of(STREAM))).containsExactlyElementsOf(REPLIES);
  }

  @Test
  void cutsTheSameWhereverTheBytesAreSplit() {
    for (int offset = 0; offset <= STREAM.length; offset++) {
      List<byte[]> chunks = List.of(Arrays.copyOfRange(STREAM, 0, offset),
          Arrays.copyOfRange(STREAM, offset, STREAM.length));
      assertThat(frame(chunks)).as("split at %d", offset).containsExactlyElementsOf(REPLIES);
    }
  }

  @Test
  void cutsTheSameFedOneByteAtATime() {
    List<byte[]> chunks = new ArrayList<>();
    for (byte b : STREAM) {
      chunks.add(new byte[] {b});
    }
    assertThat(frame(chunks)).containsExactlyElementsOf(REPLIES);
  }

  @Test
  void cutsTheSameInRandomPieces() {
    long seed = 20_240_611L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      List<byte[]> chunks = new ArrayList<>();
      for (int at = 0; at < STREAM.length; ) {
        int n = Math.min(STREAM.length - at, 1 + random.nextInt(12));
        chunks.add(Arrays.copyOfRange(STREAM, at, at + n));
        at += n;
      }
      assertThat(frame(chunks)).as("seed %d round %d", seed, round)
          .containsExactlyElementsOf(REPLIES);
    }
  }

  @Test
  void findsTheBoundariesSkeinRespsReplyDecoderFinds() {
    ByteBuf buf = Unpooled.wrappedBuffer(STREAM);
    for (String reply : REPLIES) {
      int before = buf.readerIndex();
      assertThat(RespReplyDecoder.parse(buf)).as(reply).isNotNull();
      assertThat(buf.readerIndex() - before).as(reply).isEqualTo(reply.length());
    }
  }

  @Test
  void aLargeBulkInManyReadsIsOneReply() {
    byte[] body = new byte[300_000];
    Arrays.fill(body, (byte) 'z');
    byte[] reply = ("$" + body.length + "\r\n" + new String(body, StandardCharsets.US_ASCII)
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    List<byte[]> chunks = new ArrayList<>();
    for (int at = 0; at < reply.length; at += 1000) {
      chunks.add(Arrays.copyOfRange(reply, at, Math.min(reply.length, at + 1000)));
    }
    List<String> out = frame(chunks);
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).hasSize(reply.length);
  }

  @Test
  void deepNestingNeedsNoJavaStack() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append("*1\r\n");
    }
    sb.append(":1\r\n");
    assertThat(frame(List.of(sb.toString().getBytes(StandardCharsets.US_ASCII))))
        .containsExactly(sb.toString());
  }

  @Test
  void refusesBytesThatAreNotRespAndDiscardsWhatFollows() {
    assertCorrupt("?what\r\n", "reply type: 0x3f");
    assertCorrupt("$3\r\nabcd\r\n", "no CRLF after it");
    assertCorrupt("$x\r\n", "length: 'x'");
    assertCorrupt("*-2\r\n", "aggregate length: -2");
    assertCorrupt("$2000000\r\n", "bulk length: 2000000 (expected: 0 to 1048576)");
    assertCorrupt("+OK\rX", "CR without LF");
  }

  private static void assertCorrupt(String input, String message) {
    EmbeddedChannel channel = new EmbeddedChannel(new ReplyFraming(1 << 20));
    assertThatThrownBy(() -> channel.writeInbound(Unpooled.copiedBuffer(input,
        StandardCharsets.US_ASCII)))
        .isInstanceOf(CorruptedFrameException.class)
        .hasMessageContaining(message);
    channel.writeInbound(Unpooled.copiedBuffer("+OK\r\n", StandardCharsets.US_ASCII));
    Object after = channel.readInbound();
    assertThat(after).as("nothing after a framing error").isNull();
    channel.finishAndReleaseAll();
  }
}
