package io.skein.engine.exec;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.ReplySink;

/**
 * A client waiting in a blocking command (BLPOP, BZPOPMIN, BLMOVE, ...), as the server presents
 * it to the engine. The engine serves it from whichever thread made one of its keys ready; the
 * server times it out from its own timer. Exactly one of the two wins, through
 * {@link #tryBeginServe()} and the server's own timeout claim.
 */
public interface BlockedClient {

  CommandContext context();

  CommandSpec spec();

  byte[][] argv();

  /** Claims the client for a retry; {@code false} when it timed out or was served already. */
  boolean tryBeginServe();

  /** Where the retry writes its reply; kept until {@link #endServe(boolean)}. */
  ReplySink sink();

  /**
   * Ends a retry: when {@code served}, the reply written to {@link #sink()} goes to the client
   * and it reads commands again; otherwise the reply is discarded and it keeps waiting.
   */
  void endServe(boolean served);

  /** Told once, after registration, so that the server can arm the timeout (0: none). */
  void blocked(long timeoutMillis);
}
