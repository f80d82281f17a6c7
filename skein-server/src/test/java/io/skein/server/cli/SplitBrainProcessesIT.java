package io.skein.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Five node processes split 2|3 by their peer transports: under keep-majority the two answer
 * CLUSTERDOWN once the unreachable set has been stable for stable_after, the three keep
 * accepting writes, and the minority acknowledges no write after it answered CLUSTERDOWN.
 */
class SplitBrainProcessesIT {

  @TempDir
  Path dir;

  @Test
  void theMinorityStopsServingAndTheMajorityKeepsWriting() throws Exception {
    try (ProcessCluster cluster = ProcessCluster.start(dir, 5,
        "--sbr", "strategy=keep_majority", "--sbr", "stable_after=7s")) {
      for (int i = 0; i < 5; i++) {
        int node = i;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
          try (Jedis jedis = cluster.client(node)) {
            assertThat(ProcessCluster.lines(jedis, "MEMBERS"))
                .hasSize(5).allMatch(m -> m.contains(" Up "));
          }
        });
      }
      cut(cluster, new int[] {0, 1}, new int[] {2, 3, 4});
      long cutAt = System.nanoTime();

      // The minority writes until it is refused; every write after the first refusal must fail.
      AtomicBoolean refused = new AtomicBoolean();
      AtomicLong acknowledgedAfterRefusal = new AtomicLong();
      List<String> refusals = new ArrayList<>();
      try (Jedis minority = cluster.client(0)) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
          try {
            minority.set("minority:" + System.nanoTime(), "v");
            if (refused.get()) {
              acknowledgedAfterRefusal.incrementAndGet();
            }
          } catch (JedisDataException e) {
            refusals.add(e.getMessage());
            refused.set(true);
          }
          return refusals.size() >= 20;
        });
      }
      long decidedMillis = (System.nanoTime() - cutAt) / 1_000_000;
      System.out.println("[split-brain IT] minority answered CLUSTERDOWN " + decidedMillis
          + " ms after the cut (stable_after 7 s)");
      assertThat(refusals).allMatch(m -> m.equals("CLUSTERDOWN The cluster is down"));
      assertThat(acknowledgedAfterRefusal.get()).isZero();
      try (Jedis other = cluster.client(1)) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
          try {
            other.get("x");
            return false;
          } catch (JedisDataException e) {
            return e.getMessage().startsWith("CLUSTERDOWN");
          }
        });
      }
      for (int i : new int[] {2, 3, 4}) {
        try (Jedis majority = cluster.client(i)) {
          assertThat(majority.set("majority:" + i, "v")).isEqualTo("OK");
          assertThat(majority.get("majority:" + i)).isEqualTo("v");
        }
      }
    }
  }

  private static void cut(ProcessCluster cluster, int[] left, int[] right) {
    for (int a : left) {
      partition(cluster, a, right);
    }
    for (int b : right) {
      partition(cluster, b, left);
    }
  }

  private static void partition(ProcessCluster cluster, int node, int[] from) {
    List<String> args = new ArrayList<>(List.of("PARTITION"));
    for (int f : from) {
      args.add(cluster.peer(f));
    }
    try (Jedis jedis = cluster.client(node)) {
      assertThat(jedis.sendCommand(ProcessCluster.SKEIN, args.toArray(new String[0])))
          .isEqualTo("OK".getBytes());
    }
  }
}
