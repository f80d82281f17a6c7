package io.skein.server.commands;

import static io.skein.engine.command.CommandFlag.ALLOW_BUSY;
import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.LOADING;
import static io.skein.engine.command.CommandFlag.NOSCRIPT;
import static io.skein.engine.command.CommandFlag.SKIP_SLOWLOG;
import static io.skein.engine.command.CommandFlag.STALE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.server.net.ClientConnection;
import io.skein.server.net.ClientState;

/** MULTI EXEC DISCARD WATCH UNWATCH, with Redis's semantics and error texts. */
public final class TransactionCommands {

  private TransactionCommands() {}

  public static void register(CommandTable t) {
    t.add(command("multi", 1).flags(NOSCRIPT, LOADING, STALE, FAST, ALLOW_BUSY)
        .group("transactions").summary("Starts a transaction.")
        .handler(TransactionCommands::multi));
    t.add(command("exec", 1).flags(NOSCRIPT, LOADING, STALE, SKIP_SLOWLOG)
        .group("transactions").summary("Executes all commands in a transaction.")
        .handler(TransactionCommands::exec));
    t.add(command("discard", 1).flags(NOSCRIPT, LOADING, STALE, FAST, ALLOW_BUSY)
        .group("transactions").summary("Discards a transaction.")
        .handler(TransactionCommands::discard));
    t.add(command("watch", -2).flags(NOSCRIPT, LOADING, STALE, FAST, ALLOW_BUSY)
        .keys(1, -1, 1).group("transactions")
        .summary("Monitors changes to keys to determine the execution of a transaction.")
        .handler(TransactionCommands::watch));
    t.add(command("unwatch", 1).flags(NOSCRIPT, LOADING, STALE, FAST, ALLOW_BUSY)
        .group("transactions").summary("Forgets about watched keys of a transaction.")
        .handler(TransactionCommands::unwatch));
  }

  static void multi(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientState s = ClientConnection.of(ctx).state();
    if (s.inMulti()) {
      throw RedisException.err("MULTI calls can not be nested");
    }
    s.beginMulti();
    out.ok();
  }

  static void exec(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientConnection c = ClientConnection.of(ctx);
    ClientState s = c.state();
    if (!s.inMulti()) {
      throw RedisException.err("EXEC without MULTI");
    }
    if (s.transactionFailed()) {
      s.endMulti();
      c.server().engine().executor().unwatch(s.watcher());
      throw new RedisException("EXECABORT Transaction discarded because of previous errors.");
    }
    var specs = s.queuedSpecs();
    var argvs = s.queuedArgvs();
    s.endMulti();
    c.server().engine().executor().executeTransaction(ctx, specs, argvs, s.watcher(), out);
  }

  static void discard(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientConnection c = ClientConnection.of(ctx);
    if (!c.state().inMulti()) {
      throw RedisException.err("DISCARD without MULTI");
    }
    c.state().endMulti();
    c.server().engine().executor().unwatch(c.state().watcher());
    out.ok();
  }

  static void watch(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientConnection c = ClientConnection.of(ctx);
    if (c.state().inMulti()) {
      throw RedisException.err("WATCH inside MULTI is not allowed");
    }
    for (int i = 1; i < argv.length; i++) {
      c.server().engine().executor().watch(c.state().watcher(), ctx.db().index(), argv[i]);
    }
    out.ok();
  }

  static void unwatch(CommandContext ctx, byte[][] argv, ReplySink out) {
    ClientConnection c = ClientConnection.of(ctx);
    c.server().engine().executor().unwatch(c.state().watcher());
    out.ok();
  }
}
