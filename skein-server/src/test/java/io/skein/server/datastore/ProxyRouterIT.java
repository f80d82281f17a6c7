package io.skein.server.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.skein.core.Clock;
import io.skein.server.ServerSettings;
import io.skein.server.SkeinServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * A standalone node in proxy mode, end to end: real clients talk to the node, the data lands in
 * a real redis-server behind it, and what proxy mode cannot do is refused clearly.
 */
class ProxyRouterIT {

  static RedisServerProcess redis;
  static ExternalRedis pool;
  static SkeinServer node;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(RedisServerProcess.available(), RedisServerProcess.MISSING);
    redis = RedisServerProcess.start(Optional.of("backend-pw"));
    pool = new ExternalRedis(ExternalRedisSettings.of("node-1", redis.address(),
        Optional.of("backend-pw"), 2, Duration.ofSeconds(5)), Clock.system());
    pool.start();
    node = new SkeinServer(ServerSettings.defaults().withPort(0), Clock.system());
    node.context().router(new ProxyRouter(pool));
    node.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (pool != null) {
      pool.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  private static Jedis client() {
    return new Jedis("127.0.0.1", node.port());
  }

  @Test
  void dataCommandsLandInTheExternalRedis() throws Exception {
    try (Jedis j = client()) {
      assertThat(j.set("proxy:k", "v")).isEqualTo("OK");
      assertThat(redis.raw("GET", "proxy:k")).as("read from Redis directly").isEqualTo("$1");
      assertThat(j.get("proxy:k")).isEqualTo("v");
      j.hset("proxy:h", Map.of("f", "1", "g", "2"));
      assertThat(j.hgetAll("proxy:h")).containsExactlyInAnyOrderEntriesOf(
          Map.of("f", "1", "g", "2"));
      assertThat(j.dbSize()).isEqualTo(Long.parseLong(redis.raw("DBSIZE").substring(1)));
      assertThat(j.keys("proxy:*")).contains("proxy:k", "proxy:h");
      assertThatThrownBy(() -> j.incr("proxy:h")).isInstanceOf(JedisDataException.class)
          .hasMessageStartingWith("WRONGTYPE");
      assertThat(j.ping()).isEqualTo("PONG");
    }
  }

  @Test
  void aPipelineOfAClientIsAnsweredInOrder() {
    try (Jedis j = client()) {
      j.del("proxy:counter");
      Pipeline p = j.pipelined();
      for (int i = 0; i < 1000; i++) {
        p.incr("proxy:counter");
      }
      List<Object> replies = p.syncAndReturnAll();
      for (int i = 0; i < replies.size(); i++) {
        assertThat(replies.get(i)).as("reply %d", i).isEqualTo((long) i + 1);
      }
    }
  }

  @Test
  void whatProxyModeCannotDoIsRefusedAndTheConnectionGoesOn() {
    try (Jedis j = client()) {
      assertThat(j.select(0)).isEqualTo("OK");
      assertThatThrownBy(() -> j.select(1)).isInstanceOf(JedisDataException.class)
          .hasMessageContaining("not supported in proxy mode: SELECT 1");
      assertThatThrownBy(() -> j.sendCommand(Protocol.Command.MULTI)).isInstanceOf(JedisDataException.class)
          .hasMessageContaining("not supported in proxy mode: MULTI");
      assertThatThrownBy(() -> j.blpop(0, "proxy:list")).isInstanceOf(JedisDataException.class)
          .hasMessageContaining("not supported in proxy mode: BLPOP");
      assertThat(j.echo("still here")).isEqualTo("still here");
    }
  }

  @Test
  void withTheDatastoreDownEveryCommandOfAPipelineGetsTheErrorAtOnce() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (ExternalRedis down = new ExternalRedis(ExternalRedisSettings.of("node-2",
        new io.skein.core.HostAndPort("127.0.0.1", port), Optional.empty(), 1,
        Duration.ofSeconds(5)), Clock.system())) {
      down.start();
      SkeinServer orphan = new SkeinServer(ServerSettings.defaults().withPort(0), Clock.system());
      orphan.context().router(new ProxyRouter(down));
      orphan.start();
      try (Jedis j = new Jedis("127.0.0.1", orphan.port())) {
        Pipeline p = j.pipelined();
        for (int i = 0; i < 5000; i++) {
          p.get("k" + i);
        }
        List<Object> replies = p.syncAndReturnAll();
        assertThat(replies).hasSize(5000).allSatisfy(r -> assertThat(r)
            .isInstanceOf(JedisDataException.class).asString()
            .contains("external datastore 127.0.0.1:" + port + " unavailable"));
        assertThat(j.ping()).as("the node's own commands still work").isEqualTo("PONG");
      } finally {
        orphan.close();
      }
    }
  }

  @Test
  void aResp3ClientFallsBackToResp2() {
    RedisClient lettuce = RedisClient.create("redis://127.0.0.1:" + node.port());
    try (StatefulRedisConnection<String, String> c = lettuce.connect()) {
      c.sync().set("proxy:lettuce", "x");
      assertThat(c.sync().get("proxy:lettuce")).isEqualTo("x");
    } finally {
      lettuce.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }
}
