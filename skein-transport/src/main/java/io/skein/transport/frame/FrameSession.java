package io.skein.transport.frame;

import io.skein.core.HostAndPort;
import io.skein.transport.ClusterSecret;
import io.skein.transport.FrameRejection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;

/**
 * The authentication state of one connection, seen from one end: the handshake, the two
 * per-direction session keys and the two sequence counters. Pure: it turns frames into bytes and
 * bytes into {@link Opened} results, and never touches a socket, so the TCP transport and the
 * in-memory network share it.
 *
 * <p>Handshake: the initiator sends {@link #hello()}; the responder {@link #open opens} it and
 * answers with its own {@link #hello()}, which echoes the initiator's nonce (so an old responder
 * HELLO cannot be replayed); the initiator opens that. Each HELLO is signed with a key derived
 * from the cluster secret; from then on each direction has its own key,
 * {@code HMAC(secret, label | senderNonce | receiverNonce)}, so a frame is valid on one
 * connection, in one direction, once.
 *
 * <p>Not thread-safe: a Netty connection confines it to its event loop; other users synchronize.
 */
public final class FrameSession {

  private static final byte[] HELLO_LABEL = "skein/hello/v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KEY_LABEL = "skein/frame/v1|".getBytes(StandardCharsets.US_ASCII);

  private final ClusterSecret secret;
  private final boolean initiator;
  private final byte[] localNonce;
  private final HostAndPort localAddress;
  private final Mac helloMac;
  private byte[] peerNonce;
  private HostAndPort peer;
  private Mac outMac;
  private Mac inMac;
  private long outSequence;
  private long inSequence;

  private FrameSession(ClusterSecret secret, boolean initiator, byte[] nonce,
      HostAndPort localAddress) {
    if (nonce.length != Hello.NONCE) {
      throw new IllegalArgumentException("nonce: " + nonce.length + " bytes (expected: "
          + Hello.NONCE + ")");
    }
    this.secret = secret;
    this.initiator = initiator;
    this.localNonce = nonce.clone();
    this.localAddress = localAddress;
    this.helloMac = secret.deriveMac(HELLO_LABEL);
  }

  /** The end that opened the connection; it speaks first. */
  public static FrameSession initiator(ClusterSecret secret, byte[] nonce, HostAndPort local) {
    return new FrameSession(secret, true, nonce, local);
  }

  /** The end that accepted the connection; it answers the initiator's HELLO. */
  public static FrameSession responder(ClusterSecret secret, byte[] nonce, HostAndPort local) {
    return new FrameSession(secret, false, nonce, local);
  }

  /**
   * This side's HELLO frame. An initiator sends it first; a responder only after it opened the
   * initiator's HELLO, because its HELLO echoes that nonce.
   */
  public byte[] hello() {
    byte[] echo = new byte[Hello.NONCE];
    if (!initiator) {
      if (peerNonce == null) {
        throw new IllegalStateException("responder hello before the initiator's (expected: "
            + "open the initiator's HELLO first)");
      }
      echo = peerNonce;
    }
    byte[] payload = new Hello(initiator, localNonce, echo, localAddress).encode();
    return FrameCodec.encode(FrameType.HELLO, 0, 0, 0, payload, helloMac);
  }

  /** Whether this end opened the connection (and so sends the first HELLO). */
  public boolean isInitiator() {
    return initiator;
  }

  /** Whether both HELLOs are through and frames can be sealed and opened. */
  public boolean established() {
    return outMac != null;
  }

  /** The peer's advertised address, once its HELLO verified; otherwise null. */
  public HostAndPort peer() {
    return peer;
  }

  /** Encodes and signs a frame with the next outbound sequence number. */
  public byte[] seal(FrameType type, int channelCode, long correlationId, byte[] payload) {
    checkSealable(type);
    return FrameCodec.encode(type, channelCode, correlationId, ++outSequence, payload, outMac);
  }

