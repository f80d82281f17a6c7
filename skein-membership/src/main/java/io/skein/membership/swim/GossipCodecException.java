package io.skein.membership.swim;

/**
 * Bytes that are not a valid gossip message: truncated, garbled, or claiming more than they
 * hold. The message says what was wrong and where, e.g.
 * {@code gossip message: truncated reading dc at byte 31 (expected: 12 more bytes, 3 remain)}.
 */
public final class GossipCodecException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public GossipCodecException(String message) {
    super(message);
  }
}
