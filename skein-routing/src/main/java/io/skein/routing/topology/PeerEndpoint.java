package io.skein.routing.topology;

import io.skein.core.HostAndPort;

/**
 * Where a peer's peer-to-peer port listens ({@code dyn_listen}, or the host:port of a
 * {@code dyn_seeds} entry).
 *
 * @param address host and peer port
 */
public record PeerEndpoint(HostAndPort address) {

  public PeerEndpoint {
    if (address == null) {
      throw new IllegalArgumentException("peer endpoint: null (expected: host:port)");
    }
  }

  /** A TCP endpoint, the only kind Skein peers use. */
  public static PeerEndpoint tcp(String host, int port) {
    return new PeerEndpoint(new HostAndPort(host, port));
  }

  @Override
  public String toString() {
    return address.toString();
  }
}
