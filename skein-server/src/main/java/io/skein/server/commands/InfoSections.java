package io.skein.server.commands;

import static io.skein.server.commands.InfoCommand.line;

import io.netty.channel.epoll.Epoll;
import io.skein.engine.Engine;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.KeyspaceStats;
import io.skein.server.ServerContext;
import io.skein.server.cluster.ClusterRuntime;
import io.skein.server.cluster.ClusterStats;
import io.skein.server.net.ClientConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The INFO sections other than memory and CPU (see {@link InfoResources}), for one request:
 * field names and order as Redis 7.2 writes them.
 */
final class InfoSections {

  private static final String ZERO_ID = "0".repeat(40);
  /** Redis's repl-backlog-size default; Skein keeps no backlog but reports the setting. */
  private static final long REPL_BACKLOG_SIZE = 1024 * 1024;

  private final ClientConnection client;
  private final ServerContext server;
  private final Engine engine;
  private final long now;

  InfoSections(ClientConnection client) {
    this.client = client;
    this.server = client.server();
    this.engine = server.engine();
    this.now = engine.keyspace().clock().millis();
  }

  void write(String section, StringBuilder sb) {
    switch (section) {
      case "server" -> server(sb);
      case "clients" -> clients(sb);
      case "memory" -> InfoResources.memory(engine, sb);
      case "persistence" -> persistence(sb);
      case "stats" -> stats(sb);
      case "replication" -> replication(sb);
      case "cpu" -> InfoResources.cpu(sb);
      case "cluster" -> line(sb, "cluster_enabled", 0);
      case "keyspace" -> keyspace(sb);
      default -> { }
    }
  }

  private void server(StringBuilder sb) {
    long uptime = (now - server.startMillis()) / 1000;
    line(sb, "redis_version", ConnectionCommands.REDIS_VERSION);
    line(sb, "redis_git_sha1", "00000000");
    line(sb, "redis_git_dirty", 0);
    line(sb, "redis_build_id", identity("build").substring(0, 16));
    line(sb, "redis_mode", "standalone");
    line(sb, "os", System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " " + System.getProperty("os.arch"));
    line(sb, "arch_bits", System.getProperty("sun.arch.data.model", "64"));
    line(sb, "monotonic_clock", "POSIX clock_gettime"); // what System.nanoTime reads on Linux
    line(sb, "multiplexing_api", Epoll.isAvailable() ? "epoll" : "nio");
    line(sb, "process_id", ProcessHandle.current().pid());
    line(sb, "process_supervised", "no");
    line(sb, "run_id", identity("run"));
    line(sb, "tcp_port", port());
    line(sb, "server_time_usec", now * 1000);
    line(sb, "uptime_in_seconds", uptime);
    line(sb, "uptime_in_days", uptime / 86400);
    line(sb, "hz", engine.config().hz());
    line(sb, "configured_hz", engine.config().hz());
    line(sb, "lru_clock", engine.keyspace().lruClock());
    line(sb, "executable", ProcessHandle.current().info().command().orElse(""));
    line(sb, "config_file", server.settings().configFile() == null ? ""
        : server.settings().configFile());
    line(sb, "io_threads_active", 0);
    sb.append("listener0:name=tcp,bind=").append(server.settings().bind()).append(",port=")
        .append(port()).append("\r\n");
    line(sb, "skein_version", Versions.SKEIN);
    line(sb, "java_version", System.getProperty("java.version"));
  }

  private void clients(StringBuilder sb) {
    line(sb, "connected_clients", server.clients().size());
    line(sb, "cluster_connections", 0);
    line(sb, "maxclients", server.settings().maxclients());
    line(sb, "blocked_clients", engine.executor().blockedClients());
    line(sb, "tracking_clients", 0); // CLIENT TRACKING is not offered
    line(sb, "total_blocking_keys", engine.executor().blockingKeys());
    line(sb, "total_blocking_keys_on_nokey", 0); // only XREADGROUP blocks on missing keys
    line(sb, "pubsub_clients", server.clients().all().stream()
        .filter(c -> c.state().subscriptionCount() > 0).count());
  }

