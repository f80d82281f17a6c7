package io.skein.server.commands;

import static io.skein.engine.command.CommandFlag.LOADING;
import static io.skein.engine.command.CommandFlag.STALE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.ReplySink;
import io.skein.server.net.ClientConnection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * INFO [section ...], with Redis 7.2's section names, order and field names, so that tools
 * parse it unchanged. Fields that mean nothing without persistence or replicas carry the values
 * a Redis server without them shows; fields Skein cannot measure are left out rather than faked
 * (Redis asks clients to tolerate missing fields). Skein adds a few of its own (the JVM's heap
 * and GC), after Redis's.
 */
public final class InfoCommand {

  /** Redis's order; "default" is all of these, as Skein has no modules or per-command stats. */
  static final List<String> SECTIONS = List.of("server", "clients", "memory", "persistence",
      "stats", "replication", "cpu", "cluster", "keyspace");

  private InfoCommand() {}

  public static void register(CommandTable t) {
    t.add(command("info", -1).flags(LOADING, STALE).group("server")
        .summary("Returns information and statistics about the server.")
        .handler(InfoCommand::info));
  }

  static void info(CommandContext ctx, byte[][] argv, ReplySink out) {
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 1; i < argv.length; i++) {
      String s = Args.text(argv[i]).toLowerCase(Locale.ROOT);
      if (s.equals("all") || s.equals("everything") || s.equals("default")) {
        wanted.addAll(SECTIONS);
      } else {
        wanted.add(s); // an unknown section is ignored, as in Redis
      }
    }
    if (wanted.isEmpty()) {
      wanted.addAll(SECTIONS);
    }
    InfoSections sections = new InfoSections(ClientConnection.of(ctx));
    StringBuilder sb = new StringBuilder();
    for (String section : SECTIONS) {
      if (wanted.contains(section)) {
        if (sb.length() > 0) {
          sb.append("\r\n");
        }
        sb.append("# ").append(section.equals("cpu") ? "CPU"
            : Character.toUpperCase(section.charAt(0)) + section.substring(1)).append("\r\n");
        sections.write(section, sb);
      }
    }
    out.verbatim(sb.toString());
  }

  /** Redis's human-readable byte counts: {@code 512B}, {@code 1.50K}, {@code 2.00M}, ... */
  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + "B";
    }
    String[] units = {"K", "M", "G", "T", "P"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.2f%s", v, units[u]);
  }

  static void line(StringBuilder sb, String key, Object value) {
    sb.append(key).append(':').append(value).append("\r\n");
  }
}
