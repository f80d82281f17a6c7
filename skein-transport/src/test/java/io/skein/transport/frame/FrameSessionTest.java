package io.skein.transport.frame;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import io.skein.transport.ClusterSecret;
import io.skein.transport.FrameRejection;
import io.skein.transport.MessageChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameSessionTest {

  static final ClusterSecret SECRET = ClusterSecret.of("the-cluster-secret-0001");
  static final HostAndPort A = new HostAndPort("127.0.0.1", 8101);
  static final HostAndPort B = new HostAndPort("127.0.0.2", 8101);

  static byte[] nonce(int fill) {
    byte[] n = new byte[Hello.NONCE];
    java.util.Arrays.fill(n, (byte) fill);
    return n;
  }

  /** A connected pair: [initiator at A, responder at B]. */
  static FrameSession[] handshake(ClusterSecret a, ClusterSecret b, int nonceA, int nonceB) {
    FrameSession initiator = FrameSession.initiator(a, nonce(nonceA), A);
    FrameSession responder = FrameSession.responder(b, nonce(nonceB), B);
    assertThat(responder.open(initiator.hello())).isEqualTo(new Opened.Handshake(A));
    assertThat(initiator.open(responder.hello())).isEqualTo(new Opened.Handshake(B));
    return new FrameSession[] {initiator, responder};
  }

  @Test
  void aHandshakeEstablishesBothEndsWithEachOthersAddress() {
    FrameSession[] s = handshake(SECRET, SECRET, 1, 2);
    assertThat(s[0].established()).isTrue();
    assertThat(s[1].established()).isTrue();
    assertThat(s[0].peer()).isEqualTo(B);
    assertThat(s[1].peer()).isEqualTo(A);
  }

  @Test
  void sealedFramesOpenInBothDirections() {
    FrameSession[] s = handshake(SECRET, SECRET, 1, 2);
    byte[] request = s[0].seal(FrameType.REQUEST, MessageChannel.DATA.code(), 77, bytes("get k"));
    Frame in = ((Opened.Accepted) s[1].open(request)).frame();
    assertThat(in.type()).isEqualTo(FrameType.REQUEST);
    assertThat(in.correlationId()).isEqualTo(77);
    assertThat(in.sequence()).isEqualTo(1);
    assertThat(in.payload()).isEqualTo(bytes("get k"));
    byte[] reply = s[1].seal(FrameType.REPLY, MessageChannel.DATA.code(), 77, bytes("v"));
    assertThat(((Opened.Accepted) s[0].open(reply)).frame().payload()).isEqualTo(bytes("v"));
  }

  @Test
  void aFrameOpenedTwiceIsAReplay() {
    FrameSession[] s = handshake(SECRET, SECRET, 1, 2);
    byte[] frame = s[0].seal(FrameType.ONEWAY, 2, 0, bytes("ping"));
    assertThat(s[1].open(frame)).isInstanceOf(Opened.Accepted.class);
    assertThat(s[1].open(frame)).isEqualTo(new Opened.Rejected(FrameRejection.REPLAY,
        "sequence: 1 (expected: > 1)", false));
  }

  @Test
  void anOlderFrameAfterANewerOneIsAReplay() {
    FrameSession[] s = handshake(SECRET, SECRET, 1, 2);
    byte[] first = s[0].seal(FrameType.ONEWAY, 2, 0, bytes("1"));
    byte[] second = s[0].seal(FrameType.ONEWAY, 2, 0, bytes("2"));
    assertThat(s[1].open(second)).isInstanceOf(Opened.Accepted.class);
    assertThat(rejection(s[1].open(first))).isEqualTo(FrameRejection.REPLAY);
  }

  @Test
  void aFrameRecordedOnOneConnectionFailsOnAnother() {
    FrameSession[] first = handshake(SECRET, SECRET, 1, 2);
    FrameSession[] second = handshake(SECRET, SECRET, 3, 4);
    byte[] recorded = first[0].seal(FrameType.REQUEST, 1, 5, bytes("set k v"));
    assertThat(rejection(second[1].open(recorded))).isEqualTo(FrameRejection.BAD_MAC);
  }

  @Test
  void aFrameReflectedToItsSenderFailsTheMac() {
    FrameSession[] s = handshake(SECRET, SECRET, 1, 2);
    byte[] mine = s[0].seal(FrameType.ONEWAY, 2, 0, bytes("x"));
    assertThat(rejection(s[0].open(mine))).isEqualTo(FrameRejection.BAD_MAC);
  }

  @Test
  void everyAlteredByteIsDetected() {
    FrameSession[] s = handshake(SECRET, SECRET, 1, 2);
    byte[] frame = s[0].seal(FrameType.REQUEST, 1, 9, bytes("payload"));
    for (int i = FrameCodec.LENGTH_FIELD; i < frame.length; i++) {
      FrameSession[] fresh = handshake(SECRET, SECRET, 1, 2);
      byte[] altered = fresh[0].seal(FrameType.REQUEST, 1, 9, bytes("payload"));
      altered[i] ^= 0x01;
      assertThat(fresh[1].open(altered)).as("byte %d altered", i)
          .isInstanceOf(Opened.Rejected.class);
    }
  }

  @Test
  void sealingIntoPartsGivesTheBytesSealGivesAndAdvancesTheSameSequence() {
    FrameSession[] whole = handshake(SECRET, SECRET, 1, 2);
    FrameSession[] parts = handshake(SECRET, SECRET, 1, 2);
    for (String text : new String[] {"", "set k v", "x".repeat(300)}) {
      byte[] expected = whole[0].seal(FrameType.REQUEST, 1, 12, bytes(text));
      byte[] header = new byte[FrameCodec.HEADER];
      byte[] tag = new byte[FrameCodec.MAC];
      parts[0].sealInto(FrameType.REQUEST, 1, 12, bytes(text), header, tag);
      byte[] joined = new byte[expected.length];
      System.arraycopy(header, 0, joined, 0, header.length);
      System.arraycopy(bytes(text), 0, joined, header.length, text.length());
      System.arraycopy(tag, 0, joined, header.length + text.length(), tag.length);
      assertThat(joined).as("payload of %d bytes", text.length()).isEqualTo(expected);
      assertThat(parts[1].open(joined)).isInstanceOf(Opened.Accepted.class);
    }
  }

  @Test
  void sealingIntoPartsBeforeTheHandshakeIsRefused() {
    FrameSession initiator = FrameSession.initiator(SECRET, nonce(1), A);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> initiator.sealInto(
            FrameType.ONEWAY, 2, 0, bytes("x"), new byte[FrameCodec.HEADER],
            new byte[FrameCodec.MAC]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("seal before the handshake");
  }

  @Test
  void aHelloUnderAnotherSecretFailsTheHandshakeFatally() {
    FrameSession initiator = FrameSession.initiator(
        ClusterSecret.of("another-secret-entirely"), nonce(1), A);
    FrameSession responder = FrameSession.responder(SECRET, nonce(2), B);
    Opened opened = responder.open(initiator.hello());
    assertThat(opened).isInstanceOf(Opened.Rejected.class);
    assertThat(((Opened.Rejected) opened).reason()).isEqualTo(FrameRejection.HANDSHAKE_FAILED);
    assertThat(((Opened.Rejected) opened).fatal()).isTrue();
    assertThat(responder.established()).isFalse();
  }

  @Test
  void anOldResponderHelloReplayedToANewInitiatorFails() {
    FrameSession[] old = handshake(SECRET, SECRET, 1, 2);
    FrameSession oldResponder = old[1];
    byte[] recordedHello = oldResponder.hello();
    FrameSession initiator = FrameSession.initiator(SECRET, nonce(9), A);
    initiator.hello();
    assertThat(rejection(initiator.open(recordedHello)))
        .isEqualTo(FrameRejection.HANDSHAKE_FAILED);
  }

  @Test
  void anInitiatorsHelloReflectedBackIsRefused() {
    FrameSession initiator = FrameSession.initiator(SECRET, nonce(1), A);
    assertThat(rejection(initiator.open(initiator.hello())))
        .isEqualTo(FrameRejection.HANDSHAKE_FAILED);
  }

  @Test
  void aDataFrameBeforeTheHandshakeIsOutOfOrder() {
    FrameSession[] s = handshake(SECRET, SECRET, 1, 2);
    FrameSession stranger = FrameSession.responder(SECRET, nonce(5), B);
    assertThat(rejection(stranger.open(s[0].seal(FrameType.ONEWAY, 2, 0, bytes("x")))))
        .isEqualTo(FrameRejection.OUT_OF_ORDER);
  }

  @Test
  void aSecondHelloIsDroppedWithoutBreakingTheSession() {
    FrameSession initiator = FrameSession.initiator(SECRET, nonce(1), A);
    FrameSession responder = FrameSession.responder(SECRET, nonce(2), B);
    byte[] hello = initiator.hello();
    responder.open(hello);
    initiator.open(responder.hello());
    assertThat(rejection(responder.open(hello))).isEqualTo(FrameRejection.OUT_OF_ORDER);
    byte[] next = initiator.seal(FrameType.ONEWAY, 2, 0, bytes("still fine"));
    assertThat(responder.open(next)).isInstanceOf(Opened.Accepted.class);
  }

  static FrameRejection rejection(Opened opened) {
    assertThat(opened).isInstanceOf(Opened.Rejected.class);
    return ((Opened.Rejected) opened).reason();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
