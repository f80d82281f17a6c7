package io.skein.server.commands;

import static io.skein.engine.command.CommandFlag.ALLOW_BUSY;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.LOADING;
import static io.skein.engine.command.CommandFlag.NO_AUTH;
import static io.skein.engine.command.CommandFlag.NOSCRIPT;
import static io.skein.engine.command.CommandFlag.STALE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.resp.RespVersion;
import io.skein.server.net.ClientConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** PING ECHO QUIT HELLO AUTH SELECT RESET: the commands about the connection itself. */
public final class ConnectionCommands {

  /** The Redis version Skein answers to clients that check features by version. */
  public static final String REDIS_VERSION = "7.2.0";

  private ConnectionCommands() {}

  public static void register(CommandTable t) {
    t.add(command("ping", -1).flags(FAST).group("connection")
        .summary("Returns the server's liveliness response.").handler(ConnectionCommands::ping));
    t.add(command("echo", 2).flags(LOADING, STALE, FAST).group("connection")
        .summary("Returns the given string.").handler((ctx, argv, out) -> out.bulk(argv[1])));
    t.add(command("quit", -1).flags(NOSCRIPT, LOADING, STALE, FAST, NO_AUTH, ALLOW_BUSY).group("connection")
        .summary("Closes the connection.").handler(ConnectionCommands::quit));
    t.add(command("hello", -1).flags(NOSCRIPT, LOADING, STALE, FAST, NO_AUTH, ALLOW_BUSY).group("connection")
        .summary("Handshakes with the server.").handler(ConnectionCommands::hello));
    t.add(command("auth", -2).flags(NOSCRIPT, LOADING, STALE, FAST, NO_AUTH, ALLOW_BUSY).group("connection")
        .summary("Authenticates the connection.").handler(ConnectionCommands::auth));
    t.add(command("select", 2).flags(FAST, STALE, LOADING).group("connection")
        .summary("Changes the selected database.").handler(ConnectionCommands::select));
    t.add(command("reset", 1).flags(NOSCRIPT, LOADING, STALE, FAST, NO_AUTH, ALLOW_BUSY).group("connection")
        .summary("Resets the connection.").handler(ConnectionCommands::reset));
  }

  static void ping(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (argv.length > 2) {
      throw RedisException.wrongArity("ping");
    }
    ClientConnection c = ClientConnection.of(ctx);
    if (!out.resp3() && c.state().subscriptionCount() > 0) {
      out.arrayHeader(2);
      out.bulk("pong");
      out.bulk(argv.length == 2 ? argv[1] : new byte[0]);
    } else if (argv.length == 2) {
      out.bulk(argv[1]);
    } else {
      out.simple("PONG");
    }
  }

  static void quit(CommandContext ctx, byte[][] argv, ReplySink out) {
    out.ok();
    ClientConnection.of(ctx).closeAfterFlush();
  }

  static void select(CommandContext ctx, byte[][] argv, ReplySink out) {
    ctx.select(Args.parseInt(argv[1]));
    out.ok();
  }

  static void auth(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (argv.length > 3) {
      throw RedisException.SYNTAX;
    }
    ClientConnection c = ClientConnection.of(ctx);
    String required = c.server().settings().requirepass();
    if (required == null && argv.length == 2) {
      throw RedisException.err("AUTH <password> called without any password configured for the "
          + "default user. Are you sure your configuration is correct?");
    }
    String user = argv.length == 3 ? Args.text(argv[1]) : "default";
    byte[] password = argv[argv.length - 1];
    checkCredentials(c, user, password);
    out.ok();
  }

  private static void checkCredentials(ClientConnection c, String user, byte[] password) {
    String required = c.server().settings().requirepass();
    boolean ok = user.equals("default") && (required == null
        || MessageDigest.isEqual(required.getBytes(StandardCharsets.UTF_8), password));
    if (!ok) {
      throw new RedisException("WRONGPASS invalid username-password pair or user is disabled.");
    }
    c.authenticated(true);
  }

  static void hello(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientConnection c = ClientConnection.of(ctx);
    RespVersion version = c.sink().version();
    int i = 1;
    if (argv.length > 1) {
      long proto;
      try {
        proto = Args.parseLong(argv[1]);
      } catch (RedisException e) {
        throw new RedisException("ERR Protocol version is not an integer or out of range");
      }
      if (proto != 2 && proto != 3) {
        throw new RedisException("NOPROTO unsupported protocol version");
      }
      version = proto == 3 ? RespVersion.RESP3 : RespVersion.RESP2;
      i = 2;
    }
    String setName = null;
    for (; i < argv.length; i++) {
      if (Args.is(argv[i], "AUTH") && i + 2 < argv.length) {
        checkCredentials(c, Args.text(argv[i + 1]), argv[i + 2]);
        i += 2;
      } else if (Args.is(argv[i], "SETNAME") && i + 1 < argv.length) {
        setName = ClientCommand.validName(argv[++i]);
      } else {
        throw RedisException.err("Syntax error in HELLO option '" + Args.text(argv[i]) + "'");
      }
    }
    if (!c.state().authenticated()) {
      throw new RedisException("NOAUTH HELLO must be called with the client already "
          + "authenticated, otherwise the HELLO <proto> AUTH <user> <pass> option can be used to "
          + "authenticate the client and select the RESP protocol version at the same time");
    }
    if (setName != null) {
      c.state().name(setName);
    }
    c.protocol(version);
    out.mapHeader(7);
    out.bulk("server");
    out.bulk("redis");
    out.bulk("version");
    out.bulk(REDIS_VERSION);
    out.bulk("proto");
    out.integer(version == RespVersion.RESP3 ? 3 : 2);
    out.bulk("id");
    out.integer(c.id());
    out.bulk("mode");
    out.bulk("standalone");
    out.bulk("role");
    out.bulk("master");
    out.bulk("modules");
    out.arrayHeader(0);
  }

  static void reset(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientConnection c = ClientConnection.of(ctx);
    c.state().endMulti();
    c.server().engine().executor().unwatch(c.state().watcher());
    c.server().pubsub().unsubscribeAll(c);
    c.state().channels().clear();
    c.state().patterns().clear();
    c.state().name("");
    c.state().replies().mode(io.skein.server.net.ReplyMode.Mode.ON);
    c.state().noEvict(false);
    ctx.select(0);
    c.protocol(RespVersion.RESP2);
    c.authenticated(c.server().settings().requirepass() == null);
    out.simple("RESET");
  }
}
