package io.skein.core;

/**
 * A network endpoint written {@code host:port}; IPv6 hosts are written in brackets.
 *
 * @param host a host name or address literal, never blank
 * @param port 0 to 65535 (0 asks the system for a free port)
 */
public record HostAndPort(String host, int port) {

  public HostAndPort {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host: blank (expected: a host name or address)");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: " + port + " (expected: 0..65535)");
    }
  }

  /** Parses {@code host:port} or {@code [v6]:port}. */
  public static HostAndPort parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("address: '" + text + "' (expected: host:port)");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("address: '" + text + "' (expected: a numeric port)");
    }
    return new HostAndPort(host, port);
  }

  @Override
  public String toString() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
