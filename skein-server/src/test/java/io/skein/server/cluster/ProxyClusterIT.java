package io.skein.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skein.routing.topology.ConsistencyLevel;
import io.skein.server.datastore.ExternalRedisSettings;
import io.skein.server.datastore.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Dynomite's proxy mode in a cluster: three nodes, one per rack, each fronting its own real
 * redis-server. A write through any node lands in every rack's Redis; reads and SKEIN LOCAL
 * reach a node's own Redis; multi-key commands are split as with the embedded engine.
 */
class ProxyClusterIT {

  @Test
  void writesThroughAnyNodeLandInEveryRacksRedis() throws Exception {
    assumeTrue(RedisServerProcess.available(), RedisServerProcess.MISSING);
    List<RedisServerProcess> backends = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        backends.add(RedisServerProcess.start(Optional.empty()));
      }
      LocalCluster cluster = new LocalCluster(new String[] {"dc1", "dc1", "dc1"},
          new String[] {"r1", "r2", "r3"}, ConsistencyLevel.DC_QUORUM, ConsistencyLevel.DC_QUORUM)
          .withExternal(i -> ExternalRedisSettings.of("node-" + i, backends.get(i).address(),
              Optional.empty(), 2, Duration.ofSeconds(5)));
      try (LocalCluster started = cluster.start()) {
        for (int i = 0; i < 9; i++) {
          try (Jedis jedis = started.client(i % 3)) {
            assertThat(jedis.set("k" + i, "v" + i)).isEqualTo("OK");
          }
        }
        for (RedisServerProcess backend : backends) {
          try (Jedis redis = new Jedis(backend.address().host(), backend.address().port())) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
              for (int i = 0; i < 9; i++) {
                assertThat(redis.get("k" + i)).isEqualTo("v" + i);
              }
            });
          }
        }
        try (Jedis jedis = started.client(1)) {
          assertThat(jedis.get("k4")).isEqualTo("v4");
          assertThat(jedis.mget("k1", "nope", "k2")).containsExactly("v1", null, "v2");
          assertThat(ClusterDataPlaneIT.localGet(jedis, "k7")).isEqualTo("v7");
          assertThat(jedis.dbSize()).isEqualTo(9);
        }
      }
    } finally {
      backends.forEach(RedisServerProcess::close);
    }
  }
}
