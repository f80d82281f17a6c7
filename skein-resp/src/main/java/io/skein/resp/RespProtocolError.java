package io.skein.resp;

import java.util.Objects;

/**
 * The request decoder's one-shot signal that the client sent malformed input. {@link #message()}
 * is the text Redis replies after {@code -ERR }, for example {@code Protocol error: invalid bulk
 * length}. The decoder emits at most one per channel and discards every byte after it, so the
 * handler should reply with {@code RespEncoder.error(out, "ERR " + message)} and close the
 * connection once the reply is flushed, as Redis does.
 */
public record RespProtocolError(String message) {
  public RespProtocolError {
    Objects.requireNonNull(message, "message");
  }
}
