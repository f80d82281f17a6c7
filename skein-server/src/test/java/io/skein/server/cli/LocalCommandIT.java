package io.skein.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import redis.clients.jedis.Jedis;

/**
 * {@code skein local} for real: three node processes (1 dc x 3 racks) start from this build's
 * classes, answer PING and the admin port, and {@code skein local stop} stops exactly them.
 */
class LocalCommandIT {

  @TempDir
  Path dir;

  private final StringWriter output = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new SkeinCommand());
    cmd.setOut(new PrintWriter(output, true));
    cmd.setErr(new PrintWriter(output, true));
    return cmd.execute(args);
  }

  @Test
  void startsThreeNodesThatAnswerAndStopsExactlyThem() throws Exception {
    int base = TestPorts.freeRun(3, 10_000);
    int stats = TestPorts.freeRun(3, 0);
    try {
      int started = run("local", "--dcs", "1", "--racks", "3", "--nodes-per-rack", "1",
          "--base-port", Integer.toString(base), "--stats-port", Integer.toString(stats),
          "--dir", dir.toString(),
          "--java-opts", "-Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
          "--wait-seconds", "60");

      assertThat(started).as("%s%s", output, logs()).isZero();
      assertThat(output.toString()).contains("redis-cli -p " + base);
      for (int i = 0; i < 3; i++) {
        try (Jedis jedis = new Jedis("127.0.0.1", base + i)) {
          assertThat(jedis.ping()).isEqualTo("PONG");
        }
      }
      HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + (stats + 1) + "/ping")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ping.body()).isEqualTo("OK\r\n");
      assertThat(run("local", "status", "--dir", dir.toString())).isZero();
      assertThat(output.toString()).contains("3 of 3 nodes running");
      List<LocalState.Entry> nodes = LocalState.read(dir).orElseThrow().nodes();

      assertThat(run("local", "stop", "--dir", dir.toString())).as(output.toString()).isZero();

      assertThat(nodes).allMatch(n -> ProcessHandle.of(n.pid()).map(h -> !h.isAlive())
          .orElse(true));
      assertThat(Files.exists(dir.resolve(LocalState.FILE))).isFalse();
      assertThat(Files.exists(dir.resolve(LocalCluster.SECRET_FILE))).isTrue();
    } finally {
      run("local", "stop", "--dir", dir.toString());
    }
  }

  private String logs() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
        sb.append("\n--- ").append(log.getFileName()).append('\n').append(Files.readString(log));
      }
    }
    return sb.toString();
  }
}
