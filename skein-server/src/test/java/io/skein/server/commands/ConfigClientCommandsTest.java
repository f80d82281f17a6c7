package io.skein.server.commands;

import static io.skein.server.commands.LocalNode.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** CONFIG GET/SET/RESETSTAT and the CLIENT subcommands, through a real client. */
class ConfigClientCommandsTest {

  private static LocalNode node;

  @BeforeAll
  static void start() throws InterruptedException {
    node = new LocalNode();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  void configGetMatchesGlobsAndSetChangesValues() {
    try (Jedis j = node.jedis()) {
      assertThat(j.configGet("maxmemory")).isEqualTo(Map.of("maxmemory", "0"));
      assertThat(j.configGet("maxmemory*").keySet())
          .contains("maxmemory", "maxmemory-policy", "maxmemory-samples");
      assertThat(j.configGet("MAXMEMORY-POLICY")).containsEntry("maxmemory-policy", "noeviction");
      assertThat(j.configGet("nosuch*")).isEmpty();
      assertThat(j.configSet("maxmemory", "1mb")).isEqualTo("OK");
      assertThat(j.configGet("maxmemory")).containsEntry("maxmemory", "1048576");
      assertThat(j.configSet("maxmemory", "0", "hz", "20")).isEqualTo("OK");
      assertThat(j.configGet("hz")).containsEntry("hz", "20");
      j.configSet("hz", "10");
    }
  }

  @Test
  void configSetRefusesWithRedisTextsAndChangesNothing() {
    try (Jedis j = node.jedis()) {
      assertThat(raw(j, "CONFIG", "SET", "MaxMemory", "abc")).isEqualTo("-ERR CONFIG SET failed "
          + "(possibly related to argument 'maxmemory') - argument must be a memory value");
      assertThat(raw(j, "CONFIG", "SET", "hz", "abc")).isEqualTo("-ERR CONFIG SET failed "
          + "(possibly related to argument 'hz') - argument couldn't be parsed into an integer");
      assertThat(raw(j, "CONFIG", "SET", "nosuch", "1"))
          .isEqualTo("-ERR Unknown option or number of arguments for CONFIG SET - 'nosuch'");
      assertThat(raw(j, "CONFIG", "SET", "port", "1")).isEqualTo("-ERR CONFIG SET failed "
          + "(possibly related to argument 'port') - can't set immutable config");
      // A bad second pair leaves the first unapplied.
      raw(j, "CONFIG", "SET", "maxmemory-samples", "7", "hz", "x");
      assertThat(j.configGet("maxmemory-samples")).containsEntry("maxmemory-samples", "5");
    }
  }

  @Test
  void subcommandErrorsAreRedis7s() {
    try (Jedis j = node.jedis()) {
      assertThat(raw(j, "CONFIG", "GET"))
          .isEqualTo("-ERR wrong number of arguments for 'config|get' command");
      assertThat(raw(j, "CONFIG", "foo")).isEqualTo("-ERR unknown subcommand 'foo'. Try CONFIG HELP.");
      assertThat(raw(j, "CONFIG", "RESETSTAT", "x"))
          .isEqualTo("-ERR wrong number of arguments for 'config|resetstat' command");
      assertThat(raw(j, "CLIENT", "SETNAME"))
          .isEqualTo("-ERR wrong number of arguments for 'client|setname' command");
      assertThat(raw(j, "CLIENT", "foo")).isEqualTo("-ERR unknown subcommand 'foo'. Try CLIENT HELP.");
      assertThat(raw(j, "CLIENT", "KILL"))
          .isEqualTo("-ERR wrong number of arguments for 'client|kill' command");
      assertThat(raw(j, "PUBSUB", "foo")).isEqualTo("-ERR unknown subcommand 'foo'. Try PUBSUB HELP.");
    }
  }

  @Test
  void resetstatZeroesTheCounters() {
    try (Jedis j = node.jedis()) {
      j.get("absent");
      assertThat(j.configResetStat()).isEqualTo("OK");
      String stats = j.info("stats");
      assertThat(stats).contains("keyspace_misses:0\r\n").contains("keyspace_hits:0\r\n");
    }
  }

  @Test
  void clientNamesIdsListAndInfo() {
    try (Jedis j = node.jedis(); Jedis other = node.jedis()) {
      long id = j.clientId();
      assertThat(other.clientId()).isNotEqualTo(id);
      assertThat(j.clientGetname()).isNull();
      assertThat(j.clientSetname("worker-1")).isEqualTo("OK");
      assertThat(j.clientGetname()).isEqualTo("worker-1");
      assertThat(raw(j, "CLIENT", "SETNAME", "a b")).isEqualTo(
          "-ERR Client names cannot contain spaces, newlines or special characters.");
      assertThat(j.clientInfo()).startsWith("id=" + id + " ").contains(" name=worker-1 ")
          .endsWith("\n");
      List<String> lines = List.of(j.clientList().split("\n"));
      assertThat(lines).anyMatch(l -> l.startsWith("id=" + id + " "))
          .anyMatch(l -> l.startsWith("id=" + other.clientId() + " "));
      assertThat(raw(j, "CLIENT", "NO-EVICT", "maybe")).isEqualTo("-ERR syntax error");
      assertThat(raw(j, "CLIENT", "NO-EVICT", "on")).isEqualTo("OK");
    }
  }

  @Test
  void clientKillAndUnblock() throws Exception {
    try (Jedis j = node.jedis(); Jedis victim = node.jedis(); Jedis blocked = node.jedis()) {
      long victimId = victim.clientId();
      assertThat(raw(j, "CLIENT", "KILL", "ID", Long.toString(victimId))).isEqualTo(1L);
      assertThat(raw(j, "CLIENT", "KILL", "ID", "999999")).isEqualTo(0L);
      assertThat(raw(j, "CLIENT", "UNBLOCK", "999999")).isEqualTo(0L);
      assertThat(raw(j, "CLIENT", "UNBLOCK", "1", "foo"))
          .isEqualTo("-ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
      long blockedId = blocked.clientId();
      CompletableFuture<List<String>> pop =
          CompletableFuture.supplyAsync(() -> blocked.blpop(0, "cc:never"));
      await().atMost(Duration.ofSeconds(10))
          .until(() -> j.info("clients").contains("blocked_clients:1\r\n"));
      assertThat(j.info("clients")).contains("total_blocking_keys:1\r\n");
      assertThat(raw(j, "CLIENT", "UNBLOCK", Long.toString(blockedId))).isEqualTo(1L);
      assertThat(pop.get()).isNull();
    }
  }
}
