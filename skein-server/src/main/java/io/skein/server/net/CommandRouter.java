package io.skein.server.net;

import io.skein.engine.command.CommandSpec;

/**
 * Decides where a client's command runs when the node is part of a cluster. The standalone node
 * has none, and every command runs on the local engine.
 */
public interface CommandRouter {

  /**
   * Takes {@code argv} over when it must run elsewhere (or on several nodes), and answers the
   * client through {@link ClientConnection#reply(byte[])} now, or through the slot that
   * {@link ClientConnection#awaitReply()} opens and
   * {@link ClientConnection#completeReply(ReplyOrder.Slot, byte[])} later (replies keep the
   * order of the requests). Returns false to let the connection run the command on the local engine as usual.
   * Called on the connection's event loop, after the connection's own checks (arity, NOAUTH,
   * MULTI queueing).
   */
  boolean route(ClientConnection client, CommandSpec spec, byte[][] argv);
}
