package io.skein.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * A cluster of separate node processes started by {@code skein local} from Dynomite-style
 * configs, exercised with a real client: writes through any node reach every replica, a node
 * killed with SIGKILL leaves DC_ONE serving and DC_QUORUM serving with 2 of 3 racks, the quorum
 * error with 1 of 3, and a restarted node is repaired by the quorum reads that touch it.
 */
class ClusterProcessesIT {

  private static final ProtocolCommand SKEIN = () -> "SKEIN".getBytes(StandardCharsets.US_ASCII);
  private static final String JAVA_OPTS = "-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  @TempDir
  Path dir;

  private final StringWriter output = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new SkeinCommand());
    cmd.setOut(new PrintWriter(output, true));
    cmd.setErr(new PrintWriter(output, true));
    return cmd.execute(args);
  }

  private int start(String consistency) throws IOException {
    int base = TestPorts.freeRun(3, 10_000);
    int stats = TestPorts.freeRun(3, 0);
    int code = run("local", "--dcs", "1", "--racks", "3", "--nodes-per-rack", "1",
        "--consistency", consistency, "--base-port", Integer.toString(base),
        "--stats-port", Integer.toString(stats), "--dir", dir.toString(),
        "--java-opts", JAVA_OPTS, "--wait-seconds", "90");
    assertThat(code).as(output.toString()).isZero();
    // A node that just started may still be in its peers' reconnect backoff (they reached for
    // it before it listened, and a peer in backoff fails requests at once): the cluster is
    // ready when a write through every node reaches its level.
    for (int i = 0; i < 3; i++) {
      int node = base + i;
      await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
        try (Jedis jedis = new Jedis("127.0.0.1", node, 10_000)) {
          return "OK".equals(jedis.set("ready:" + node, "1"));
        }
      });
    }
    return base;
  }

  private static String localGet(Jedis jedis, String key) {
    Object reply = jedis.sendCommand(SKEIN, "LOCAL", "GET", key);
    return reply == null ? null : new String((byte[]) reply, StandardCharsets.UTF_8);
  }

  private LocalState.Entry kill(int index) throws IOException {
    LocalState.Entry entry = LocalState.read(dir).orElseThrow().nodes().get(index);
    ProcessHandle handle = ProcessHandle.of(entry.pid()).orElseThrow();
    handle.destroyForcibly(); // SIGKILL: no goodbye to the peers
    handle.onExit().join();
    return entry;
  }

  @Test
  void dcOneKeepsServingWhenANodeIsKilled() throws Exception {
    int base = start("DC_ONE");
    try (Jedis a = new Jedis("127.0.0.1", base, 10_000)) {
      for (int i = 0; i < 20; i++) {
        try (Jedis any = new Jedis("127.0.0.1", base + i % 3, 10_000)) {
          assertThat(any.set("k" + i, "v" + i)).isEqualTo("OK");
        }
      }
      for (int n = 0; n < 3; n++) {
        try (Jedis replica = new Jedis("127.0.0.1", base + n, 10_000)) {
          await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (int i = 0; i < 20; i++) {
              assertThat(localGet(replica, "k" + i)).isEqualTo("v" + i);
            }
          });
        }
      }
      kill(2);
      assertThat(a.set("after", "kill")).isEqualTo("OK");
      assertThat(a.get("after")).isEqualTo("kill");
      assertThat(a.get("k5")).isEqualTo("v5");
    } finally {
      run("local", "stop", "--dir", dir.toString());
    }
  }

  @Test
  void dcQuorumNeedsTwoOfThreeRacksAndRepairsARestartedNode() throws Exception {
    int base = start("DC_QUORUM");
    try (Jedis a = new Jedis("127.0.0.1", base, 10_000)) {
      assertThat(a.set("before", "1")).isEqualTo("OK");
      LocalState.Entry killed = kill(2);
      // Under a loaded machine the first write right after the kill has been seen to miss its
      // quorum once in a full run; the level must hold within moments, not necessarily at the
      // very first request.
      await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
          .until(() -> "OK".equals(a.set("k", "v")));
      assertThat(a.get("k")).isEqualTo("v");
      kill(1);
      assertThatThrownBy(() -> a.set("k", "w")).isInstanceOf(JedisDataException.class)
          .hasMessageStartingWith("ERR DC_QUORUM not reached: 1 of 2 required replicas");

      List<String> skein = LocalProcesses.skeinCommand(List.of(JAVA_OPTS.split(" ")));
      LocalState.Entry restarted = LocalProcesses.start(skein, killed.name(),
          killed.clientPort(), killed.statsPort(), killed.config(),
          dir.resolve(killed.name() + ".log"));
      try (Jedis c = awaitNode(killed.clientPort())) {
        assertThat(localGet(c, "before")).isNull(); // it came back empty
        // The coordinator's link to the restarted node may still be in its reconnect backoff:
        // until it is up again, the read answers the quorum error.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(
            () -> assertThat(a.get("before")).isEqualTo("1"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
            () -> assertThat(localGet(c, "before")).isEqualTo("1"));
      } finally {
        // Not in skein local's state file: stopped here, by its pid.
        ProcessHandle.of(restarted.pid()).ifPresent(ProcessHandle::destroyForcibly);
      }
    } finally {
      run("local", "stop", "--dir", dir.toString());
    }
  }

  private static Jedis awaitNode(int port) {
    return await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
      Jedis j = new Jedis("127.0.0.1", port, 10_000);
      j.ping();
      return j;
    }, j -> true);
  }
}
