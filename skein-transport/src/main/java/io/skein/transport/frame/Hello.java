package io.skein.transport.frame;

import io.skein.core.HostAndPort;
import io.skein.transport.FrameRejection;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The payload of a HELLO frame.
 *
 * <pre>
 *   size  field
 *   1     role      1 initiator (opened the connection), 2 responder
 *   16    nonce     the sender's random session nonce
 *   16    echo      responder: the initiator's nonce, proving this HELLO is fresh; initiator: 0
 *   2     addrLen   bytes of the address
 *   n     address   the sender's advertised peer address, UTF-8 "host:port"
 * </pre>
 *
 * @param initiator whether the sender opened the connection
 * @param nonce the sender's session nonce
 * @param echo the initiator's nonce as the responder saw it (zeros from the initiator)
 * @param address the sender's advertised peer address
 */
public record Hello(boolean initiator, byte[] nonce, byte[] echo, HostAndPort address) {

  /** Bytes of a session nonce. */
  public static final int NONCE = 16;

  public Hello {
    if (nonce.length != NONCE || echo.length != NONCE) {
      throw new IllegalArgumentException("nonce: " + nonce.length + "/" + echo.length
          + " bytes (expected: " + NONCE + ")");
    }
  }

  /** The payload bytes. */
  public byte[] encode() {
    byte[] addr = address.toString().getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[1 + NONCE + NONCE + 2 + addr.length];
    out[0] = (byte) (initiator ? 1 : 2);
    System.arraycopy(nonce, 0, out, 1, NONCE);
    System.arraycopy(echo, 0, out, 1 + NONCE, NONCE);
    out[1 + 2 * NONCE] = (byte) (addr.length >>> 8);
    out[2 + 2 * NONCE] = (byte) addr.length;
    System.arraycopy(addr, 0, out, 3 + 2 * NONCE, addr.length);
    return out;
  }

  /** Reads a HELLO payload. */
  public static Hello decode(byte[] payload) throws FrameFormatException {
    int fixed = 3 + 2 * NONCE;
    if (payload.length < fixed) {
      throw malformed("hello size: " + payload.length + " (expected: >= " + fixed + ")");
    }
    int role = payload[0];
    if (role != 1 && role != 2) {
      throw malformed("hello role: " + role + " (expected: 1 or 2)");
    }
    int addrLen = ((payload[1 + 2 * NONCE] & 0xFF) << 8) | (payload[2 + 2 * NONCE] & 0xFF);
    if (addrLen != payload.length - fixed) {
      throw malformed("hello address length: " + addrLen + " (expected: "
          + (payload.length - fixed) + ")");
    }
    HostAndPort address;
    try {
      address = HostAndPort.parse(new String(payload, fixed, addrLen, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw malformed("hello " + e.getMessage());
    }
    return new Hello(role == 1, Arrays.copyOfRange(payload, 1, 1 + NONCE),
        Arrays.copyOfRange(payload, 1 + NONCE, 1 + 2 * NONCE), address);
  }

  private static FrameFormatException malformed(String message) {
    return new FrameFormatException(FrameRejection.MALFORMED, message);
  }
}
