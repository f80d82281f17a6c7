package io.skein.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code skein local} started, kept in the cluster's directory so that {@code stop} and
 * {@code status} find exactly those processes: one tab-separated line per node.
 *
 * @param nodes the started nodes
 */
record LocalState(List<Entry> nodes) {

  static final String FILE = "state.tsv";
  private static final String HEADER =
      "# name\tpid\tstart_epoch_ms\tclient_port\tstats_port\tconfig";

  /**
   * One started node.
   *
   * @param name its name
   * @param pid its process id
   * @param startMillis the process's start time as the OS reports it, or -1 when unknown;
   *     with the pid it identifies the process even after the pid is reused
   * @param clientPort its Redis port
   * @param statsPort its admin port
   * @param config its config file (absolute), which its command line names
   */
  record Entry(String name, long pid, long startMillis, int clientPort, int statsPort,
      Path config) {}

  LocalState {
    nodes = List.copyOf(nodes);
  }

  /** The state in {@code dir}, or empty when nothing was started there. */
  static Optional<LocalState> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IOException(file + ": line '" + line + "' (expected: " + HEADER.substring(2)
            + ")");
      }
      try {
        entries.add(new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]),
            Integer.parseInt(f[3]), Integer.parseInt(f[4]), Path.of(f[5])));
      } catch (NumberFormatException e) {
        throw new IOException(file + ": line '" + line + "' (expected: numbers for pid, start "
            + "and ports)", e);
      }
    }
    return Optional.of(new LocalState(entries));
  }

  void write(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : nodes) {
      sb.append(e.name()).append('\t').append(e.pid()).append('\t').append(e.startMillis())
          .append('\t').append(e.clientPort()).append('\t').append(e.statsPort()).append('\t')
          .append(e.config()).append('\n');
    }
    Files.writeString(dir.resolve(FILE), sb, StandardCharsets.UTF_8);
  }

  static void delete(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }
}
