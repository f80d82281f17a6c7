package io.skein.server.datastore;

import io.skein.core.HostAndPort;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;

/**
 * Why a command sent to the external Redis got no reply from it. A reply Redis sent, errors
 * included ({@code -WRONGTYPE ...}), is never this: it completes the command normally.
 *
 * <p>Every such failure is reported at once or by the timeout, never by a hang; {@link
 * #respError()} is what a client of the node should be answered with.
 */
public final class DatastoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The closed set of ways a command can fail before Redis answers it. */
  public enum Reason {
    /** No connection is up (refused, lost, AUTH refused, reconnecting). */
    UNAVAILABLE,
    /** No reply within the timeout; the connection is then closed and reopened. */
    TIMEOUT,
    /** The connection's queue is full: Redis is not keeping up. */
    OVERLOADED,
    /** The pool was closed (the node is shutting down). */
    CLOSED
  }

  private final Reason reason;

  DatastoreException(Reason reason, HostAndPort address, String detail) {
    super("external datastore " + address + " " + describe(reason) + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The error reply for a client: {@code -ERR external datastore 127.0.0.1:6379 ...}. */
  public byte[] respError() {
    String line = getMessage().replace('\r', ' ').replace('\n', ' ');
    return ("-ERR " + line + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The error reply for any failure of {@link ExternalRedis#execute}'s future: this exception's
   * own, or a generic one naming the unexpected cause.
   */
  public static byte[] respError(Throwable failure) {
    Throwable t = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (t instanceof DatastoreException d) {
      return d.respError();
    }
    String line = ("-ERR external datastore: " + t).replace('\r', ' ').replace('\n', ' ');
    return (line + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String describe(Reason reason) {
    return switch (reason) {
      case UNAVAILABLE -> "unavailable";
      case TIMEOUT -> "timed out";
      case OVERLOADED -> "overloaded";
      case CLOSED -> "closed";
    };
  }
}