  /**
   * Seals a frame as {@link #seal} does, but into parts: the {@link FrameCodec#HEADER} bytes go
   * to {@code header} and the {@link FrameCodec#MAC} bytes of the trailer to {@code tag}, so the
   * caller writes header, payload and tag wherever it wants them (a pooled network buffer)
   * without an intermediate array. The wire bytes are those {@link #seal} returns.
   */
  public void sealInto(FrameType type, int channelCode, long correlationId, byte[] payload,
      byte[] header, byte[] tag) {
    checkSealable(type);
    FrameCodec.header(header, type, channelCode, correlationId, ++outSequence, payload.length);
    FrameCodec.sign(header, payload, outMac, tag, 0);
  }

  private void checkSealable(FrameType type) {
    if (!established()) {
      throw new IllegalStateException("seal before the handshake (expected: established)");
    }
    if (type == FrameType.HELLO) {
      throw new IllegalArgumentException("frame type: HELLO (expected: a data frame)");
    }
  }

  /** Authenticates one whole inbound frame (length field included). */
  public Opened open(byte[] bytes) {
    Frame frame;
    try {
      frame = FrameCodec.parse(bytes);
    } catch (FrameFormatException e) {
      return new Opened.Rejected(e.reason(), e.getMessage(), true);
    }
    if (frame.type() == FrameType.HELLO) {
      return openHello(bytes, frame);
    }
    if (!established()) {
      return new Opened.Rejected(FrameRejection.OUT_OF_ORDER,
          frame.type() + " before the handshake finished", false);
    }
    if (!FrameCodec.verify(bytes, inMac)) {
      return new Opened.Rejected(FrameRejection.BAD_MAC,
          frame.type() + " seq " + frame.sequence() + ": hmac does not verify", false);
    }
    if (frame.sequence() <= inSequence) {
      return new Opened.Rejected(FrameRejection.REPLAY, "sequence: " + frame.sequence()
          + " (expected: > " + inSequence + ")", false);
    }
    inSequence = frame.sequence();
    return new Opened.Accepted(frame);
  }

  private Opened openHello(byte[] bytes, Frame frame) {
    if (peerNonce != null) {
      return new Opened.Rejected(FrameRejection.OUT_OF_ORDER, "second HELLO", false);
    }
    if (!FrameCodec.verify(bytes, helloMac)) {
      return new Opened.Rejected(FrameRejection.HANDSHAKE_FAILED,
          "HELLO proof does not verify (a different cluster secret?)", true);
    }
    Hello hello;
    try {
      hello = Hello.decode(frame.payload());
    } catch (FrameFormatException e) {
      return new Opened.Rejected(e.reason(), e.getMessage(), true);
    }
    if (hello.initiator() == initiator) {
      return new Opened.Rejected(FrameRejection.HANDSHAKE_FAILED,
          "HELLO from a second " + (initiator ? "initiator" : "responder"), true);
    }
    if (initiator && !MessageDigest.isEqual(hello.echo(), localNonce)) {
      return new Opened.Rejected(FrameRejection.HANDSHAKE_FAILED,
          "HELLO echoes another nonce (a replayed HELLO?)", true);
    }
    peerNonce = hello.nonce();
    peer = hello.address();
    outMac = secret.deriveMac(label(localNonce, peerNonce));
    inMac = secret.deriveMac(label(peerNonce, localNonce));
    return new Opened.Handshake(peer);
  }

  private static byte[] label(byte[] senderNonce, byte[] receiverNonce) {
    byte[] label = new byte[KEY_LABEL.length + 2 * Hello.NONCE];
    System.arraycopy(KEY_LABEL, 0, label, 0, KEY_LABEL.length);
    System.arraycopy(senderNonce, 0, label, KEY_LABEL.length, Hello.NONCE);
    System.arraycopy(receiverNonce, 0, label, KEY_LABEL.length + Hello.NONCE, Hello.NONCE);
    return label;
  }
}
