package io.skein.resp;

import static io.skein.resp.Decoding.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RespRequestDecoderLimitsTest {

  private static String command(int args, int bulkLength) {
    StringBuilder s = new StringBuilder("*").append(args).append("\r\n");
    for (int i = 0; i < args; i++) {
      s.append('$').append(bulkLength).append("\r\n").append("v".repeat(bulkLength)).append("\r\n");
    }
    return s.toString();
  }

  private static List<String> decode(RespRequestDecoder decoder, String input) {
    return Decoding.decodeChunks(decoder, bytes(input), 1000);
  }

  private static RespRequestDecoder unauthenticated() {
    RespRequestDecoder decoder = new RespRequestDecoder(RespLimits.defaults());
    decoder.requireAuthentication(true);
    return decoder;
  }

  @Test
  void unauthenticatedClientsMaySendTenArgumentsOf16384Bytes() {
    assertThat(decode(unauthenticated(), command(10, 16384))).hasSize(1);
  }

  @Test
  void unauthenticatedClientsMayNotSendElevenArguments() {
    assertThat(decode(unauthenticated(), command(11, 1)))
        .containsExactly("ERROR Protocol error: unauthenticated multibulk length");
  }

  @Test
  void unauthenticatedClientsMayNotSendABulkOf16385Bytes() {
    assertThat(decode(unauthenticated(), command(1, 16385)))
        .containsExactly("ERROR Protocol error: unauthenticated bulk length");
  }

  @Test
  void unauthenticatedLimitsLiftOnceAuthenticated() {
    RespRequestDecoder decoder = unauthenticated();
    decoder.authenticated(true);
    assertThat(decode(decoder, command(11, 16385))).hasSize(1);
  }

  @Test
  void withoutRequiredAuthenticationOnlyTheGeneralLimitsApply() {
    assertThat(decode(new RespRequestDecoder(RespLimits.defaults()), command(11, 16385))).hasSize(1);
  }

  @Test
  void invalidBulkLengthIsCheckedBeforeTheUnauthenticatedLimit() {
    assertThat(decode(unauthenticated(), "*1\r\n$536870913\r\n"))
        .containsExactly("ERROR Protocol error: invalid bulk length");
  }

  @Test
  void newLimitsApplyToTheNextCommand() {
    RespRequestDecoder decoder = new RespRequestDecoder(RespLimits.defaults());
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    channel.writeInbound(Unpooled.wrappedBuffer(bytes(command(1, 100))));
    decoder.limits(RespLimits.defaults().withMaxBulkLength(99));
    channel.writeInbound(Unpooled.wrappedBuffer(bytes(command(1, 100))));
    assertThat(Decoding.drain(channel))
        .containsExactly("[" + "v".repeat(100) + "]", "ERROR Protocol error: invalid bulk length");
    assertThat(decoder.limits().maxBulkLength()).isEqualTo(99);
  }

  @Test
  void aDeclared512MiBBulkDoesNotAllocateAheadOfItsBytes() {
    RespRequestDecoder decoder = new RespRequestDecoder(RespLimits.defaults());
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    channel.writeInbound(Unpooled.wrappedBuffer(bytes("*2\r\n$3\r\nSET\r\n$536870912\r\n")));
    assertThat(decoder.pendingBodyCapacity()).isZero();
    int received = 0;
    for (int i = 0; i < 20; i++) {
      channel.writeInbound(Unpooled.wrappedBuffer(new byte[50_000]));
      received += 50_000;
      assertThat(decoder.pendingBodyCapacity()).isLessThanOrEqualTo(2 * received);
    }
    assertThat((Object) channel.readInbound()).isNull();
    channel.finishAndReleaseAll();
  }

  @Test
  void defaultsAreRedis7s() {
    RespLimits limits = RespLimits.defaults();
    assertThat(limits.maxBulkLength()).isEqualTo(512L * 1024 * 1024);
    assertThat(limits.maxMultibulkLength()).isEqualTo(Integer.MAX_VALUE);
    assertThat(limits.maxInlineLength()).isEqualTo(64 * 1024);
    assertThat(limits.unauthenticatedMaxMultibulk()).isEqualTo(10);
    assertThat(limits.unauthenticatedMaxBulk()).isEqualTo(16384);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> RespLimits.defaults().withMaxBulkLength(0))
        .hasMessage("maxBulkLength: 0 (expected: > 0)");
  }
}
