package io.skein.server.datastore;

import java.nio.charset.StandardCharsets;

/** Where a client's command runs on a node in proxy mode; see {@link ProxyRouting#decide}. */
public sealed interface ProxyDecision {

  /** Send it to the external Redis and relay its reply ({@link ExternalRedis#execute}). */
  record Backend() implements ProxyDecision {}

  /** Run it on this node, as without an external datastore (PING, INFO, CLIENT, SUBSCRIBE...). */
  record Local() implements ProxyDecision {}

  /**
   * Answer the client with this error and run nothing: proxy mode cannot do it.
   *
   * @param error the error line without {@code -} and CRLF, e.g. {@code ERR command not ...}
   */
  record Refused(String error) implements ProxyDecision {

    /** The reply bytes: {@code -<error>\r\n}. */
    public byte[] resp() {
      String line = error.replace('\r', ' ').replace('\n', ' ');
      return ("-" + line + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  ProxyDecision BACKEND = new Backend();
  ProxyDecision LOCAL = new Local();
}
