package io.skein.server.commands;

import static io.skein.engine.command.CommandFlag.ADMIN;
import static io.skein.engine.command.CommandFlag.ALL_KEYS;
import static io.skein.engine.command.CommandFlag.ALLOW_BUSY;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.LOADING;
import static io.skein.engine.command.CommandFlag.NO_MULTI;
import static io.skein.engine.command.CommandFlag.NOSCRIPT;
import static io.skein.engine.command.CommandFlag.STALE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.command.Subcommands;
import io.skein.engine.digest.ValueDigest;
import io.skein.server.net.ClientConnection;
import java.util.Arrays;

/**
 * TIME LASTSAVE SHUTDOWN DEBUG (SLEEP, DIGEST, DIGEST-VALUE) and FUNCTION, answering as a server
 * that has no functions.
 */
public final class AdminCommands {

  /** FUNCTION DUMP's payload when there are no functions: Skein's empty library set. */
  static final byte[] EMPTY_FUNCTIONS = {'S', 'K', 'F', 'N', 0, 1};

  /** Redis 7.2's arities of the FUNCTION subcommands Skein offers. */
  private static final Subcommands FUNCTION_SUBCOMMANDS = Subcommands.of("function",
      "flush", -2, "list", -2, "dump", 2, "restore", -3, "stats", 2);

  private AdminCommands() {}

  public static void register(CommandTable t) {
    t.add(command("time", 1).flags(LOADING, STALE, FAST).group("server")
        .summary("Returns the server time.").handler(AdminCommands::time));
    t.add(command("lastsave", 1).flags(LOADING, STALE, FAST).group("server")
        .summary("Returns the Unix timestamp of the last successful save to disk.")
        .handler((ctx, argv, out) ->
            out.integer(ClientConnection.of(ctx).server().startMillis() / 1000)));
    t.add(command("shutdown", -1)
        .flags(ADMIN, NOSCRIPT, LOADING, STALE, NO_MULTI, ALLOW_BUSY).group("server")
        .summary("Synchronously saves the database(s) to disk and shuts down the server.")
        .handler(AdminCommands::shutdown));
    // ALL_KEYS (not shown by COMMAND INFO): DIGEST reads every key, and Redis's DEBUG SLEEP
    // stalls the whole server, which holding every stripe reproduces.
    t.add(command("debug", -2).flags(ADMIN, NOSCRIPT, LOADING, STALE, ALL_KEYS).group("server")
        .summary("A container for debugging commands.").handler(AdminCommands::debug));
    t.add(command("function", -2).group("scripting")
        .summary("A container for function commands.").handler(AdminCommands::function));
  }

  static void time(CommandContext ctx, byte[][] argv, ReplySink out) {
    long micros = ctx.now() * 1000;
    out.arrayHeader(2);
    out.bulk(Long.toString(micros / 1_000_000));
    out.bulk(Long.toString(micros % 1_000_000));
  }

  static void shutdown(CommandContext ctx, byte[][] argv, ReplySink out) {
    for (int i = 1; i < argv.length; i++) {
      byte[] a = argv[i];
      if (!(Args.is(a, "NOSAVE") || Args.is(a, "SAVE") || Args.is(a, "NOW")
          || Args.is(a, "FORCE") || Args.is(a, "ABORT"))) {
        throw RedisException.SYNTAX;
      }
      if (Args.is(a, "ABORT")) {
        throw RedisException.err("No shutdown in progress.");
      }
    }
    ClientConnection.of(ctx).server().shutdown();
  }

  static void debug(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (Args.is(argv[1], "SLEEP") && argv.length == 3) {
      double seconds = Args.parseDouble(argv[2]);
      try {
        // DEBUG SLEEP exists to stall the server on purpose, as Redis's does.
        Thread.sleep((long) (seconds * 1000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      out.ok();
    } else if (Args.is(argv[1], "DIGEST-VALUE")) {
      // One status reply per key, forty zeros for a missing one, as Redis answers.
      out.arrayHeader(argv.length - 2);
      for (int i = 2; i < argv.length; i++) {
        out.simple(ValueDigest.hex(ValueDigest.ofKey(ctx.db(), argv[i])));
      }
    } else if (Args.is(argv[1], "DIGEST") && argv.length == 2) {
      out.simple(ValueDigest.hex(ValueDigest.ofDataset(ctx.engine().keyspace())));
    } else {
      throw RedisException.err("unknown subcommand or wrong number of arguments for '"
          + Args.text(argv[1]) + "'. Try DEBUG HELP.");
    }
  }

  static void function(CommandContext ctx, byte[][] argv, ReplySink out) {
    FUNCTION_SUBCOMMANDS.check(argv);
    byte[] sub = argv[1];
    if (Args.is(sub, "FLUSH") && argv.length <= 3) {
      if (argv.length == 3 && !Args.is(argv[2], "SYNC") && !Args.is(argv[2], "ASYNC")) {
        throw RedisException.err("FUNCTION FLUSH only supports SYNC|ASYNC option");
      }
      out.ok();
    } else if (Args.is(sub, "LIST")) {
      out.arrayHeader(0);
    } else if (Args.is(sub, "DUMP") && argv.length == 2) {
      out.bulk(EMPTY_FUNCTIONS);
    } else if (Args.is(sub, "RESTORE") && argv.length >= 3 && argv.length <= 4) {
      if (!Arrays.equals(argv[2], EMPTY_FUNCTIONS)) {
        throw RedisException.err("payload version or checksum are wrong");
      }
      out.ok();
    } else if (Args.is(sub, "STATS") && argv.length == 2) {
      out.mapHeader(2);
      out.bulk("running_script");
      out.nullBulk();
      out.bulk("engines");
      out.mapHeader(0);
    } else {
      throw RedisException.err("unknown subcommand or wrong number of arguments for '"
          + Args.text(sub) + "'. Try FUNCTION HELP.");
    }
  }
}
