package io.skein.routing.collect;

/**
 * What the client is answered with.
 */
public sealed interface ClientReply {

  /**
   * The chosen replica reply; the data plane sends its payload.
   *
   * @param value the reply
   */
  record Success(Reply.Value value) implements ClientReply {}

  /**
   * The level could not be met.
   *
   * @param message the error text without the RESP prefix, e.g.
   *     {@code DC_QUORUM not reached: 1 of 2 required replicas answered}
   */
  record Failure(String message) implements ClientReply {}
}
