package io.skein.server.cluster;

import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.ReplySink;
import io.skein.engine.exec.ReplicaApply;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which {@link ReplicaApply.Kind} a command is, and how a skipped overwrite answers.
 *
 * <p>An overwrite is a write whose result does not depend on the value it replaces, so that
 * last-writer-wins by version is exactly right for it: SET without NX, XX or GET, SETEX,
 * PSETEX, MSET, DEL and UNLINK. Everything else that writes is applied in arrival order.
 */
final class ReplicaKinds {

  private static final Set<String> OVERWRITES =
      Set.of("set", "setex", "psetex", "mset", "del", "unlink");

  private static final Consumer<ReplySink> OK = out -> out.simple("OK");
  private static final Consumer<ReplySink> ZERO = out -> out.integer(0);

  private ReplicaKinds() {}

  static ReplicaApply.Kind of(CommandSpec spec, byte[][] argv) {
    if (!spec.has(CommandFlag.WRITE)) {
      return ReplicaApply.Kind.READ;
    }
    if (!OVERWRITES.contains(spec.name())) {
      return ReplicaApply.Kind.WRITE;
    }
    if (spec.name().equals("set")) {
      for (int i = 3; i < argv.length; i++) {
        String option = new String(argv[i], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (option.equals("NX") || option.equals("XX") || option.equals("GET")) {
          return ReplicaApply.Kind.WRITE;
        }
      }
    }
    return ReplicaApply.Kind.OVERWRITE;
  }

  static ReplicaApply apply(ReplicaApply.Kind kind, String command, long version) {
    return switch (kind) {
      case READ -> ReplicaApply.read();
      case WRITE -> new ReplicaApply(kind, version, null);
      case OVERWRITE -> new ReplicaApply(kind, version,
          command.equals("del") || command.equals("unlink") ? ZERO : OK);
    };
  }
}
