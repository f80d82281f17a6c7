package io.skein.server.cli;

import io.skein.core.Clock;
import io.skein.engine.EngineConfig.EvictionPolicy;
import io.skein.server.ServerSettings;
import io.skein.server.SkeinServer;
import io.skein.server.commands.MemorySize;
import io.skein.server.config.ConfigFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skein server}: runs one node on the embedded engine until SHUTDOWN or a signal. */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Runs a Skein node on the embedded engine.")
final class ServerCommand implements Callable<Integer> {

  @Option(names = "--config", description = "YAML config file.")
  Path config;

  @Option(names = "--port", description = "Client port (default 6379).")
  Integer port;

  @Option(names = "--bind", description = "Address to listen on (default 127.0.0.1).")
  String bind;

  @Option(names = "--requirepass", description = "Password clients must AUTH with.")
  String requirepass;

  @Option(names = "--maxmemory", description = "Memory limit, e.g. 100mb or 2gb (default none).")
  String maxmemory;

  @Option(names = "--maxmemory-policy",
      description = "noeviction, allkeys-lru, volatile-lru, allkeys-random, volatile-random, "
          + "volatile-ttl (default noeviction).")
  String policy;

  @Option(names = "--io-threads", description = "Event-loop threads (default: one per core).")
  Integer ioThreads;

  @Override
  public Integer call() throws Exception {
    ServerSettings s = config == null ? ServerSettings.defaults() : ConfigFile.load(config);
    try {
      s = new ServerSettings(
          bind != null ? bind : s.bind(),
          port != null ? port : s.port(),
          requirepass != null ? requirepass : s.requirepass(),
          maxmemory != null ? MemorySize.parse(maxmemory) : s.maxmemory(),
          policy != null ? parsePolicy(policy) : s.policy(),
          s.databases(),
          ioThreads != null ? ioThreads : s.ioThreads(),
          s.configFile());
    } catch (IllegalArgumentException e) {
      System.err.println("skein server: " + e.getMessage());
      return 2;
    }
    SkeinServer server = new SkeinServer(s, Clock.system());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "skein-shutdown"));
    server.start();
    server.awaitClose();
    return 0;
  }

  static EvictionPolicy parsePolicy(String name) {
    EvictionPolicy p = EvictionPolicy.byName(name);
    if (p == null) {
      throw new IllegalArgumentException("maxmemory-policy: '" + name + "' (expected: "
          + "noeviction, allkeys-lru, volatile-lru, allkeys-random, volatile-random, volatile-ttl)");
    }
    return p;
  }
}
