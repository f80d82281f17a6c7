package io.skein.routing.collect;

/**
 * What the collector decided after an input.
 */
public sealed interface Decision {

  /** Nothing to send yet, or the client was already answered. */
  enum Wait implements Decision {
    INSTANCE
  }

  /**
   * Answer the client now. A collector returns this exactly once.
   *
   * @param reply the answer
   */
  record Respond(ClientReply reply) implements Decision {}
}
