package io.skein.transport;

/**
 * Why an inbound frame was refused. Each reason has its own counter in {@link TransportStats},
 * so an operator can tell a misconfigured secret ({@link #BAD_MAC}) from an attack
 * ({@link #REPLAY}) from a peer speaking another protocol ({@link #MALFORMED}).
 */
public enum FrameRejection {
  /** The length prefix is below the smallest frame or above the configured maximum. */
  BAD_LENGTH,
  /** Wrong magic or version, unknown frame type, or an unreadable HELLO payload. */
  MALFORMED,
  /** The HMAC does not match: another secret, another session, or altered bytes. */
  BAD_MAC,
  /** The sequence number is not above the last one accepted in that direction. */
  REPLAY,
  /** A data frame before the handshake finished, or a second HELLO on one connection. */
  OUT_OF_ORDER,
  /** The HELLO failed: its proof does not verify, or it does not echo this side's nonce. */
  HANDSHAKE_FAILED,
  /** An authenticated frame for a channel this node does not know. */
  UNKNOWN_CHANNEL,
  /** A plain-text connection from a peer that {@code secure_server_option} says must use TLS. */
  TLS_REQUIRED
}
