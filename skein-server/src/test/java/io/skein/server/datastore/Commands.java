package io.skein.server.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Small helpers for the proxy-mode tests: argv from text, replies as text, failures. */
final class Commands {

  /** Long enough for a loaded CI machine; a hang is what the tests guard against. */
  private static final long WAIT_SECONDS = 20;

  private Commands() {}

  static byte[][] cmd(String... args) {
    byte[][] argv = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
    }
    return argv;
  }

  /** The reply as text, CRLFs and all. */
  static String reply(CompletableFuture<byte[]> f) throws Exception {
    return new String(f.get(WAIT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8);
  }

  /** The failure the future ends with; fails the test if it ends with a reply. */
  static DatastoreException failure(CompletableFuture<byte[]> f) throws Exception {
    try {
      byte[] reply = f.get(WAIT_SECONDS, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure, got " + new String(reply,
          StandardCharsets.UTF_8));
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(DatastoreException.class);
      return (DatastoreException) e.getCause();
    }
  }
}
