package io.skein.transport.frame;

import io.skein.transport.FrameRejection;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/*
 * Design note: the peer frame.
 *
 * Every frame on a peer connection, big-endian:
 *
 *   offset  size  field
 *   0       4     length     bytes after this field: HEADER - 4 + payload + 32
 *   4       2     magic      0x534B ("SK"): a stray client on the peer port is closed at once
 *   6       1     version    1
 *   7       1     type       FrameType code (HELLO 1, REQUEST 2, REPLY 3, ERROR_REPLY 4, ONEWAY 5)
 *   8       1     channel    MessageChannel code; 0 on HELLO
 *   9       8     corr id    pairs a REPLY/ERROR_REPLY with its REQUEST; 0 otherwise
 *   17      8     sequence   0 on HELLO, then 1, 2, ... per direction; must strictly increase
 *   25      n     payload    opaque; n = length - 21 - 32
 *   25+n    32    hmac       HMAC-SHA256 over bytes [0, 25+n)
 *
 * The HMAC key: a HELLO is signed with a key derived from the cluster secret alone; every other
 * frame with a key derived from the secret and both sides' session nonces, one key per direction
 * (FrameSession). A frame recorded on one connection therefore fails the HMAC on any other
 * connection and in the other direction, and the sequence number stops a replay on its own.
 *
 * The length prefix is covered by the HMAC, so a frame cannot be truncated or padded without
 * detection. Length limits (checked before reading the body, so no input makes us allocate more
 * than the configured maximum): at least HEADER - 4 + 32, at most maxFrameBytes.
 *
 * This class works on byte arrays and knows nothing of Netty, so that the in-memory network
 * authenticates exactly as the TCP transport does.
 */

/** Encodes, parses and authenticates peer frames as byte arrays (see the design note above). */
public final class FrameCodec {

  /** Bytes of the length field. */
  public static final int LENGTH_FIELD = 4;
  /** Bytes before the payload, length field included. */
  public static final int HEADER = 25;
  /** Bytes of the HMAC trailer. */
  public static final int MAC = 32;
  /** Smallest value of the length field: an empty payload. */
  public static final int MIN_BODY = HEADER - LENGTH_FIELD + MAC;
  /** Default largest value of the length field: 64 MiB, far above any replicated value. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 64 << 20;

  static final short MAGIC = 0x534B;
  static final byte VERSION = 1;

  // Big-endian views of a byte array: one bounds check and one (byte-swapped) access per field
  // instead of four or eight byte operations.
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private FrameCodec() {}

  /** Encodes a frame, signing it with {@code mac} (which is reset and reused). */
  public static byte[] encode(FrameType type, int channelCode, long correlationId, long sequence,
      byte[] payload, Mac mac) {
    byte[] out = new byte[HEADER + payload.length + MAC];
    header(out, type, channelCode, correlationId, sequence, payload.length);
    System.arraycopy(payload, 0, out, HEADER, payload.length);
    sign(out, payload, mac, out, HEADER + payload.length);
    return out;
  }

  /**
   * Writes the first {@link #HEADER} bytes of a frame carrying {@code payloadLength} bytes into
   * {@code header}: the part of the frame before the payload, as {@link #encode} lays it out.
   */
  public static void header(byte[] header, FrameType type, int channelCode, long correlationId,
      long sequence, int payloadLength) {
    putInt(header, 0, HEADER - LENGTH_FIELD + payloadLength + MAC);
    header[4] = (byte) (MAGIC >>> 8);
    header[5] = (byte) MAGIC;
    header[6] = VERSION;
    header[7] = (byte) type.code();
    header[8] = (byte) channelCode;
    putLong(header, 9, correlationId);
    putLong(header, 17, sequence);
  }

  /**
   * Computes a frame's HMAC trailer from its {@link #header} and its payload, kept apart so that
   * a transport can write the three parts straight into its own buffer without first copying
   * them into one array; the tag covers exactly the bytes {@link #encode} signs.
   *
   * @param tag receives the {@link #MAC} bytes at {@code tagOffset}
   */
  public static void sign(byte[] header, byte[] payload, Mac mac, byte[] tag, int tagOffset) {
    mac.update(header, 0, HEADER);
    mac.update(payload);
    try {
      mac.doFinal(tag, tagOffset);
    } catch (ShortBufferException e) {
      throw new IllegalArgumentException("tag: " + (tag.length - tagOffset)
          + " bytes from the offset (expected: >= " + MAC + ")", e);
    }
  }

  /**
   * Checks a length field before its body is read.
   *
   * @throws FrameFormatException ({@link FrameRejection#BAD_LENGTH}) when out of bounds
   */
  public static int checkLength(long length, int maxFrameBytes) throws FrameFormatException {
    if (length < MIN_BODY || length > maxFrameBytes) {
      throw new FrameFormatException(FrameRejection.BAD_LENGTH, "frame length: " + length
          + " (expected: " + MIN_BODY + ".." + maxFrameBytes + ")");
    }
    return (int) length;
  }

  /**
   * Reads the header of a whole frame (length field included); does not check the HMAC.
   *
   * @throws FrameFormatException when the bytes are not a frame of this version
   */
  public static Frame parse(byte[] frame) throws FrameFormatException {
    if (frame.length < HEADER + MAC) {
      throw new FrameFormatException(FrameRejection.BAD_LENGTH,
          "frame size: " + frame.length + " (expected: >= " + (HEADER + MAC) + ")");
    }
    long length = getInt(frame, 0) & 0xFFFFFFFFL;
    if (length != frame.length - LENGTH_FIELD) {
      throw new FrameFormatException(FrameRejection.BAD_LENGTH, "frame length: " + length
          + " (expected: " + (frame.length - LENGTH_FIELD) + ", the bytes present)");
    }
    int magic = ((frame[4] & 0xFF) << 8) | (frame[5] & 0xFF);
    if (magic != MAGIC) {
      throw new FrameFormatException(FrameRejection.MALFORMED,
          "magic: 0x" + Integer.toHexString(magic) + " (expected: 0x534b)");
    }
    if (frame[6] != VERSION) {
      throw new FrameFormatException(FrameRejection.MALFORMED,
          "version: " + frame[6] + " (expected: " + VERSION + ")");
    }
    FrameType type = FrameType.fromCode(frame[7] & 0xFF);
    if (type == null) {
      throw new FrameFormatException(FrameRejection.MALFORMED,
          "frame type: " + (frame[7] & 0xFF) + " (expected: 1..5)");
    }
    byte[] payload = Arrays.copyOfRange(frame, HEADER, frame.length - MAC);
    return new Frame(type, frame[8] & 0xFF, getLong(frame, 9), getLong(frame, 17), payload);
  }

  /** Whether the frame's HMAC trailer matches {@code mac}; compares in constant time. */
  public static boolean verify(byte[] frame, Mac mac) {
    mac.update(frame, 0, frame.length - MAC);
    byte[] expected = mac.doFinal();
    // In place rather than MessageDigest.isEqual on a copy of the trailer: the same
    // constant-time comparison (every byte is looked at, whatever differs) without an array.
    int diff = 0;
    int at = frame.length - MAC;
    for (int i = 0; i < MAC; i++) {
      diff |= expected[i] ^ frame[at + i];
    }
    return diff == 0;
  }

  static void putInt(byte[] b, int at, int v) {
    INT.set(b, at, v);
  }

  static int getInt(byte[] b, int at) {
    return (int) INT.get(b, at);
  }

  static void putLong(byte[] b, int at, long v) {
    LONG.set(b, at, v);
  }

  static long getLong(byte[] b, int at) {
    return (long) LONG.get(b, at);
  }
}
