package io.skein.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skein.routing.topology.ConsistencyLevel;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.Jedis;

/**
 * At every consistency level, in both shapes the issue names (one datacenter of three racks,
 * two datacenters of two racks), a write through any node appears on every replica and reads
 * back through every node.
 */
class EveryLevelReplicationIT {

  private static void writeThroughEveryNodeAndCheckEveryReplica(LocalCluster cluster) {
    int n = cluster.size();
    for (int i = 0; i < 4 * n; i++) {
      try (Jedis jedis = cluster.client(i % n)) {
        assertThat(jedis.set("key:" + i, "value:" + i)).isEqualTo("OK");
      }
    }
    for (int node = 0; node < n; node++) {
      try (Jedis jedis = cluster.client(node)) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
          for (int i = 0; i < 4 * n; i++) {
            assertThat(ClusterDataPlaneIT.localGet(jedis, "key:" + i))
                .as("key:%d on node %d", i, cluster.node(0).port()).isEqualTo("value:" + i);
          }
        });
        for (int i = 0; i < 4 * n; i++) {
          assertThat(jedis.get("key:" + i)).isEqualTo("value:" + i);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ConsistencyLevel.class)
  void oneDatacenterOfThreeRacks(ConsistencyLevel level) throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, level)) {
      writeThroughEveryNodeAndCheckEveryReplica(cluster);
    }
  }

  @ParameterizedTest
  @EnumSource(ConsistencyLevel.class)
  void twoDatacentersOfTwoRacks(ConsistencyLevel level) throws Exception {
    try (LocalCluster cluster = new LocalCluster(new String[] {"dc1", "dc1", "dc2", "dc2"},
        new String[] {"r1", "r2", "r1", "r2"}, level, level).start()) {
      writeThroughEveryNodeAndCheckEveryReplica(cluster);
    }
  }
}
