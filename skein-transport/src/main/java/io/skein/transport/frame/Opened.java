package io.skein.transport.frame;

import io.skein.core.HostAndPort;
import io.skein.transport.FrameRejection;

/** What {@link FrameSession#open} made of an inbound frame. */
public sealed interface Opened {

  /** An authenticated REQUEST, REPLY, ERROR_REPLY or ONEWAY frame, in order. */
  record Accepted(Frame frame) implements Opened {}

  /**
   * The peer's HELLO verified: the session is established. A responder now sends its own
   * {@link FrameSession#hello()}.
   */
  record Handshake(HostAndPort peer) implements Opened {}

  /**
   * The frame is dropped and must be counted under {@code reason}.
   *
   * @param fatal whether the connection can no longer be trusted and must be closed (framing
   *     lost, or the handshake failed so no later frame could verify)
   */
  record Rejected(FrameRejection reason, String detail, boolean fatal) implements Opened {}
}
