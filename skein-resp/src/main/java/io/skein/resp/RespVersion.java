package io.skein.resp;

/**
 * The protocol version a connection speaks. Every connection starts in {@link #RESP2}; a
 * {@code HELLO 3} switches it to {@link #RESP3}. Only the encoder cares: requests look the same
 * in both versions.
 */
public enum RespVersion {
  RESP2,
  RESP3
}
