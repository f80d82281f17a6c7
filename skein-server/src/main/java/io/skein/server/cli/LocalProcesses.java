package io.skein.server.cli;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Starts and stops the node processes of {@code skein local}: the same {@code java} running the
 * same code as this process, one per node, each with its config and its log file.
 *
 * <p>Stopping kills only a process that is provably the one started: same pid, same start time,
 * and a command line that names the node's config. A pid reused by another program is left
 * alone.
 */
final class LocalProcesses {

  private static final Duration GRACE = Duration.ofSeconds(10);

  private LocalProcesses() {}

  /** The command that runs the {@code skein} program with {@code javaOptions}. */
  static List<String> skeinCommand(List<String> javaOptions) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(javaOptions);
    Path code = codeSource();
    if (code != null && runnableJar(code)) {
      cmd.addAll(List.of("-jar", code.toString()));
    } else { // classes or a jar without its dependencies (a build, a test): the same class path
      String classPath = System.getProperty("java.class.path");
      if (code != null) {
        classPath = code + File.pathSeparator + classPath;
      }
      cmd.addAll(List.of("-cp", classPath, SkeinCommand.class.getName()));
    }
    return cmd;
  }

  /** True for the shaded jar {@code bin/skein} runs: its manifest starts the skein program. */
  private static boolean runnableJar(Path code) {
    if (!Files.isRegularFile(code)) {
      return false;
    }
    try (JarFile jar = new JarFile(code.toFile())) {
      Manifest manifest = jar.getManifest();
      return manifest != null && SkeinCommand.class.getName()
          .equals(manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
    } catch (IOException e) {
      return false;
    }
  }

  private static Path codeSource() {
    try {
      return Path.of(SkeinCommand.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** Starts one node, its output appended to {@code log}. */
  static LocalState.Entry start(List<String> skein, LocalNode node, Path config, Path log)
      throws IOException {
    return start(skein, node.name(), node.clientPort(), node.statsPort(), config, log);
  }

  /** Starts (or restarts) the node {@code name} from its config. */
  static LocalState.Entry start(List<String> skein, String name, int clientPort, int statsPort,
      Path config, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(skein);
    cmd.addAll(List.of("server", "--config", config.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(Redirect.appendTo(log.toFile())).start();
    long started = p.toHandle().info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    return new LocalState.Entry(name, p.pid(), started, clientPort, statsPort, config);
  }

  /** The live process {@code entry} started, if it still runs. */
  static Optional<ProcessHandle> find(LocalState.Entry entry) {
    return ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive)
        .filter(h -> isThatNode(h.info(), entry));
  }

  private static boolean isThatNode(ProcessHandle.Info info, LocalState.Entry entry) {
    Optional<Instant> start = info.startInstant();
    Optional<String[]> args = info.arguments();
    if (start.isEmpty() && args.isEmpty()) {
      return false; // nothing to tell it by: never kill what cannot be identified
    }
    boolean sameStart = start.isEmpty() || entry.startMillis() < 0
        || start.get().toEpochMilli() == entry.startMillis();
    boolean namesConfig = args.isEmpty()
        || Arrays.asList(args.get()).contains(entry.config().toString());
    return sameStart && namesConfig;
  }

  /**
   * Asks every node to stop at once (SIGTERM runs each one's shutdown), then forces those still
   * running after a grace period.
   *
   * @return the handles that did not stop
   */
  static List<ProcessHandle> stopAll(List<ProcessHandle> handles) throws InterruptedException {
    handles.forEach(ProcessHandle::destroy);
    List<ProcessHandle> stubborn = new ArrayList<>();
    for (ProcessHandle h : handles) {
      if (!awaitExit(h, GRACE)) {
        h.destroyForcibly();
        stubborn.add(h);
      }
    }
    List<ProcessHandle> failed = new ArrayList<>();
    for (ProcessHandle h : stubborn) {
      if (!awaitExit(h, GRACE)) {
        failed.add(h);
      }
    }
    return failed;
  }

  private static boolean awaitExit(ProcessHandle handle, Duration limit)
      throws InterruptedException {
    try {
      handle.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !handle.isAlive();
    }
  }

  /**
   * Waits until the node accepts connections on its client port, or its process ends, or the
   * deadline passes. A driver's wait, polling a socket: the node offers no other signal.
   */
  static boolean awaitListening(LocalState.Entry entry, Instant deadline)
      throws InterruptedException {
    while (Instant.now().isBefore(deadline)) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(LocalNode.HOST, entry.clientPort()), 200);
        return true;
      } catch (IOException e) {
        if (ProcessHandle.of(entry.pid()).map(h -> !h.isAlive()).orElse(true)) {
          return false;
        }
        Thread.sleep(100);
      }
    }
    return false;
  }
}
