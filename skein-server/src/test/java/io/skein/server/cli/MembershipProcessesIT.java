package io.skein.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * Five node processes on loopback, started with seeds: they converge; a node stopped for 2 s
 * (SIGSTOP, as a long GC pause) is not marked Down; a node that leaves gracefully is Down
 * everywhere at once and then Removed; a node killed with SIGKILL is Down everywhere while the
 * others keep serving.
 */
class MembershipProcessesIT {

  @TempDir
  Path dir;

  @Test
  void fiveNodesConvergeSurviveAPauseSeeALeaveAndACrash() throws Exception {
    try (ProcessCluster cluster = ProcessCluster.start(dir, 5)) {
      for (int i = 0; i < 5; i++) {
        int node = i;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
          try (Jedis jedis = cluster.client(node)) {
            List<String> members = ProcessCluster.lines(jedis, "MEMBERS");
            assertThat(members).hasSize(5).allMatch(m -> m.contains(" Up "));
            assertThat(members.stream().filter(m -> m.endsWith("leader"))).hasSize(1);
            assertThat(ProcessCluster.lines(jedis, "PEERS"))
                .hasSize(5).allMatch(p -> p.contains(" Normal "));
          }
        });
      }

      // A 2-second stall: nobody may mark node 4 Down, during it or after it.
      cluster.signal(4, "STOP");
      Thread.sleep(2000); // the stall itself, not a synchronisation
      cluster.signal(4, "CONT");
      await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10)).until(() -> {
        for (int i = 0; i < 4; i++) {
          if (!cluster.peerState(i, 4).equals("Normal")) {
            return false;
          }
        }
        return true;
      });

      // A graceful leave: SHUTDOWN makes node 3 leave; the others see it Down, then Removed.
      try (Jedis leaving = cluster.client(3)) {
        leaving.shutdown();
      } catch (RuntimeException closedByShutdown) {
        // the connection closes as the node stops
      }
      for (int i : new int[] {0, 1, 2, 4}) {
        int node = i;
        await().atMost(Duration.ofSeconds(15)).until(() -> cluster.peerState(node, 3)
            .equals("Down"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
          try (Jedis jedis = cluster.client(node)) {
            assertThat(ProcessCluster.lines(jedis, "MEMBERS"))
                .noneMatch(m -> m.startsWith(cluster.peer(3) + "#") && !m.contains("Removed"));
          }
        });
      }

      // A crash: SIGKILL node 2; the others mark it Down and keep serving.
      cluster.signal(2, "KILL");
      for (int i : new int[] {0, 1, 4}) {
        int node = i;
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.peerState(node, 2)
            .equals("Down"));
      }
      try (Jedis jedis = cluster.client(0)) {
        assertThat(jedis.set("after-crash", "ok")).isEqualTo("OK");
        assertThat(jedis.get("after-crash")).isEqualTo("ok");
      }
    }
  }
}
