package io.skein.server.cli;

import io.skein.core.Clock;
import io.skein.server.SkeinServer;
import io.skein.server.admin.AdminHttpServer;
import io.skein.server.config.ConfigException;
import io.skein.server.config.ConfigFile;
import io.skein.server.config.NodeConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code skein server}: runs one node until SHUTDOWN or a signal. The config may be Skein's own
 * YAML or Dynomite's ({@code dyn_o_mite:}); options override the file.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Runs a Skein node.")
final class ServerCommand implements Callable<Integer> {

  private static final System.Logger LOG = System.getLogger(ServerCommand.class.getName());

  @Option(names = "--config", description = "YAML config file (Skein's keys, or Dynomite's "
      + "dyn_o_mite: with Skein's beside them).")
  Path config;

  @Option(names = "--port", description = "Client port (default 6379).")
  String port;

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

  @Option(names = "--io-threads", description = "Event-loop threads (default: one per core but one, at least 1).")
  String ioThreads;

  @Option(names = "--stats-listen", description = "Admin HTTP address host:port (default "
      + "127.0.0.1:22222 with a Dynomite config; off otherwise).")
  String statsListen;

  @Override
  public Integer call() throws Exception {
    NodeConfig node;
    try {
      node = ConfigFile.loadNode(config, overrides(),
          w -> LOG.log(System.Logger.Level.WARNING, "[skein][config] " + w));
    } catch (ConfigException e) {
      System.err.println("skein server: " + e.getMessage());
      return 2;
    }
    NodeAssembly assembly;
    try {
      assembly = NodeAssembly.build(node, Clock.system());
    } catch (ConfigException e) {
      System.err.println("skein server: " + e.getMessage());
      return 2;
    }
    SkeinServer server = assembly.server;
    AdminHttpServer admin = assembly.admin;
    // Once only: after SHUTDOWN has closed the node, the hook must not close it again.
    AtomicBoolean stopped = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (stopped.compareAndSet(false, true)) {
        if (admin != null) {
          admin.close();
        }
        server.close();
      }
    }, "skein-shutdown"));
    server.start();
    if (admin != null) {
      try {
        admin.start();
      } catch (IllegalStateException e) {
        System.err.println("skein server: " + e.getMessage());
        if (stopped.compareAndSet(false, true)) {
          server.close();
        }
        return 2;
      }
    }
    server.awaitClose();
    if (stopped.compareAndSet(false, true) && admin != null) {
      admin.close();
    }
    return 0;
  }

  private Map<String, String> overrides() {
    Map<String, String> o = new LinkedHashMap<>();
    put(o, "port", port);
    put(o, "bind", bind);
    put(o, "requirepass", requirepass);
    put(o, "maxmemory", maxmemory);
    put(o, "maxmemory_policy", policy);
    put(o, "io_threads", ioThreads);
    put(o, "stats_listen", statsListen);
    return o;
  }

  private static void put(Map<String, String> o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
