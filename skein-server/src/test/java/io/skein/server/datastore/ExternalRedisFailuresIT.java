package io.skein.server.datastore;

import static io.skein.server.datastore.Commands.cmd;
import static io.skein.server.datastore.Commands.failure;
import static io.skein.server.datastore.Commands.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.server.datastore.DatastoreException.Reason;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What the pool does when the datastore is unreachable, dies, is slow, or wants a password:
 * every command fails with a clear reason (at once where nothing is connected), none hangs, and
 * the pool recovers by itself.
 */
class ExternalRedisFailuresIT {

  private static final Duration AWAIT = Duration.ofSeconds(20);

  private static ExternalRedisSettings settings(HostAndPort address, Optional<String> password,
      int connections) {
    return ExternalRedisSettings.of("node-1", address, password, connections,
        Duration.ofSeconds(5));
  }

  private static ExternalRedis started(ExternalRedisSettings settings) throws Exception {
    ExternalRedis pool = new ExternalRedis(settings, Clock.system());
    pool.start();
    return pool;
  }

  @Test
  void nothingListeningFailsAtOnceNamingTheCause() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (ExternalRedis pool = started(settings(new HostAndPort("127.0.0.1", port),
        Optional.empty(), 2))) {
      assertThat(pool.isConnected()).isFalse();
      CompletableFuture<byte[]> f = pool.execute(cmd("GET", "k"));
      assertThat(f).as("fails without waiting").isCompletedExceptionally();
      assertThat(failure(f).reason()).isEqualTo(Reason.UNAVAILABLE);
      assertThat(failure(f)).hasMessageContaining("127.0.0.1:" + port)
          .hasMessageContaining("refused");
      assertThat(new String(failure(f).respError(), java.nio.charset.StandardCharsets.UTF_8))
          .startsWith("-ERR external datastore 127.0.0.1:" + port + " unavailable: ")
          .endsWith("\r\n");
    }
  }

  @Test
  void aKilledBackendFailsCommandsFastAndIsReconnectedAfterRestart() throws Exception {
    assumeTrue(RedisServerProcess.available(), RedisServerProcess.MISSING);
    try (RedisServerProcess redis = RedisServerProcess.start(Optional.empty());
        ExternalRedis pool = started(settings(redis.address(), Optional.empty(), 2))) {
      assertThat(reply(pool.execute(cmd("SET", "k", "before")))).isEqualTo("+OK\r\n");
      CompletableFuture<byte[]> inFlight = pool.execute(cmd("BLPOP", "kill:q", "0"));
      redis.kill();
      assertThat(failure(inFlight).reason()).isEqualTo(Reason.UNAVAILABLE);
      assertThat(failure(inFlight)).hasMessageContaining("connection");
      await().atMost(AWAIT).until(() -> !pool.isConnected());
      CompletableFuture<byte[]> whileDown = pool.execute(cmd("GET", "k"));
      assertThat(whileDown).as("fails without waiting").isCompletedExceptionally();
      assertThat(failure(whileDown)).hasMessageContaining("unavailable");

      redis.restart();
      await().atMost(AWAIT).until(() -> pool.connectedCount() == 2);
      assertThat(reply(pool.execute(cmd("GET", "k")))).as("a new, empty Redis").isEqualTo(
          "$-1\r\n");
    }
  }

  @Test
  void aCommandWithoutReplyTimesOutAndTheConnectionIsRenewed() throws Exception {
    assumeTrue(RedisServerProcess.available(), RedisServerProcess.MISSING);
    try (RedisServerProcess redis = RedisServerProcess.start(Optional.empty());
        ExternalRedis pool = started(settings(redis.address(), Optional.empty(), 1)
            .withTimeout(Duration.ofMillis(300)))) {
      CompletableFuture<byte[]> stuck = pool.execute(cmd("BLPOP", "timeout:q", "0"));
      CompletableFuture<byte[]> behind = pool.execute(cmd("ECHO", "behind"));
      assertThat(failure(stuck).reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(failure(stuck)).hasMessageContaining("no reply within 300 ms");
      assertThat(failure(behind).reason()).as("its reply could no longer be matched")
          .isIn(Reason.TIMEOUT, Reason.UNAVAILABLE);
      await().atMost(AWAIT).until(pool::isConnected);
      assertThat(reply(pool.execute(cmd("PING")))).isEqualTo("+PONG\r\n");
    }
  }

  @Test
  void authenticatesWithThePassword() throws Exception {
    assumeTrue(RedisServerProcess.available(), RedisServerProcess.MISSING);
    try (RedisServerProcess redis = RedisServerProcess.start(Optional.of("s3cret"))) {
      try (ExternalRedis pool = started(settings(redis.address(), Optional.of("s3cret"), 2))) {
        assertThat(pool.connectedCount()).isEqualTo(2);
        assertThat(reply(pool.execute(cmd("SET", "auth:k", "v")))).isEqualTo("+OK\r\n");
        assertThat(reply(pool.execute(cmd("GET", "auth:k")))).isEqualTo("$1\r\nv\r\n");
      }
      try (ExternalRedis wrong = started(settings(redis.address(), Optional.of("nope"), 1))) {
        assertThat(wrong.isConnected()).isFalse();
        CompletableFuture<byte[]> f = wrong.execute(cmd("GET", "auth:k"));
        assertThat(failure(f).reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(failure(f)).hasMessageContaining("AUTH refused").hasMessageContaining(
            "WRONGPASS");
      }
      try (ExternalRedis none = started(settings(redis.address(), Optional.empty(), 1))) {
        assertThat(reply(none.execute(cmd("GET", "auth:k"))))
            .as("Redis's own error, relayed").startsWith("-NOAUTH");
      }
    }
  }
}
