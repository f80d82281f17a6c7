package io.skein.server.config;

import io.skein.core.HostAndPort;
import io.skein.engine.EngineConfig.EvictionPolicy;
import io.skein.server.ServerSettings;
import io.skein.server.commands.MemorySize;

/** Reads the client-side keys Skein had before it read Dynomite's, into {@link ServerSettings}. */
final class ServerKeys {

  static final String POLICIES =
      "noeviction, allkeys-lru, volatile-lru, allkeys-random, volatile-random, volatile-ttl";
  static final String MEMORY = "a size such as 100mb or 2gb (k = 1000, kb = 1024, as Redis)";

  private final ConfigSection s;

  ServerKeys(ConfigSection s) {
    this.s = s;
  }

  /** @param configFile the file to report (INFO, CONFIG), or null when there is none */
  ServerSettings settings(HostAndPort listen, String configFile) {
    ServerSettings d = ServerSettings.defaults();
    String requirepass = s.text("requirepass").orElse(d.requirepass());
    return new ServerSettings(listen.host(), listen.port(),
        requirepass == null || requirepass.isEmpty() ? null : requirepass,
        s.parsed("maxmemory", MemorySize::parse, MEMORY).orElse(d.maxmemory()),
        s.parsed("maxmemory_policy", ServerKeys::policy, POLICIES).orElse(d.policy()),
        s.integer("databases", d.databases(), 1, 1024),
        s.integer("io_threads", d.ioThreads(), 0, 256),
        configFile);
  }

  private static EvictionPolicy policy(String name) {
    EvictionPolicy p = EvictionPolicy.byName(name.strip());
    if (p == null) {
      throw new IllegalArgumentException(name);
    }
    return p;
  }
}
