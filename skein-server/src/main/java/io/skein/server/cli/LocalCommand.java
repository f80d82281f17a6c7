package io.skein.server.cli;

import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.server.config.ConfigException;
import io.skein.server.config.ConfigFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skein local}: a cluster of node processes on this machine's loopback, for trying
 * things. Writes one Dynomite-style YAML per node into a directory (default
 * {@code .skein-local} in the working directory, beside the project one is trying), with a
 * cluster secret generated once and kept there, starts each node as its own {@code java}
 * process, and records their pids; {@code skein local stop} stops exactly those processes.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = "Starts a local multi-node cluster on 127.0.0.1; 'local stop' stops it, "
        + "'local status' shows it.")
final class LocalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--dcs", defaultValue = "1", description = "Datacenters (default 1).")
  int dcs;

  @Option(names = "--racks", defaultValue = "3", description = "Racks per datacenter (default 3).")
  int racks;

  @Option(names = "--nodes-per-rack", defaultValue = "1",
      description = "Nodes per rack (default 1).")
  int nodesPerRack;

  @Option(names = "--consistency", defaultValue = "DC_ONE",
      description = "Read and write consistency level (default DC_ONE).")
  String consistency;

  @Option(names = "--distribution", defaultValue = "slots",
      description = "slots or vnode (default slots).")
  String distribution;

  @Option(names = "--base-port", defaultValue = "7000",
      description = "First client port; peer ports are 10000 above (default 7000).")
  int basePort;

  @Option(names = "--stats-port", defaultValue = "22222",
      description = "First admin HTTP port (default 22222).")
  int statsPort;

  @Option(names = "--dir", description = "Directory for configs, logs, secret and pids "
      + "(default .skein-local).")
  Path dir;

  @Option(names = "--java-opts", defaultValue = "-Xmx256m",
      description = "JVM options of each node (default -Xmx256m).")
  String javaOpts;

  @Option(names = "--sbr", description = "Split-brain resolver settings for every node, as "
      + "key=value pairs, e.g. --sbr strategy=keep_majority --sbr stable_after=7s "
      + "(see docs/split-brain.md).")
  List<String> sbr = new ArrayList<>();

  @Option(names = "--wait-seconds", defaultValue = "60",
      description = "How long to wait for every node to accept connections (default 60).")
  int waitSeconds;

  private Path dir() {
    return dir != null ? dir : Path.of(".skein-local");
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The {@code sbr:} section from {@code --sbr}; the node's config loader validates it. */
  private String sbrYaml() {
    if (sbr.isEmpty()) {
      return "";
    }
    StringBuilder y = new StringBuilder("  sbr:\n");
    for (String pair : sbr) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--sbr: '" + pair + "' (expected: key=value)");
      }
      y.append("    ").append(pair, 0, eq).append(": '").append(pair.substring(eq + 1))
          .append("'\n");
    }
    return y.toString();
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    LocalCluster cluster;
    String sbrSection;
    try {
      sbrSection = sbrYaml();
      cluster = new LocalCluster(dcs, racks, nodesPerRack, ConsistencyLevel.parse(consistency),
          Distribution.fromConfigName(distribution), basePort, statsPort);
    } catch (IllegalArgumentException e) {
      err().println("skein local: " + e.getMessage());
      return 2;
    }
    Path d = dir().toAbsolutePath().normalize();
    if (LocalState.read(d).map(s -> s.nodes().stream().anyMatch(
        n -> LocalProcesses.find(n).isPresent())).orElse(false)) {
      err().println("skein local: " + d + ": a local cluster is running there (expected: "
          + "'skein local stop' first, or another --dir)");
      return 1;
    }
    Files.createDirectories(d);
    secret(d);
    List<LocalNode> nodes = cluster.nodes();
    for (LocalNode node : nodes) {
      Path config = d.resolve(node.configFileName());
      Files.writeString(config, cluster.yaml(node) + sbrSection, StandardCharsets.UTF_8);
      try {
        ConfigFile.loadNode(config, Map.of(), w -> { });
      } catch (ConfigException e) {
        err().println("skein local: generated an invalid config: " + e.getMessage());
        return 1;
      }
    }
    return launch(d, nodes, cluster);
  }

  private int launch(Path d, List<LocalNode> nodes, LocalCluster cluster)
      throws IOException, InterruptedException {
    List<String> skein = LocalProcesses.skeinCommand(javaOpts.isBlank() ? List.of()
        : List.of(javaOpts.trim().split("\\s+")));
    List<LocalState.Entry> started = new ArrayList<>();
    for (LocalNode node : nodes) {
      started.add(LocalProcesses.start(skein, node, d.resolve(node.configFileName()),
          d.resolve(node.logFileName())));
      new LocalState(started).write(d); // written as it grows, so a crash here loses no pid
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(waitSeconds));
    for (LocalState.Entry e : started) {
      if (!LocalProcesses.awaitListening(e, deadline)) {
        err().println("skein local: " + e.name() + " did not start listening on "
            + LocalNode.HOST + ":" + e.clientPort() + "; see " + d.resolve(e.name() + ".log")
            + "; stopping the cluster");
        stop(null);
        return 1;
      }
    }
    PrintWriter out = out();
    out.printf("Skein local cluster: %d dc x %d racks x %d nodes per rack, %s, %s, in %s%n",
        dcs, racks, nodesPerRack, cluster.consistency(), cluster.distribution().configName(), d);
    for (LocalState.Entry e : started) {
      out.printf("  %-12s redis-cli -p %d    http://%s:%d/info    pid %d%n", e.name(),
          e.clientPort(), LocalNode.HOST, e.statsPort(), e.pid());
    }
    out.println("Logs and configs are in " + d + ". Stop it with: bin/skein local stop"
        + (dir == null ? "" : " --dir " + dir));
    out.flush();
    return 0;
  }

  /** The cluster secret, generated once per directory and readable only by its owner. */
  private static void secret(Path d) throws IOException {
    Path file = d.resolve(LocalCluster.SECRET_FILE);
    if (Files.exists(file)) {
      return;
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    Files.writeString(file, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own permissions protect it
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true,
      description = "Stops the nodes 'skein local' started, and only those.")
  int stop(@Option(names = "--dir", description = "The cluster's directory.") Path stopDir)
      throws IOException, InterruptedException {
    Path d = (stopDir != null ? stopDir : dir()).toAbsolutePath().normalize();
    Optional<LocalState> state = LocalState.read(d);
    if (state.isEmpty()) {
      out().println("skein local: nothing was started in " + d);
      out().flush();
      return 0;
    }
    Map<LocalState.Entry, ProcessHandle> running = new LinkedHashMap<>();
    for (LocalState.Entry e : state.get().nodes()) {
      Optional<ProcessHandle> handle = LocalProcesses.find(e);
      if (handle.isPresent()) {
        running.put(e, handle.get());
      } else {
        out().println("  " + e.name() + ": not running (pid " + e.pid() + " left alone)");
      }
    }
    List<ProcessHandle> failed = LocalProcesses.stopAll(List.copyOf(running.values()));
    running.forEach((e, h) -> out().println("  " + e.name() + ": "
        + (failed.contains(h) ? "pid " + e.pid() + " did not stop" : "stopped (pid " + e.pid()
        + ")")));
    int failures = failed.size();
    if (failures == 0) {
      LocalState.delete(d);
    }
    out().flush();
    return failures == 0 ? 0 : 1;
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Shows whether each node 'skein local' started still runs.")
  int status(@Option(names = "--dir", description = "The cluster's directory.") Path statusDir)
      throws IOException {
    Path d = (statusDir != null ? statusDir : dir()).toAbsolutePath().normalize();
    Optional<LocalState> state = LocalState.read(d);
    if (state.isEmpty()) {
      out().println("skein local: nothing was started in " + d);
      out().flush();
      return 1;
    }
    int running = 0;
    for (LocalState.Entry e : state.get().nodes()) {
      boolean up = LocalProcesses.find(e).isPresent();
      running += up ? 1 : 0;
      out().printf("  %-12s %-11s redis-cli -p %d    http://%s:%d/info    pid %d%n", e.name(),
          up ? "running" : "not running", e.clientPort(), LocalNode.HOST, e.statsPort(), e.pid());
    }
    out().printf("%d of %d nodes running, in %s%n", running, state.get().nodes().size(), d);
    out().flush();
    return running == state.get().nodes().size() ? 0 : 1;
  }
}
