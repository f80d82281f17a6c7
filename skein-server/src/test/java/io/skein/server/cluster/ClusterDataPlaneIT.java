package io.skein.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.skein.routing.topology.ConsistencyLevel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Three in-process nodes, one per rack, on real sockets with the real peer transport: writes
 * through any node reach every replica, quorum levels hold and fail as DESIGN §2 says, quorum
 * reads repair, multi-key and key-less commands behave as a cluster user expects.
 */
class ClusterDataPlaneIT {

  private static final ProtocolCommand SKEIN = () -> "SKEIN".getBytes(StandardCharsets.US_ASCII);

  static String localGet(Jedis jedis, String key) {
    Object reply = jedis.sendCommand(SKEIN, "LOCAL", "GET", key);
    return reply == null ? null : new String((byte[]) reply, StandardCharsets.UTF_8);
  }

  @Test
  void dcOneWritesThroughAnyNodeReachEveryReplica() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_ONE)) {
      for (int i = 0; i < 30; i++) {
        try (Jedis jedis = cluster.client(i % 3)) {
          assertThat(jedis.set("key:" + i, "value:" + i)).isEqualTo("OK");
        }
      }
      for (int n = 0; n < 3; n++) {
        try (Jedis jedis = cluster.client(n)) {
          await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (int i = 0; i < 30; i++) {
              assertThat(localGet(jedis, "key:" + i)).isEqualTo("value:" + i);
            }
          });
        }
      }
    }
  }

  @Test
  void quorumSurvivesOneLostRackAndReportsTheLevelWhenTwoAreLost() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_QUORUM)) {
      try (Jedis jedis = cluster.client(0)) {
        assertThat(jedis.set("k", "v1")).isEqualTo("OK");
        cluster.stop(2);
        assertThat(jedis.set("k", "v2")).isEqualTo("OK");
        assertThat(jedis.get("k")).isEqualTo("v2");
        cluster.stop(1);
        assertThatThrownBy(() -> jedis.set("k", "v3"))
            .isInstanceOf(JedisDataException.class)
            .hasMessage("ERR DC_QUORUM not reached: 1 of 2 required replicas answered");
        assertThatThrownBy(() -> jedis.get("k"))
            .hasMessage("ERR DC_QUORUM not reached: 1 of 2 required replicas answered");
      }
    }
  }

  @Test
  void quorumReadsRepairAReplicaThatLostTheKey() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_QUORUM)) {
      try (Jedis a = cluster.client(0); Jedis c = cluster.client(2)) {
        a.set("k", "v");
        await().atMost(Duration.ofSeconds(10)).until(() -> "v".equals(localGet(c, "k")));
        c.sendCommand(SKEIN, "LOCAL", "DEL", "k");
        assertThat(localGet(c, "k")).isNull();
        assertThat(c.get("k")).isEqualTo("v");
        await().atMost(Duration.ofSeconds(10)).until(() -> "v".equals(localGet(c, "k")));
        assertThat(c.info("replication")).contains("read_repairs:");
      }
    }
  }

  @Test
  void multiKeyCommandsAreSplitByKeyAndMerged() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_QUORUM)) {
      try (Jedis jedis = cluster.client(1)) {
        assertThat(jedis.mset("a", "1", "b", "2", "c", "3")).isEqualTo("OK");
        assertThat(jedis.mget("a", "x", "c")).containsExactly("1", null, "3");
        assertThat(jedis.exists("a", "b", "x")).isEqualTo(2);
        assertThat(jedis.del("a", "b", "x")).isEqualTo(2);
        assertThat(jedis.mget("a", "b", "c")).containsExactly(null, null, "3");
      }
    }
  }

  @Test
  void dbsizeCountsTheDatacentersKeysOnceAndFlushallEmptiesEveryNode() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_QUORUM)) {
      try (Jedis jedis = cluster.client(0)) {
        for (int i = 0; i < 10; i++) {
          jedis.set("k" + i, "v");
        }
        assertThat(jedis.dbSize()).isEqualTo(10);
        assertThat(jedis.flushAll()).isEqualTo("OK");
        for (int n = 0; n < 3; n++) {
          try (Jedis each = cluster.client(n)) {
            assertThat(each.sendCommand(SKEIN, "LOCAL", "DBSIZE")).isEqualTo(0L);
          }
        }
      }
    }
  }

  @Test
  void publishReachesSubscribersOnOtherNodes() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_ONE)) {
      List<String> received = new CopyOnWriteArrayList<>();
      JedisPubSub listener = new JedisPubSub() {
        @Override
        public void onMessage(String channel, String message) {
          received.add(channel + "=" + message);
          unsubscribe();
        }
      };
      Jedis subscriber = cluster.client(2);
      Thread t = new Thread(() -> subscriber.subscribe(listener, "news"));
      t.start();
      try (Jedis publisher = cluster.client(0)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
          publisher.publish("news", "hello");
          return !received.isEmpty();
        });
      }
      t.join(10_000);
      subscriber.close();
      assertThat(received).first().isEqualTo("news=hello");
    }
  }

  @Test
  void twoDatacentersEachHoldEveryWrite() throws Exception {
    try (LocalCluster cluster = new LocalCluster(new String[] {"dc1", "dc1", "dc2", "dc2"},
        new String[] {"r1", "r2", "r1", "r2"}, ConsistencyLevel.DC_ONE, ConsistencyLevel.DC_ONE)
        .start()) {
      try (Jedis jedis = cluster.client(0)) {
        for (int i = 0; i < 20; i++) {
          jedis.set("k" + i, "v" + i);
        }
      }
      for (int n = 0; n < 4; n++) {
        try (Jedis jedis = cluster.client(n)) {
          await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (int i = 0; i < 20; i++) {
              assertThat(localGet(jedis, "k" + i)).isEqualTo("v" + i);
            }
          });
        }
      }
    }
  }

  @Test
  void commandsThatNeedOneOwnerAnswerCrossslotAcrossOwnersAndWorkWithAHashTag() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(2, 2, ConsistencyLevel.DC_ONE)) {
      try (Jedis jedis = cluster.client(0)) {
        String other = null;
        for (int i = 0; other == null && i < 1000; i++) {
          jedis.set("a", "1");
          jedis.set("k" + i, "2");
          try {
            jedis.rename("a", "k" + i);
          } catch (JedisDataException e) {
            assertThat(e.getMessage())
                .isEqualTo("CROSSSLOT Keys in request don't hash to the same slot");
            other = "k" + i;
          }
        }
        assertThat(other).as("a key on another owner than 'a'").isNotNull();
        jedis.set("{user1}:a", "x");
        assertThat(jedis.rename("{user1}:a", "{user1}:b")).isEqualTo("OK");
        assertThat(jedis.get("{user1}:b")).isEqualTo("x");
        Object ring = jedis.sendCommand(SKEIN, "RING");
        assertThat((java.util.List<?>) ring).hasSize(4);
      }
    }
  }

  @Test
  void aDownedNodeRefusesDataCommandsAndOptionallyStillServesStaleReads() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_ONE)) {
      try (Jedis jedis = cluster.client(0)) {
        jedis.set("k", "v");
        cluster.node(0).cluster().refuseWith(ClusterMembership.CLUSTERDOWN);
        assertThatThrownBy(() -> jedis.set("k", "w")).hasMessage(ClusterMembership.CLUSTERDOWN);
        assertThatThrownBy(() -> jedis.get("k")).hasMessage(ClusterMembership.CLUSTERDOWN);
        assertThatThrownBy(() -> jedis.dbSize()).hasMessage(ClusterMembership.CLUSTERDOWN);
        assertThat(jedis.ping()).isEqualTo("PONG");

        cluster.node(0).cluster().refuseWith(ClusterMembership.CLUSTERDOWN, true);
        assertThat(jedis.get("k")).isEqualTo("v");
        assertThatThrownBy(() -> jedis.set("k", "w")).hasMessage(ClusterMembership.CLUSTERDOWN);
      }
    }
  }

  @Test
  void aLongPipelineOfRoutedCommandsIsAnsweredInRequestOrder() throws Exception {
    try (LocalCluster cluster = LocalCluster.racks(3, ConsistencyLevel.DC_QUORUM)) {
      try (Jedis jedis = cluster.client(0)) {
        redis.clients.jedis.Pipeline p = jedis.pipelined();
        List<redis.clients.jedis.Response<String>> gets = new java.util.ArrayList<>();
        List<redis.clients.jedis.Response<Long>> incrs = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
          p.set("p" + i, "v" + i);
          gets.add(p.get("p" + i));
          incrs.add(p.incr("counter"));
          if (i % 500 == 0) {
            p.dbSize(); // key-less: waits for the replies owed, then goes on
          }
        }
        p.sync();
        for (int i = 0; i < 2000; i++) {
          assertThat(gets.get(i).get()).isEqualTo("v" + i);
          assertThat(incrs.get(i).get()).isEqualTo(i + 1L);
        }
      }
    }
  }
}
