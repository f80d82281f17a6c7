package io.skein.server.commands;

import static io.skein.engine.command.CommandFlag.LOADING;
import static io.skein.engine.command.CommandFlag.STALE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.Engine;
import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.KeyspaceStats;
import io.skein.server.ServerContext;
import io.skein.server.net.ClientConnection;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** INFO, with Redis's section names and field names so that tools parse it unchanged. */
public final class InfoCommand {

  private static final Set<String> DEFAULT_SECTIONS = Set.of("server", "clients", "memory",
      "persistence", "stats", "replication", "cpu", "cluster", "keyspace");
  private static final String[] ORDER = {"server", "clients", "memory", "persistence", "stats",
      "replication", "cpu", "cluster", "keyspace"};

  private InfoCommand() {}

  public static void register(CommandTable t) {
    t.add(command("info", -1).flags(LOADING, STALE).group("server")
        .summary("Returns information and statistics about the server.")
        .handler(InfoCommand::info));
  }

  static void info(CommandContext ctx, byte[][] argv, ReplySink out) {
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 1; i < argv.length; i++) {
      String s = Args.text(argv[i]).toLowerCase(Locale.ROOT);
      if (s.equals("all") || s.equals("everything") || s.equals("default")) {
        wanted.addAll(DEFAULT_SECTIONS);
      } else {
        wanted.add(s);
      }
    }
    if (wanted.isEmpty()) {
      wanted.addAll(DEFAULT_SECTIONS);
    }
    ServerContext server = ClientConnection.of(ctx).server();
    StringBuilder sb = new StringBuilder();
    for (String section : ORDER) {
      if (wanted.contains(section)) {
        if (sb.length() > 0) {
          sb.append("\r\n");
        }
        sb.append("# ").append(Character.toUpperCase(section.charAt(0)))
            .append(section.substring(1)).append("\r\n");
        section(section, server, sb);
      }
    }
    out.verbatim(sb.toString());
  }

  private static void section(String name, ServerContext server, StringBuilder sb) {
    Engine engine = server.engine();
    KeyspaceStats stats = engine.keyspace().stats();
    long now = engine.keyspace().clock().millis();
    switch (name) {
      case "server" -> {
        long uptime = (now - server.startMillis()) / 1000;
        line(sb, "redis_version", ConnectionCommands.REDIS_VERSION);
        line(sb, "skein_version", Versions.SKEIN);
        line(sb, "redis_mode", "standalone");
        line(sb, "os", System.getProperty("os.name") + " " + System.getProperty("os.version")
            + " " + System.getProperty("os.arch"));
        line(sb, "arch_bits", System.getProperty("sun.arch.data.model", "64"));
        line(sb, "multiplexing_api", "netty");
        line(sb, "java_version", System.getProperty("java.version"));
        line(sb, "process_id", ProcessHandle.current().pid());
        line(sb, "tcp_port", server.settings().port());
        line(sb, "uptime_in_seconds", uptime);
        line(sb, "uptime_in_days", uptime / 86400);
        line(sb, "hz", engine.config().hz());
        line(sb, "config_file", server.settings().configFile() == null ? ""
            : server.settings().configFile());
      }
      case "clients" -> {
        line(sb, "connected_clients", server.clients().size());
        line(sb, "maxclients", server.settings().maxclients());
        line(sb, "blocked_clients", engine.executor().blockedClients());
        line(sb, "pubsub_clients", server.clients().all().stream()
            .filter(c -> c.state().subscriptionCount() > 0).count());
      }
      case "memory" -> memory(engine, stats, sb);
      case "persistence" -> {
        line(sb, "loading", 0);
        line(sb, "rdb_changes_since_last_save", 0);
        line(sb, "rdb_bgsave_in_progress", 0);
        line(sb, "rdb_last_save_time", server.startMillis() / 1000);
        line(sb, "aof_enabled", 0);
      }
      case "stats" -> {
        line(sb, "total_connections_received", server.connectionsReceived.sum());
        line(sb, "total_commands_processed", server.commandsProcessed.sum());
        line(sb, "rejected_connections", server.rejectedConnections.sum());
        line(sb, "expired_keys", stats.expiredKeys.sum());
        line(sb, "evicted_keys", stats.evictedKeys.sum());
        line(sb, "keyspace_hits", stats.keyspaceHits.sum());
        line(sb, "keyspace_misses", stats.keyspaceMisses.sum());
        line(sb, "pubsub_channels", server.pubsub().channelCount());
        line(sb, "pubsub_patterns", server.pubsub().patternCount());
      }
      case "replication" -> {
        line(sb, "role", "master");
        line(sb, "connected_slaves", 0);
        line(sb, "master_replid", "0000000000000000000000000000000000000000");
        line(sb, "master_repl_offset", 0);
      }
      case "cpu" -> {
        var os = ManagementFactory.getRuntimeMXBean();
        line(sb, "used_cpu_sys", "0.000000");
        line(sb, "used_cpu_user", String.format(Locale.ROOT, "%.6f", os.getUptime() / 1000.0));
      }
      case "cluster" -> line(sb, "cluster_enabled", 0);
      case "keyspace" -> keyspace(engine, sb);
      default -> { }
    }
  }

  private static void memory(Engine engine, KeyspaceStats stats, StringBuilder sb) {
    long used = stats.usedMemory.sum();
    Runtime rt = Runtime.getRuntime();
    long heapUsed = rt.totalMemory() - rt.freeMemory();
    line(sb, "used_memory", used);
    line(sb, "used_memory_human", human(used));
    line(sb, "used_memory_rss", ProcessMemory.residentBytes());
    line(sb, "used_memory_rss_human", human(ProcessMemory.residentBytes()));
    line(sb, "used_memory_heap", heapUsed);
    line(sb, "used_memory_heap_committed", rt.totalMemory());
    line(sb, "maxmemory", engine.config().maxmemory());
    line(sb, "maxmemory_human", human(engine.config().maxmemory()));
    line(sb, "maxmemory_policy", engine.config().policy().redisName());
    line(sb, "mem_allocator", "jvm");
    GcPauses.appendInfo(sb);
  }

  private static void keyspace(Engine engine, StringBuilder sb) {
    for (int i = 0; i < engine.keyspace().databaseCount(); i++) {
      Database db = engine.keyspace().database(i);
      long keys = db.size();
      if (keys > 0) {
        sb.append("db").append(i).append(":keys=").append(keys).append(",expires=")
            .append(db.volatileSize()).append(",avg_ttl=0\r\n");
      }
    }
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + "B";
    }
    String[] units = {"K", "M", "G", "T"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.2f%s", v, units[u]);
  }

  private static void line(StringBuilder sb, String key, Object value) {
    sb.append(key).append(':').append(value).append("\r\n");
  }
}
