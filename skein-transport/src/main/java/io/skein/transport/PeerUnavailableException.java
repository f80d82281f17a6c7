package io.skein.transport;

import io.skein.core.HostAndPort;

/** A request could not be delivered to, or answered by, a peer. */
public final class PeerUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient HostAndPort peer;

  public PeerUnavailableException(HostAndPort peer, String reason) {
    super(peer + ": " + reason);
    this.peer = peer;
  }

  /** The peer that could not be reached. */
  public HostAndPort peer() {
    return peer;
  }
}
