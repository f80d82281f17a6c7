package io.skein.engine.command;

/**
 * Runs one command. The executor has checked arity and taken the stripe locks of the command's
 * keys before calling; the handler validates all its arguments before it changes anything, and
 * reports bad input by throwing {@link RedisException}.
 */
@FunctionalInterface
public interface CommandHandler {

  /** {@code argv[0]} is the command name as the client sent it. */
  void execute(CommandContext ctx, byte[][] argv, ReplySink out);
}
