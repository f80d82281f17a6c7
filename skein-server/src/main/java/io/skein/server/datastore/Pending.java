package io.skein.server.datastore;

import java.util.concurrent.CompletableFuture;

/**
 * A command on its way to the external Redis: queued, then in flight until the reply that
 * Redis sends for it, in order, completes {@link #future}.
 *
 * @param argv the command and its arguments
 * @param deadlineNanos when it times out, on the pool's {@link io.skein.core.Clock#nanos()}
 * @param future completed with the raw reply, or failed with a {@link DatastoreException}
 * @param handshake the connection's own AUTH, not a caller's command
 */
record Pending(byte[][] argv, long deadlineNanos, CompletableFuture<byte[]> future,
    boolean handshake) {

  /** How many bytes the command takes as a RESP multibulk, roughly: enough to size a buffer. */
  int encodedSizeHint() {
    int size = 16;
    for (byte[] arg : argv) {
      size += arg.length + 16;
    }
    return size;
  }

  boolean expired(long now) {
    return now - deadlineNanos >= 0;
  }
}
