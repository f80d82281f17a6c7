package io.skein.server.commands;

import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.LOADING;
import static io.skein.engine.command.CommandFlag.NOSCRIPT;
import static io.skein.engine.command.CommandFlag.PUBSUB;
import static io.skein.engine.command.CommandFlag.STALE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.command.Subcommands;
import io.skein.engine.util.ByteString;
import io.skein.server.net.ClientConnection;
import io.skein.server.net.RespSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** SUBSCRIBE PSUBSCRIBE UNSUBSCRIBE PUNSUBSCRIBE PUBLISH PUBSUB. */
public final class PubSubCommands {

  private PubSubCommands() {}

  public static void register(CommandTable t) {
    t.add(command("subscribe", -2).flags(PUBSUB, NOSCRIPT, LOADING, STALE).group("pubsub")
        .summary("Listens for messages published to channels.")
        .handler((ctx, argv, out) -> subscribe(ctx, argv, false)));
    t.add(command("psubscribe", -2).flags(PUBSUB, NOSCRIPT, LOADING, STALE).group("pubsub")
        .summary("Listens for messages published to channels that match one or more patterns.")
        .handler((ctx, argv, out) -> subscribe(ctx, argv, true)));
    t.add(command("unsubscribe", -1).flags(PUBSUB, NOSCRIPT, LOADING, STALE).group("pubsub")
        .summary("Stops listening to messages posted to channels.")
        .handler((ctx, argv, out) -> unsubscribe(ctx, argv, false)));
    t.add(command("punsubscribe", -1).flags(PUBSUB, NOSCRIPT, LOADING, STALE).group("pubsub")
        .summary("Stops listening to messages published to channels that match patterns.")
        .handler((ctx, argv, out) -> unsubscribe(ctx, argv, true)));
    t.add(command("publish", 3).flags(PUBSUB, LOADING, STALE, FAST).group("pubsub")
        .summary("Posts a message to a channel.")
        .handler((ctx, argv, out) ->
            out.integer(ClientConnection.of(ctx).server().pubsub().publish(argv[1], argv[2]))));
    t.add(command("pubsub", -2).group("pubsub")
        .summary("Inspects the state of the pub/sub subsystem.")
        .handler(PubSubCommands::pubsub));
  }

  static void subscribe(CommandContext ctx, byte[][] argv, boolean pattern) {
    ClientConnection c = ClientConnection.of(ctx);
    Set<ByteString> mine = pattern ? c.state().patterns() : c.state().channels();
    for (int i = 1; i < argv.length; i++) {
      ByteString name = ByteString.wrap(argv[i]);
      if (mine.add(name)) {
        if (pattern) {
          c.server().pubsub().psubscribe(c, name);
        } else {
          c.server().pubsub().subscribe(c, name);
        }
      }
      confirm(c, pattern ? "psubscribe" : "subscribe", argv[i]);
    }
  }

  static void unsubscribe(CommandContext ctx, byte[][] argv, boolean pattern) {
    ClientConnection c = ClientConnection.of(ctx);
    Set<ByteString> mine = pattern ? c.state().patterns() : c.state().channels();
    String kind = pattern ? "punsubscribe" : "unsubscribe";
    List<ByteString> names = new ArrayList<>();
    if (argv.length == 1) {
      names.addAll(mine);
      if (names.isEmpty()) {
        confirm(c, kind, null);
        return;
      }
    } else {
      for (int i = 1; i < argv.length; i++) {
        names.add(ByteString.wrap(argv[i]));
      }
    }
    for (ByteString name : names) {
      if (mine.remove(name)) {
        if (pattern) {
          c.server().pubsub().punsubscribe(c, name);
        } else {
          c.server().pubsub().unsubscribe(c, name);
        }
      }
      confirm(c, kind, name.bytes());
    }
  }

  /** [kind, name, count]: a push in RESP3, an array in RESP2. */
  private static void confirm(ClientConnection c, String kind, byte[] name) {
    RespSink sink = c.sink();
    sink.pushHeader(3);
    sink.bulk(kind);
    if (name == null) {
      sink.nullBulk();
    } else {
      sink.bulk(name);
    }
    sink.integer(c.state().subscriptionCount());
  }

  /** Redis 7.2's arities of the PUBSUB subcommands Skein offers. */
  private static final Subcommands PUBSUB_SUBCOMMANDS = Subcommands.of("pubsub",
      "channels", -2, "numsub", -2, "numpat", 2);

  static void pubsub(CommandContext ctx, byte[][] argv, ReplySink out) {
    PUBSUB_SUBCOMMANDS.check(argv);
    var hub = ClientConnection.of(ctx).server().pubsub();
    if (Args.is(argv[1], "CHANNELS") && argv.length <= 3) {
      List<ByteString> channels = hub.channels(argv.length == 3 ? argv[2] : null);
      out.arrayHeader(channels.size());
      channels.forEach(ch -> out.bulk(ch.bytes()));
    } else if (Args.is(argv[1], "NUMSUB")) {
      out.mapHeader(argv.length - 2);
      for (int i = 2; i < argv.length; i++) {
        out.bulk(argv[i]);
        out.integer(hub.subscribers(argv[i]));
      }
    } else if (Args.is(argv[1], "NUMPAT") && argv.length == 2) {
      out.integer(hub.patternCount());
    } else {
      throw RedisException.err("unknown subcommand or wrong number of arguments for '"
          + Args.text(argv[1]) + "'. Try PUBSUB HELP.");
    }
  }
}
