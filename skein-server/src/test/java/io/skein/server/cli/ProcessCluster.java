package io.skein.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * A cluster of node processes started by {@code skein local} for a test: one datacenter, one
 * node per rack, with debug partitions enabled; stopped (every process) by {@link #close}.
 */
final class ProcessCluster implements AutoCloseable {

  static final ProtocolCommand SKEIN = () -> "SKEIN".getBytes(StandardCharsets.US_ASCII);

  private final Path dir;
  private final int base;
  private final int nodes;
  private final StringWriter output = new StringWriter();

  private ProcessCluster(Path dir, int base, int nodes) {
    this.dir = dir;
    this.base = base;
    this.nodes = nodes;
  }

  static ProcessCluster start(Path dir, int racks, String... extra) throws IOException {
    int base = TestPorts.freeRun(racks, 10_000);
    int stats = TestPorts.freeRun(racks, 0);
    ProcessCluster cluster = new ProcessCluster(dir, base, racks);
    List<String> args = new ArrayList<>(List.of("local", "--dcs", "1", "--racks",
        Integer.toString(racks), "--nodes-per-rack", "1", "--base-port", Integer.toString(base),
        "--stats-port", Integer.toString(stats), "--dir", dir.toString(), "--java-opts",
        "-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dskein.debug-partitions=true",
        "--wait-seconds", "120"));
    args.addAll(List.of(extra));
    int code = cluster.run(args.toArray(new String[0]));
    assertThat(code).as(cluster.output.toString()).isZero();
    return cluster;
  }

  int run(String... args) {
    CommandLine cmd = new CommandLine(new SkeinCommand());
    cmd.setOut(new PrintWriter(output, true));
    cmd.setErr(new PrintWriter(output, true));
    return cmd.execute(args);
  }

  Jedis client(int i) {
    return new Jedis("127.0.0.1", base + i, 10_000);
  }

  /** The peer address of node {@code i}, as SKEIN PEERS and SKEIN PARTITION write it. */
  String peer(int i) {
    return "127.0.0.1:" + (base + 10_000 + i);
  }

  int size() {
    return nodes;
  }

  LocalState.Entry entry(int i) throws IOException {
    return LocalState.read(dir).orElseThrow().nodes().get(i);
  }

  /** Sends {@code signal} (e.g. KILL, STOP, CONT) to node {@code i}'s process. */
  void signal(int i, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(entry(i).pid()))
        .inheritIO().start();
    assertThat(kill.waitFor()).isZero();
  }

  @SuppressWarnings("unchecked")
  static List<String> lines(Jedis jedis, String sub) {
    List<String> lines = new ArrayList<>();
    for (Object o : (List<Object>) jedis.sendCommand(SKEIN, sub)) {
      lines.add(new String((byte[]) o, StandardCharsets.UTF_8));
    }
    return lines;
  }

  /** The state SKEIN PEERS on {@code observer} shows for node {@code subject}. */
  String peerState(int observer, int subject) {
    try (Jedis jedis = client(observer)) {
      for (String line : lines(jedis, "PEERS")) {
        String[] f = line.split(" ");
        if (f[1].equals(peer(subject))) {
          return f[4];
        }
      }
      return "absent";
    }
  }

  String logs() {
    return output.toString();
  }

  @Override
  public void close() {
    run("local", "stop", "--dir", dir.toString());
  }
}
