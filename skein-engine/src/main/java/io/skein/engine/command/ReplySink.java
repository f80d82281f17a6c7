package io.skein.engine.command;

/**
 * Where a command writes its reply. The server implements it over RESP2 or RESP3; the cluster
 * will implement it to capture replies as values. Commands never see the protocol version
 * except through {@link #resp3()}, and write RESP3 shapes (maps, sets, doubles) that the
 * implementation downgrades for RESP2 as Redis does.
 *
 * <p>Not thread-safe; one sink serves one reply at a time.
 */
public interface ReplySink {

  /** A status reply, e.g. {@code OK}. */
  void simple(String status);

  /** An error reply; {@code message} includes its prefix, e.g. {@code ERR syntax error}. */
  void error(String message);

  void integer(long value);

  /** A bulk string; {@code null} writes the null bulk. */
  void bulk(byte[] value);

  void bulk(byte[] value, int offset, int length);

  void bulk(String value);

  void nullBulk();

  void nullArray();

  void arrayHeader(int count);

  /** A map of {@code pairs} key-value pairs follows (RESP2: a flat array of 2n). */
  void mapHeader(int pairs);

  /** A set of {@code count} elements follows (RESP2: an array). */
  void setHeader(int count);

  /** A double (RESP2: a bulk string in Redis's text). */
  void doubleValue(double value);

  /** A boolean (RESP2: integer 1 or 0). */
  void bool(boolean value);

  /** A verbatim string, e.g. INFO's text (RESP2: a bulk string). */
  void verbatim(String text);

  /** Whether the client speaks RESP3. */
  boolean resp3();

  default void ok() {
    simple("OK");
  }
}