  private void persistence(StringBuilder sb) {
    // No RDB or AOF: the values of a Redis server that has never saved.
    line(sb, "loading", 0);
    line(sb, "async_loading", 0);
    line(sb, "rdb_changes_since_last_save", 0);
    line(sb, "rdb_bgsave_in_progress", 0);
    line(sb, "rdb_last_save_time", server.startMillis() / 1000);
    line(sb, "rdb_last_bgsave_status", "ok");
    line(sb, "rdb_last_bgsave_time_sec", -1);
    line(sb, "rdb_current_bgsave_time_sec", -1);
    line(sb, "rdb_saves", 0);
    line(sb, "aof_enabled", 0);
    line(sb, "aof_rewrite_in_progress", 0);
    line(sb, "aof_rewrite_scheduled", 0);
    line(sb, "aof_last_rewrite_time_sec", -1);
    line(sb, "aof_current_rewrite_time_sec", -1);
    line(sb, "aof_last_bgrewrite_status", "ok");
    line(sb, "aof_rewrites", 0);
    line(sb, "aof_last_write_status", "ok");
  }

  private void stats(StringBuilder sb) {
    KeyspaceStats stats = engine.keyspace().stats();
    line(sb, "total_connections_received", server.connectionsReceived.sum());
    line(sb, "total_commands_processed", server.commandsProcessed.sum());
    line(sb, "rejected_connections", server.rejectedConnections.sum());
    line(sb, "sync_full", 0);
    line(sb, "sync_partial_ok", 0);
    line(sb, "sync_partial_err", 0);
    line(sb, "expired_keys", stats.expiredKeys.sum());
    line(sb, "evicted_keys", stats.evictedKeys.sum());
    line(sb, "evicted_clients", 0);
    line(sb, "keyspace_hits", stats.keyspaceHits.sum());
    line(sb, "keyspace_misses", stats.keyspaceMisses.sum());
    line(sb, "pubsub_channels", server.pubsub().channelCount());
    line(sb, "pubsub_patterns", server.pubsub().patternCount());
    line(sb, "pubsubshard_channels", 0);
    line(sb, "latest_fork_usec", 0);
    line(sb, "total_forks", 0);
    line(sb, "migrate_cached_sockets", 0);
    line(sb, "tracking_total_keys", 0);
    line(sb, "tracking_total_items", 0);
    line(sb, "tracking_total_prefixes", 0);
  }

  private void replication(StringBuilder sb) {
    line(sb, "role", "master");
    line(sb, "connected_slaves", 0);
    line(sb, "master_failover_state", "no-failover");
    line(sb, "master_replid", identity("replid"));
    line(sb, "master_replid2", ZERO_ID);
    line(sb, "master_repl_offset", 0);
    line(sb, "second_repl_offset", -1);
    line(sb, "repl_backlog_active", 0);
    line(sb, "repl_backlog_size", REPL_BACKLOG_SIZE);
    line(sb, "repl_backlog_first_byte_offset", 0);
    line(sb, "repl_backlog_histlen", 0);
    ClusterRuntime cluster = server.cluster();
    if (cluster != null) {
      // Skein's replicas are peers in other racks, not Redis replicas: their figures follow
      // Redis's own, under names of their own.
      ClusterStats s = cluster.stats();
      line(sb, "skein_replica_writes_applied", s.replicaWritesApplied());
      line(sb, "skein_replica_requests_refused", s.replicaRequestsRefused());
      line(sb, "skein_retries_queued", s.retriesQueued());
      line(sb, "skein_retries_delivered", s.retriesDelivered());
      line(sb, "skein_retries_pending", s.retriesPending());
      line(sb, "skein_retries_gave_up", s.retriesGaveUp());
      line(sb, "read_repairs", s.readRepairs());
      line(sb, "read_repair_failures", s.readRepairFailures());
      line(sb, "consistency_level_failures", s.levelFailures());
      line(sb, "publish_fanout_failures", s.publishFailures());
    }
  }

  private void keyspace(StringBuilder sb) {
    for (int i = 0; i < engine.keyspace().databaseCount(); i++) {
      Database db = engine.keyspace().database(i);
      long keys = db.size();
      if (keys > 0) {
        sb.append("db").append(i).append(":keys=").append(keys).append(",expires=")
            .append(db.volatileSize()).append(",avg_ttl=").append(db.avgTtl()).append("\r\n");
      }
    }
  }

  /** The port clients reach: the bound one, even when the settings asked for any (0). */
  private int port() {
    int configured = server.settings().port();
    if (configured != 0) {
      return configured;
    }
    String local = client.localAddress();
    int colon = local.lastIndexOf(':');
    return colon < 0 ? 0 : Integer.parseInt(local.substring(colon + 1));
  }

  /**
   * Forty hex digits that name this server's run (Redis draws run_id and master_replid at
   * random at start): derived from the process and the start time, so they stay the same for
   * the server's life, differ between servers, and need no state of their own.
   */
  private String identity(String purpose) {
    String seed = purpose + ':' + ProcessHandle.current().pid() + ':' + server.startMillis()
        + ':' + System.identityHashCode(server);
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1")
          .digest(seed.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
