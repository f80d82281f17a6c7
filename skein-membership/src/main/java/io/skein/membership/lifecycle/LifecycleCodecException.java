package io.skein.membership.lifecycle;

/**
 * Bytes that are not a valid lifecycle message. The message says what was wrong and where, e.g.
 * {@code membership pdu: member count 70000 at byte 2 (expected: <= 10000)}. The receiver drops
 * the frame; nothing was applied.
 */
public final class LifecycleCodecException extends IllegalArgumentException {

  public LifecycleCodecException(String message) {
    super(message);
  }

  public LifecycleCodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
