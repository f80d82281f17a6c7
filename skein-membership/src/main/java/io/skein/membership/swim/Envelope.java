package io.skein.membership.swim;

import io.skein.core.HostAndPort;

/**
 * A message the engine wants sent. The driver encodes it with {@link GossipCodec} and sends it
 * best effort (SWIM tolerates loss; nothing is retried by the transport).
 *
 * @param to the peer address to send to
 * @param message what to send
 */
public record Envelope(HostAndPort to, GossipMessage message) {

  public Envelope {
    if (to == null || message == null) {
      throw new IllegalArgumentException("envelope: to and message are required");
    }
  }
}
