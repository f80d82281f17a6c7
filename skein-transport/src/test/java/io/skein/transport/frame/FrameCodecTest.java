package io.skein.transport.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.transport.ClusterSecret;
import io.skein.transport.FrameRejection;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

  private final Mac mac = ClusterSecret.of("the-cluster-secret-0001").newMac();

  @Test
  void aFrameRoundTripsWithItsHeaderFields() throws Exception {
    byte[] bytes = FrameCodec.encode(FrameType.REPLY, 3, -2L, Long.MAX_VALUE, new byte[] {7, 8},
        mac);
    assertThat(bytes).hasSize(FrameCodec.HEADER + 2 + FrameCodec.MAC);
    Frame frame = FrameCodec.parse(bytes);
    assertThat(frame.type()).isEqualTo(FrameType.REPLY);
    assertThat(frame.channelCode()).isEqualTo(3);
    assertThat(frame.correlationId()).isEqualTo(-2L);
    assertThat(frame.sequence()).isEqualTo(Long.MAX_VALUE);
    assertThat(frame.payload()).containsExactly(7, 8);
    assertThat(FrameCodec.verify(bytes, mac)).isTrue();
  }

  @Test
  void theLayoutMatchesTheDesignNote() {
    byte[] bytes = FrameCodec.encode(FrameType.ONEWAY, 2, 0x0102, 0x0A0B, new byte[0], mac);
    assertThat(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3])
        .isEqualTo(FrameCodec.MIN_BODY);
    assertThat(new byte[] {bytes[4], bytes[5], bytes[6], bytes[7], bytes[8]})
        .containsExactly(0x53, 0x4B, 1, 5, 2);
    assertThat(bytes[15]).isEqualTo((byte) 0x01);
    assertThat(bytes[16]).isEqualTo((byte) 0x02);
    assertThat(bytes[23]).isEqualTo((byte) 0x0A);
    assertThat(bytes[24]).isEqualTo((byte) 0x0B);
  }

  @Test
  void aHeaderAndATagComputedApartMatchTheEncodedFrame() {
    byte[] payload = {1, 2, 3, 4, 5};
    byte[] encoded = FrameCodec.encode(FrameType.REQUEST, 1, 99, 7, payload, mac);
    byte[] header = new byte[FrameCodec.HEADER];
    FrameCodec.header(header, FrameType.REQUEST, 1, 99, 7, payload.length);
    byte[] tag = new byte[FrameCodec.MAC + 3];
    FrameCodec.sign(header, payload, mac, tag, 3);
    assertThat(header).isEqualTo(java.util.Arrays.copyOfRange(encoded, 0, FrameCodec.HEADER));
    assertThat(java.util.Arrays.copyOfRange(tag, 3, tag.length)).isEqualTo(
        java.util.Arrays.copyOfRange(encoded, encoded.length - FrameCodec.MAC, encoded.length));
  }

  @Test
  void aTrailerDifferingInAnyByteDoesNotVerify() {
    byte[] encoded = FrameCodec.encode(FrameType.ONEWAY, 2, 0, 1, new byte[] {9}, mac);
    for (int i = encoded.length - FrameCodec.MAC; i < encoded.length; i++) {
      byte[] altered = encoded.clone();
      altered[i] ^= (byte) 0x80;
      assertThat(FrameCodec.verify(altered, mac)).as("trailer byte %d", i).isFalse();
    }
    assertThat(FrameCodec.verify(encoded, mac)).isTrue();
  }

  @Test
  void aWrongMagicIsMalformed() {
    byte[] bytes = FrameCodec.encode(FrameType.ONEWAY, 2, 0, 1, new byte[0], mac);
    bytes[4] = 'G';
    assertThatThrownBy(() -> FrameCodec.parse(bytes))
        .isInstanceOf(FrameFormatException.class)
        .hasMessage("magic: 0x474b (expected: 0x534b)")
        .extracting(e -> ((FrameFormatException) e).reason())
        .isEqualTo(FrameRejection.MALFORMED);
  }

  @Test
  void anUnknownTypeIsMalformed() {
    byte[] bytes = FrameCodec.encode(FrameType.ONEWAY, 2, 0, 1, new byte[0], mac);
    bytes[7] = 9;
    assertThatThrownBy(() -> FrameCodec.parse(bytes))
        .hasMessage("frame type: 9 (expected: 1..5)");
  }

  @Test
  void lengthsOutsideTheBoundsAreRefusedBeforeAnyBodyIsRead() throws Exception {
    assertThat(FrameCodec.checkLength(FrameCodec.MIN_BODY, 1000)).isEqualTo(FrameCodec.MIN_BODY);
    assertThatThrownBy(() -> FrameCodec.checkLength(1001, 1000))
        .hasMessage("frame length: 1001 (expected: 53..1000)");
    assertThatThrownBy(() -> FrameCodec.checkLength(52, 1000))
        .hasMessage("frame length: 52 (expected: 53..1000)");
    assertThatThrownBy(() -> FrameCodec.checkLength(0xFFFFFFFFL, Integer.MAX_VALUE))
        .extracting(e -> ((FrameFormatException) e).reason())
        .isEqualTo(FrameRejection.BAD_LENGTH);
  }

  @Test
  void aHelloPayloadRoundTrips() throws Exception {
    byte[] nonce = new byte[Hello.NONCE];
    nonce[0] = 5;
    Hello hello = new Hello(false, nonce, new byte[Hello.NONCE],
        io.skein.core.HostAndPort.parse("[::1]:8101"));
    Hello back = Hello.decode(hello.encode());
    assertThat(back.initiator()).isFalse();
    assertThat(back.nonce()).isEqualTo(nonce);
    assertThat(back.address()).isEqualTo(hello.address());
  }
}
