package io.skein.server.commands;

import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.EngineConfig;
import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.command.Subcommands;
import io.skein.engine.util.Glob;
import io.skein.server.ServerContext;
import io.skein.server.net.ClientConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * CONFIG GET, SET and RESETSTAT for the parameters that apply to Skein. Parameters Redis has but
 * Skein does not use (persistence, for one) answer their fixed values, so tools that read them
 * (redis-benchmark reads {@code save} and {@code appendonly}) work.
 */
public final class ConfigCommand {

  /** Redis 7.2's CONFIG subcommands and arities (HELP is not offered). */
  private static final Subcommands SUBCOMMANDS = Subcommands.of("config",
      "get", -3, "set", -4, "resetstat", 2, "rewrite", 2);

  private ConfigCommand() {}

  /** A parameter: how to read it, and how to set it (null when it is read-only). */
  private record Param(Supplier<String> get, Consumer<String> set) {}

  public static void register(CommandTable t) {
    t.add(command("config", -2).group("server")
        .summary("A container for server configuration commands.")
        .handler(ConfigCommand::config));
  }

  private static Map<String, Param> params(ServerContext server) {
    EngineConfig ec = server.engine().config();
    var s = server.settings();
    Map<String, Param> m = new LinkedHashMap<>();
    m.put("maxmemory", new Param(() -> Long.toString(ec.maxmemory()),
        v -> ec.maxmemory(memory(v))));
    m.put("maxmemory-policy", new Param(() -> ec.policy().redisName(), v -> {
      EngineConfig.EvictionPolicy p = EngineConfig.EvictionPolicy.byName(v);
      if (p == null) {
        throw new IllegalArgumentException("argument(s) must be one of the following: "
            + "volatile-lru, allkeys-lru, volatile-random, allkeys-random, volatile-ttl, noeviction");
      }
      ec.policy(p);
    }));
    m.put("maxmemory-samples", new Param(() -> Integer.toString(ec.maxmemorySamples()),
        v -> ec.maxmemorySamples(integer(v))));
    m.put("hz", new Param(() -> Integer.toString(ec.hz()), v -> ec.hz(integer(v))));
    m.put("requirepass", new Param(() -> s.requirepass() == null ? "" : s.requirepass(),
        s::requirepass));
    m.put("proto-max-bulk-len", new Param(() -> Long.toString(s.protoMaxBulkLen()),
        v -> s.protoMaxBulkLen(memory(v))));
    m.put("maxclients", new Param(() -> Integer.toString(s.maxclients()),
        v -> s.maxclients(integer(v))));
    m.put("timeout", new Param(() -> Integer.toString(s.timeout()),
        v -> s.timeout(integer(v))));
    m.put("port", new Param(() -> Integer.toString(s.port()), null));
    m.put("bind", new Param(s::bind, null));
    m.put("databases", new Param(
        () -> Integer.toString(server.engine().keyspace().databaseCount()), null));
    m.put("save", new Param(() -> "", v -> { }));
    m.put("appendonly", new Param(() -> "no", null));
    m.put("cluster-enabled", new Param(() -> "no", null));
    return m;
  }

  /** A memory size, failing with Redis's CONFIG SET text. */
  private static long memory(String v) {
    try {
      return MemorySize.parse(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("argument must be a memory value", e);
    }
  }

  /** An integer, failing with Redis's CONFIG SET text. */
  private static int integer(String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("argument couldn't be parsed into an integer", e);
    }
  }

  static void config(CommandContext ctx, byte[][] argv, ReplySink out) {
    ServerContext server = ClientConnection.of(ctx).server();
    SUBCOMMANDS.check(argv);
    if (Args.is(argv[1], "GET") && argv.length >= 3) {
      get(server, argv, out);
    } else if (Args.is(argv[1], "SET") && argv.length >= 4 && argv.length % 2 == 0) {
      set(server, argv, out);
    } else if (Args.is(argv[1], "RESETSTAT") && argv.length == 2) {
      server.resetStats();
      out.ok();
    } else if (Args.is(argv[1], "REWRITE") && argv.length == 2) {
      throw RedisException.err("The server is running without a config file");
    } else {
      throw RedisException.err("unknown subcommand or wrong number of arguments for '"
          + Args.text(argv[1]) + "'. Try CONFIG HELP.");
    }
  }

  private static void get(ServerContext server, byte[][] argv, ReplySink out) {
    Map<String, Param> all = params(server);
    Map<String, String> found = new LinkedHashMap<>();
    for (int i = 2; i < argv.length; i++) {
      for (Map.Entry<String, Param> e : all.entrySet()) {
        if (Glob.matches(Args.text(argv[i]).toLowerCase(java.util.Locale.ROOT).getBytes(),
            e.getKey().getBytes())) {
          found.put(e.getKey(), e.getValue().get().get());
        }
      }
    }
    out.mapHeader(found.size());
    found.forEach((k, v) -> {
      out.bulk(k);
      out.bulk(v);
    });
  }

  private static void set(ServerContext server, byte[][] argv, ReplySink out) {
    Map<String, Param> all = params(server);
    // Validate every pair before applying any, so a bad one changes nothing.
    for (int i = 2; i < argv.length; i += 2) {
      String name = Args.text(argv[i]).toLowerCase(java.util.Locale.ROOT);
      Param p = all.get(name);
      if (p == null) {
        throw RedisException.err("Unknown option or number of arguments for CONFIG SET - '"
            + Args.text(argv[i]) + "'");
      }
      if (p.set() == null) {
        throw RedisException.err("CONFIG SET failed (possibly related to argument '" + name
            + "') - can't set immutable config");
      }
    }
    Map<String, String> before = new LinkedHashMap<>();
    int at = 2;
    try {
      for (; at < argv.length; at += 2) {
        String name = Args.text(argv[at]).toLowerCase(java.util.Locale.ROOT);
        Param p = all.get(name);
        before.putIfAbsent(name, p.get().get());
        p.set().accept(Args.text(argv[at + 1]));
      }
    } catch (RuntimeException e) {
      before.forEach((name, value) -> all.get(name).set().accept(value));
      // Redis names the parameter in lower case, however the client spelled it.
      throw RedisException.err("CONFIG SET failed (possibly related to argument '"
          + Args.text(argv[at]).toLowerCase(java.util.Locale.ROOT) + "') - " + (e.getMessage() == null ? "invalid argument"
          : e.getMessage()));
    }
    out.ok();
  }
}
