package io.skein.server;

import io.skein.engine.EngineConfig.EvictionPolicy;

/**
 * How a node is started: where it listens and the engine's initial limits.
 *
 * @param bind address to listen on; loopback unless told otherwise
 * @param port client port; 0 picks a free one (tests)
 * @param requirepass password of the default user, or null
 * @param maxmemory bytes, 0 for no limit
 * @param ioThreads event-loop threads; 0 means one per core
 */
public record ServerSettings(
    String bind,
    int port,
    String requirepass,
    long maxmemory,
    EvictionPolicy policy,
    int databases,
    int ioThreads,
    String configFile) {

  /** Redis's defaults, on loopback. */
  public static ServerSettings defaults() {
    return new ServerSettings("127.0.0.1", 6379, null, 0, EvictionPolicy.NOEVICTION, 16, 0, null);
  }

  public ServerSettings withPort(int port) {
    return new ServerSettings(bind, port, requirepass, maxmemory, policy, databases, ioThreads,
        configFile);
  }

  public ServerSettings withRequirepass(String password) {
    return new ServerSettings(bind, port, password, maxmemory, policy, databases, ioThreads,
        configFile);
  }

  public ServerSettings withMaxmemory(long bytes, EvictionPolicy policy) {
    return new ServerSettings(bind, port, requirepass, bytes, policy, databases, ioThreads,
        configFile);
  }
}
