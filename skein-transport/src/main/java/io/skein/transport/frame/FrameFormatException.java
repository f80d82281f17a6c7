package io.skein.transport.frame;

import io.skein.transport.FrameRejection;

/** Bytes that are not a well-formed frame; the connection they came on cannot be trusted. */
public final class FrameFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final FrameRejection reason;

  public FrameFormatException(FrameRejection reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** {@link FrameRejection#BAD_LENGTH} or {@link FrameRejection#MALFORMED}. */
  public FrameRejection reason() {
    return reason;
  }
}
