package io.skein.server.commands;

import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.command.Subcommands;
import io.skein.server.net.ClientConnection;
import io.skein.server.net.ReplyMode;

/** CLIENT ID SETNAME GETNAME LIST INFO KILL SETINFO REPLY NO-EVICT UNBLOCK. */
public final class ClientCommand {

  /** Redis 7.2's arities of the CLIENT subcommands Skein offers. */
  private static final Subcommands SUBCOMMANDS = Subcommands.of("client",
      "id", 2, "setname", 3, "getname", 2, "list", -2, "info", 2, "kill", -3, "setinfo", 4,
      "reply", 3, "no-evict", 3, "unblock", -3);

  private ClientCommand() {}

  public static void register(CommandTable t) {
    t.add(command("client", -2).group("connection")
        .summary("A container for client connection commands.")
        .handler(ClientCommand::client));
  }

  /** A valid client name: no spaces or newlines (Redis's rule). */
  static String validName(byte[] arg) {
    for (byte b : arg) {
      if (b < '!' || b > '~') {
        throw RedisException.err("Client names cannot contain spaces, newlines or special "
            + "characters.");
      }
    }
    return Args.text(arg);
  }

  static void client(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientConnection c = ClientConnection.of(ctx);
    SUBCOMMANDS.check(argv);
    byte[] sub = argv[1];
    int n = argv.length;
    if (Args.is(sub, "ID") && n == 2) {
      out.integer(c.id());
    } else if (Args.is(sub, "SETNAME") && n == 3) {
      c.state().name(validName(argv[2]));
      out.ok();
    } else if (Args.is(sub, "GETNAME") && n == 2) {
      String name = c.state().name();
      if (name.isEmpty()) {
        out.nullBulk();
      } else {
        out.bulk(name);
      }
    } else if (Args.is(sub, "LIST")) {
      StringBuilder sb = new StringBuilder();
      for (ClientConnection each : c.server().clients().all()) {
        sb.append(ClientDescription.describe(each)).append('\n');
      }
      out.verbatim(sb.toString());
    } else if (Args.is(sub, "INFO") && n == 2) {
      out.verbatim(ClientDescription.describe(c) + "\n");
    } else if (Args.is(sub, "KILL") && n >= 3) {
      ClientKill.kill(c, argv, out);
    } else if (Args.is(sub, "SETINFO") && n == 4) {
      setinfo(c, argv, out);
    } else if (Args.is(sub, "REPLY") && n == 3) {
      reply(c, argv[2], out);
    } else if (Args.is(sub, "NO-EVICT") && n == 3) {
      c.state().noEvict(onOff(argv[2]));
      out.ok();
    } else if (Args.is(sub, "UNBLOCK") && (n == 3 || n == 4)) {
      unblock(c, argv, out);
    } else {
      throw RedisException.err("unknown subcommand or wrong number of arguments for '"
          + Args.text(sub) + "'. Try CLIENT HELP.");
    }
  }

  private static void setinfo(ClientConnection c, byte[][] argv, ReplySink out) {
    String value = Args.text(argv[3]);
    if (value.chars().anyMatch(ch -> ch < '!' || ch > '~')) {
      throw RedisException.err(Args.text(argv[2]) + " cannot contain spaces, newlines or "
          + "special characters.");
    }
    if (Args.is(argv[2], "LIB-NAME")) {
      c.state().library(value, null);
    } else if (Args.is(argv[2], "LIB-VER")) {
      c.state().library(null, value);
    } else {
      throw RedisException.err("Unrecognized option '" + Args.text(argv[2]) + "'");
    }
    out.ok();
  }

  private static void reply(ClientConnection c, byte[] mode, ReplySink out) {
    if (Args.is(mode, "ON")) {
      c.state().replies().mode(ReplyMode.Mode.ON);
      out.ok();
    } else if (Args.is(mode, "OFF")) {
      c.state().replies().mode(ReplyMode.Mode.OFF);
    } else if (Args.is(mode, "SKIP")) {
      c.state().replies().mode(ReplyMode.Mode.SKIP);
    } else {
      throw RedisException.SYNTAX;
    }
  }

  private static void unblock(ClientConnection c, byte[][] argv, ReplySink out) {
    long id = Args.parseLong(argv[2]);
    boolean error = false;
    if (argv.length == 4) {
      if (Args.is(argv[3], "ERROR")) {
        error = true;
      } else if (!Args.is(argv[3], "TIMEOUT")) {
        throw RedisException.err("CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
      }
    }
    ClientConnection target = c.server().clients().byId(id);
    boolean done = target != null && target.blocked();
    if (done) {
      final boolean withError = error;
      target.channel().eventLoop().execute(() -> target.unblock(withError));
    }
    out.integer(done ? 1 : 0);
  }

  static boolean onOff(byte[] arg) {
    if (Args.is(arg, "ON")) {
      return true;
    }
    if (Args.is(arg, "OFF")) {
      return false;
    }
    throw RedisException.SYNTAX;
  }
}
