package io.skein.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** INFO's sections, order and Redis 7.2 field names, read through a real client. */
class InfoCommandTest {

  private static LocalNode node;

  @BeforeAll
  static void start() throws InterruptedException {
    node = new LocalNode();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Section title to its fields, in order. */
  private static Map<String, Map<String, String>> parse(String info) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String line : info.split("\r\n")) {
      if (line.startsWith("# ")) {
        current = new LinkedHashMap<>();
        sections.put(line.substring(2), current);
      } else if (!line.isEmpty()) {
        int colon = line.indexOf(':');
        current.put(line.substring(0, colon), line.substring(colon + 1));
      }
    }
    return sections;
  }

  @Test
  void defaultSectionsComeInRedisOrder() {
    try (Jedis j = node.jedis()) {
      List<String> titles = new ArrayList<>(parse(j.info()).keySet());
      assertThat(titles).containsExactly("Server", "Clients", "Memory", "Persistence", "Stats",
          "Replication", "CPU", "Cluster", "Keyspace");
      assertThat(parse(j.info("everything")).keySet()).isEqualTo(parse(j.info()).keySet());
      assertThat(j.info("nosuchsection")).isEmpty();
      assertThat(parse((String) LocalNode.raw(j, "INFO", "cpu", "SERVER")).keySet())
          .containsExactly("Server", "CPU");
    }
  }

  @Test
  void serverSectionCarriesRedisFields() {
    try (Jedis j = node.jedis()) {
      Map<String, String> s = parse(j.info("server")).get("Server");
      assertThat(s).containsKeys("redis_version", "redis_git_sha1", "redis_build_id",
          "redis_mode", "os", "arch_bits", "monotonic_clock", "multiplexing_api", "process_id",
          "process_supervised", "run_id", "tcp_port", "server_time_usec", "uptime_in_seconds",
          "uptime_in_days", "hz", "configured_hz", "lru_clock", "executable", "config_file",
          "io_threads_active");
      assertThat(s.get("redis_mode")).isEqualTo("standalone");
      assertThat(s.get("run_id")).matches("[0-9a-f]{40}");
      assertThat(s.get("tcp_port")).isEqualTo(Integer.toString(node.server.port()));
      assertThat(s.get("process_id")).isEqualTo(Long.toString(ProcessHandle.current().pid()));
      assertThat(s.get("server_time_usec")).as("microseconds since 1970").matches("1\\d{15}");
      assertThat(s.get("listener0")).isEqualTo("name=tcp,bind=127.0.0.1,port=" + node.server.port());
      // run_id is stable for the life of the server.
      assertThat(parse(j.info("server")).get("Server").get("run_id")).isEqualTo(s.get("run_id"));
    }
  }

  @Test
  void replicationAndClusterDescribeAStandaloneMaster() {
    try (Jedis j = node.jedis()) {
      Map<String, String> r = parse(j.info("replication")).get("Replication");
      assertThat(r).containsEntry("role", "master").containsEntry("connected_slaves", "0")
          .containsEntry("master_failover_state", "no-failover")
          .containsEntry("master_replid2", "0".repeat(40))
          .containsEntry("master_repl_offset", "0").containsEntry("second_repl_offset", "-1")
          .containsEntry("repl_backlog_active", "0");
      assertThat(r.get("master_replid")).matches("[0-9a-f]{40}")
          .isNotEqualTo(parse(j.info("server")).get("Server").get("run_id"));
      assertThat(parse(j.info("cluster")).get("Cluster"))
          .containsExactly(Map.entry("cluster_enabled", "0"));
    }
  }

  @Test
  void clientsMemoryStatsAndCpuHaveRealValues() {
    try (Jedis j = node.jedis(); Jedis other = node.jedis()) {
      other.ping();
      Map<String, Map<String, String>> all = parse(j.info("all"));
      Map<String, String> clients = all.get("Clients");
      assertThat(Integer.parseInt(clients.get("connected_clients"))).isGreaterThanOrEqualTo(2);
      assertThat(clients).containsKeys("cluster_connections", "maxclients", "blocked_clients",
          "tracking_clients", "total_blocking_keys");
      Map<String, String> memory = all.get("Memory");
      assertThat(memory).containsKeys("used_memory", "used_memory_human", "used_memory_rss",
          "total_system_memory", "maxmemory", "maxmemory_human", "maxmemory_policy",
          "mem_fragmentation_ratio", "mem_allocator", "number_of_functions");
      assertThat(memory.get("maxmemory_policy")).isEqualTo("noeviction");
      assertThat(Long.parseLong(memory.get("total_system_memory"))).isPositive();
      Map<String, String> stats = all.get("Stats");
      assertThat(stats).containsKeys("total_connections_received", "total_commands_processed",
          "rejected_connections", "expired_keys", "evicted_keys", "keyspace_hits",
          "keyspace_misses", "pubsub_channels", "pubsub_patterns", "pubsubshard_channels",
          "total_forks", "sync_full");
      Map<String, String> cpu = all.get("CPU");
      assertThat(cpu.keySet()).containsExactly("used_cpu_sys", "used_cpu_user",
          "used_cpu_sys_children", "used_cpu_user_children");
      assertThat(Double.parseDouble(cpu.get("used_cpu_user"))
          + Double.parseDouble(cpu.get("used_cpu_sys"))).isPositive();
      assertThat(all.get("Persistence")).containsEntry("loading", "0")
          .containsEntry("aof_enabled", "0").containsEntry("rdb_last_bgsave_status", "ok");
    }
  }

  @Test
  void keyspaceListsDatabasesWithKeysAndExpiries() {
    try (Jedis j = node.jedis()) {
      j.select(3);
      j.set("info:a", "1");
      j.set("info:b", "2");
      j.expire("info:b", 100);
      // avg_ttl is whatever the expiry timer has estimated so far: at most the TTL given.
      String db3 = parse(j.info("keyspace")).get("Keyspace").get("db3");
      assertThat(db3).matches("keys=2,expires=1,avg_ttl=\\d+");
      assertThat(Long.parseLong(db3.substring(db3.lastIndexOf('=') + 1))).isBetween(0L, 100_000L);
      j.flushDB();
      assertThat(parse(j.info("keyspace")).get("Keyspace")).doesNotContainKey("db3");
    }
  }
}
