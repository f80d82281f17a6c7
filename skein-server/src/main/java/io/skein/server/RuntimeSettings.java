package io.skein.server;

import io.skein.resp.RespLimits;

/**
 * The server settings that can change while the node runs (CONFIG SET), next to the fixed ones
 * it was started with. Reads are volatile: a change applies to the next command everywhere.
 */
public final class RuntimeSettings {

  private final String bind;
  private final int port;
  private final String configFile;
  private volatile String requirepass;
  private volatile long protoMaxBulkLen;
  /** Redis's default; a connection beyond it is refused with an error. */
  private volatile int maxclients = 10_000;
  /** Seconds of idleness before a client is closed; 0, Redis's default, never closes. */
  private volatile int timeout;

  public RuntimeSettings(String bind, int port, String configFile, String requirepass) {
    this.bind = bind;
    this.port = port;
    this.configFile = configFile;
    this.requirepass = requirepass == null || requirepass.isEmpty() ? null : requirepass;
    this.protoMaxBulkLen = RespLimits.defaults().maxBulkLength();
  }

  public String bind() {
    return bind;
  }

  public int port() {
    return port;
  }

  /** The file the node was started from, or {@code null}. */
  public String configFile() {
    return configFile;
  }

  /** The password of the default user, or {@code null} when none is required. */
  public String requirepass() {
    return requirepass;
  }

  public void requirepass(String password) {
    this.requirepass = password == null || password.isEmpty() ? null : password;
  }

  public long protoMaxBulkLen() {
    return protoMaxBulkLen;
  }

  public void protoMaxBulkLen(long bytes) {
    this.protoMaxBulkLen = bytes;
  }

  public RespLimits respLimits() {
    return RespLimits.defaults().withMaxBulkLength(protoMaxBulkLen);
  }

  public int maxclients() {
    return maxclients;
  }

  public void maxclients(int n) {
    this.maxclients = n;
  }

  public int timeout() {
    return timeout;
  }

  public void timeout(int seconds) {
    this.timeout = seconds;
  }
}
