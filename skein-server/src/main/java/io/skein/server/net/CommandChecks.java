package io.skein.server.net;

import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.RedisException;
import io.skein.resp.RespVersion;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The checks Redis makes before it runs or queues a command, in Redis's order and with its
 * error texts: unknown command, authentication, arity, the pub/sub context of RESP2, and
 * commands not allowed inside MULTI.
 */
final class CommandChecks {

  /** Commands that run at once even inside MULTI. */
  private static final Set<String> TRANSACTION_CONTROL =
      Set.of("exec", "discard", "multi", "watch", "quit", "reset");

  /** Commands a RESP2 client may send while subscribed. */
  private static final Set<String> PUBSUB_CONTEXT = Set.of("subscribe", "unsubscribe",
      "psubscribe", "punsubscribe", "ssubscribe", "sunsubscribe", "ping", "quit", "reset");

  private static final int UNKNOWN_ARGS_SHOWN = 128;

  private CommandChecks() {}

  /** Redis's error for this command in this context, or {@code null} when it may go ahead. */
  static String refusal(ClientConnection c, CommandSpec spec, byte[][] argv) {
    if (spec == null) {
      return unknownCommand(argv);
    }
    if (!c.state.authenticated && !spec.has(CommandFlag.NO_AUTH)) {
      return RedisException.NOAUTH.getMessage();
    }
    if (!spec.arityAccepts(argv.length)) {
      return RedisException.wrongArity(spec.name()).getMessage();
    }
    if (c.sink.version() == RespVersion.RESP2 && c.state.subscriptionCount() > 0
        && !PUBSUB_CONTEXT.contains(spec.name())) {
      return "ERR Can't execute '" + spec.name() + "': only (P|S)SUBSCRIBE / "
          + "(P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context";
    }
    if (c.state.inMulti() && spec.has(CommandFlag.NO_MULTI)
        && !TRANSACTION_CONTROL.contains(spec.name())) {
      return "ERR Command not allowed inside a transaction";
    }
    return null;
  }

  /**
   * Whether {@code argv} must wait until the replies owed are written: too many are owed, or it
   * changes what the connection is (see {@link ReplyOrder}). Only data commands with keys, PING
   * and ECHO run past open replies.
   */
  static boolean mustWait(ClientConnection c, byte[][] argv) {
    ReplyOrder order = c.order;
    if (order.isEmpty()) {
      return false;
    }
    if (order.full()) {
      return true;
    }
    CommandSpec spec = c.server.engine().commands().lookup(argv[0]);
    if (spec == null || spec.has(CommandFlag.BLOCKING) || c.state.inMulti()) {
      return spec != null;
    }
    return spec.keyIndexes(argv).length == 0 && !spec.name().equals("ping")
        && !spec.name().equals("echo");
  }

  static boolean runsInsideMulti(CommandSpec spec) {
    return TRANSACTION_CONTROL.contains(spec.name());
  }

  /** {@code ERR unknown command 'x', with args beginning with: 'a' 'b' }, as Redis 7 words it. */
  static String unknownCommand(byte[][] argv) {
    StringBuilder sb = new StringBuilder("ERR unknown command '")
        .append(clip(text(argv[0])))
        .append("', with args beginning with: ");
    for (int i = 1; i < argv.length && sb.length() < UNKNOWN_ARGS_SHOWN; i++) {
      sb.append('\'').append(clip(text(argv[i]))).append("' ");
    }
    return sb.toString();
  }

  private static String text(byte[] arg) {
    return new String(arg, StandardCharsets.UTF_8);
  }

  private static String clip(String s) {
    String oneLine = s.replace('\r', ' ').replace('\n', ' ');
    return oneLine.length() > UNKNOWN_ARGS_SHOWN ? oneLine.substring(0, UNKNOWN_ARGS_SHOWN) : oneLine;
  }
}
