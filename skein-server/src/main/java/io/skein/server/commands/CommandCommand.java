package io.skein.server.commands;

import static io.skein.engine.command.CommandFlag.LOADING;
import static io.skein.engine.command.CommandFlag.STALE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.command.Subcommands;
import io.skein.engine.util.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** COMMAND, COMMAND COUNT | INFO | DOCS | GETKEYS | LIST, all read from the command table. */
public final class CommandCommand {

  /** Redis 7.2's arities of the COMMAND subcommands Skein offers. */
  private static final Subcommands SUBCOMMANDS = Subcommands.of("command",
      "count", 2, "docs", -2, "getkeys", -3, "info", -2, "list", -2);

  private CommandCommand() {}

  public static void register(CommandTable t) {
    t.add(command("command", -1).flags(LOADING, STALE).group("server")
        .summary("Returns detailed information about all commands.")
        .handler((ctx, argv, out) -> dispatch(argv, out, t)));
  }

  static void dispatch(byte[][] argv, ReplySink out, CommandTable table) {
    if (argv.length == 1) {
      out.arrayHeader(table.size());
      table.all().forEach(spec -> info(spec, out));
      return;
    }
    SUBCOMMANDS.check(argv);
    byte[] sub = argv[1];
    if (Args.is(sub, "COUNT") && argv.length == 2) {
      out.integer(table.size());
    } else if (Args.is(sub, "INFO")) {
      List<CommandSpec> specs = argv.length == 2 ? new ArrayList<>(table.all()) : lookups(argv, table);
      out.arrayHeader(specs.size());
      specs.forEach(spec -> {
        if (spec == null) {
          out.nullArray();
        } else {
          info(spec, out);
        }
      });
    } else if (Args.is(sub, "DOCS")) {
      List<CommandSpec> specs = argv.length == 2 ? new ArrayList<>(table.all()) : lookups(argv, table);
      specs.removeIf(s -> s == null);
      out.mapHeader(specs.size());
      for (CommandSpec spec : specs) {
        out.bulk(spec.name());
        out.mapHeader(3);
        out.bulk("summary");
        out.bulk(spec.summary());
        out.bulk("since");
        out.bulk("1.0.0");
        out.bulk("group");
        out.bulk(spec.group());
      }
    } else if (Args.is(sub, "GETKEYS") && argv.length >= 3) {
      getkeys(argv, out, table);
    } else if (Args.is(sub, "LIST")) {
      list(argv, out, table);
    } else {
      throw RedisException.err("unknown subcommand or wrong number of arguments for '"
          + Args.text(sub) + "'. Try COMMAND HELP.");
    }
  }

  /** COMMAND LIST [FILTERBY MODULE name | PATTERN glob]; Skein has no modules. */
  private static void list(byte[][] argv, ReplySink out, CommandTable table) {
    List<String> names = new ArrayList<>();
    if (argv.length == 2) {
      table.all().forEach(spec -> names.add(spec.name()));
    } else if (argv.length == 5 && Args.is(argv[2], "FILTERBY") && Args.is(argv[3], "PATTERN")) {
      // Redis matches command names without regard to case.
      byte[] pattern = Args.text(argv[4]).toLowerCase(java.util.Locale.ROOT)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      table.all().stream().map(CommandSpec::name)
          .filter(n -> Glob.matches(pattern, n.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .forEach(names::add);
    } else if (!(argv.length == 5 && Args.is(argv[2], "FILTERBY") && Args.is(argv[3], "MODULE"))) {
      throw RedisException.SYNTAX;
    }
    out.arrayHeader(names.size());
    names.forEach(out::bulk);
  }

  private static List<CommandSpec> lookups(byte[][] argv, CommandTable table) {
    List<CommandSpec> specs = new ArrayList<>();
    for (int i = 2; i < argv.length; i++) {
      specs.add(table.lookup(argv[i]));
    }
    return specs;
  }

  private static void getkeys(byte[][] argv, ReplySink out, CommandTable table) {
    byte[][] inner = Arrays.copyOfRange(argv, 2, argv.length);
    CommandSpec spec = table.lookup(inner[0]);
    if (spec == null) {
      throw RedisException.err("Invalid command specified");
    }
    if (!spec.arityAccepts(inner.length)) {
      throw RedisException.err("Invalid number of arguments specified for command");
    }
    int[] keys = spec.keyIndexes(inner);
    if (keys.length == 0) {
      throw RedisException.err("The command has no key arguments");
    }
    out.arrayHeader(keys.length);
    for (int k : keys) {
      out.bulk(inner[k]);
    }
  }

  /** Redis 7's ten-element COMMAND INFO entry. */
  private static void info(CommandSpec spec, ReplySink out) {
    out.arrayHeader(10);
    out.bulk(spec.name());
    out.integer(spec.arity());
    List<String> flags = flagNames(spec);
    out.setHeader(flags.size());
    flags.forEach(out::simple);
    int[] keys = legacyKeyRange(spec);
    out.integer(keys[0]);
    out.integer(keys[1]);
    out.integer(keys[2]);
    out.setHeader(1);
    out.simple("@" + spec.group());
    out.setHeader(0);
    out.arrayHeader(0);
    out.arrayHeader(0);
  }

  /** The flags COMMAND INFO shows, in Redis's order (Skein's own flags left out). */
  static List<String> flagNames(CommandSpec spec) {
    List<String> flags = new ArrayList<>();
    for (CommandFlag f : spec.flags()) { // an EnumSet: declaration order, which is Redis's
      if (f.redisName() != null) {
        flags.add(f.redisName());
      }
    }
    return flags;
  }

  /** Redis's legacy (first key, last key, step) triple; 0,0,0 for a command without keys. */
  static int[] legacyKeyRange(CommandSpec spec) {
    if (spec.firstKey() == 0) {
      return new int[] {0, 0, 0};
    }
    return new int[] {spec.firstKey(), spec.lastKey(), spec.keyStep()};
  }
}
