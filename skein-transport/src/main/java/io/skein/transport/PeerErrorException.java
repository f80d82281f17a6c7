package io.skein.transport;

import io.skein.core.HostAndPort;

/**
 * The peer received the request and its handler answered with an error
 * ({@link PeerHandler.Responder#fail}); unlike {@link PeerUnavailableException}, the request was
 * delivered.
 */
public final class PeerErrorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient HostAndPort peer;

  public PeerErrorException(HostAndPort peer, String message) {
    super(peer + ": " + message);
    this.peer = peer;
  }

  /** The peer that answered with the error. */
  public HostAndPort peer() {
    return peer;
  }
}
