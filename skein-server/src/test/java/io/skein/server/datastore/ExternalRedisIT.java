package io.skein.server.datastore;

import static io.skein.server.datastore.Commands.cmd;
import static io.skein.server.datastore.Commands.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skein.core.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pool against a real redis-server: reply bytes, pipelining, queue bounds, close. */
class ExternalRedisIT {

  static RedisServerProcess redis;

  @BeforeAll
  static void startRedis() throws Exception {
    assumeTrue(RedisServerProcess.available(), RedisServerProcess.MISSING);
    redis = RedisServerProcess.start(Optional.empty());
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (redis != null) {
      redis.close();
    }
  }

  static ExternalRedis pool(ExternalRedisSettings settings) throws InterruptedException {
    ExternalRedis pool = new ExternalRedis(settings, Clock.system());
    pool.start();
    assertThat(pool.isConnected()).as("connected to " + settings.address()).isTrue();
    return pool;
  }

  static ExternalRedisSettings settings(int connections) {
    return ExternalRedisSettings.of("node-1", redis.address(), Optional.empty(), connections,
        Duration.ofSeconds(5));
  }

  @Test
  void relaysEveryReplyTypeExactlyAsRedisSentIt() throws Exception {
    try (ExternalRedis pool = pool(settings(2))) {
      String[][] exchanges = {
          {"+OK\r\n", "SET", "rt:k", "v"},
          {"$1\r\nv\r\n", "GET", "rt:k"},
          {"$-1\r\n", "GET", "rt:missing"},
          {"+OK\r\n", "SET", "rt:empty", ""},
          {"$0\r\n\r\n", "GET", "rt:empty"},
          {"+OK\r\n", "SET", "rt:crlf", "a\r\nb"},
          {"$4\r\na\r\nb\r\n", "GET", "rt:crlf"},
          {":1\r\n", "INCR", "rt:n"},
          {":-7\r\n", "DECRBY", "rt:n", "8"},
          {":3\r\n", "RPUSH", "rt:l", "a", "b", "c"},
          {"*3\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n", "LRANGE", "rt:l", "0", "-1"},
          {"*0\r\n", "LRANGE", "rt:missing", "0", "-1"},
          {"*-1\r\n", "LPOP", "rt:missing", "2"},
          {"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
              "INCR", "rt:l"},
          {"*2\r\n$1\r\n0\r\n*1\r\n$4\r\nrt:l\r\n", "SCAN", "0", "MATCH", "rt:l", "COUNT",
              "1000"},
          {"*2\r\n:1\r\n*2\r\n:2\r\n*2\r\n:3\r\n$1\r\nx\r\n", "EVAL",
              "return {1,{2,{3,'x'}}}", "0"},
          {"*3\r\n:1\r\n$-1\r\n$1\r\na\r\n", "EVAL", "return {1,false,'a'}", "0"},
          {"+FINE\r\n", "EVAL", "return redis.status_reply('FINE')", "0"},
      };
      for (String[] e : exchanges) {
        String[] argv = java.util.Arrays.copyOfRange(e, 1, e.length);
        assertThat(reply(pool.execute(cmd(argv)))).as(String.join(" ", argv)).isEqualTo(e[0]);
      }
    }
  }

  @Test
  void tenThousandPipelinedCommandsAreAnsweredInOrder() throws Exception {
    try (ExternalRedis pool = pool(settings(1))) {
      pool.execute(cmd("DEL", "pipe:counter")).join();
      List<CompletableFuture<byte[]>> replies = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        replies.add(pool.execute(cmd("INCR", "pipe:counter")));
      }
      for (int i = 0; i < replies.size(); i++) {
        assertThat(reply(replies.get(i))).as("reply %d", i).isEqualTo(":" + (i + 1) + "\r\n");
      }
    }
  }

  @Test
  void eachCommandGetsItsOwnReplyAcrossSeveralConnections() throws Exception {
    try (ExternalRedis pool = pool(settings(4))) {
      assertThat(pool.connectedCount()).isEqualTo(4);
      List<CompletableFuture<byte[]>> replies = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        replies.add(pool.execute(cmd("ECHO", "m" + i)));
      }
      for (int i = 0; i < replies.size(); i++) {
        String m = "m" + i;
        assertThat(reply(replies.get(i))).isEqualTo("$" + m.length() + "\r\n" + m + "\r\n");
      }
    }
  }

  @Test
  void aFullQueueRefusesAtOnceAndDrainsWhenRoomFrees() throws Exception {
    try (ExternalRedis pool = pool(settings(1).withBounds(1, 2))) {
      CompletableFuture<byte[]> blocked = pool.execute(cmd("BLPOP", "queue:q", "0"));
      await().atMost(Duration.ofSeconds(10)).until(() -> pool.queuedCommands() == 0);
      CompletableFuture<byte[]> first = pool.execute(cmd("ECHO", "a"));
      CompletableFuture<byte[]> second = pool.execute(cmd("ECHO", "b"));
      CompletableFuture<byte[]> third = pool.execute(cmd("ECHO", "c"));
      assertThat(pool.queuedCommands()).isEqualTo(2);
      assertThat(third).as("refused without waiting").isCompletedExceptionally();
      assertThat(Commands.failure(third).reason()).isEqualTo(DatastoreException.Reason.OVERLOADED);
      assertThat(Commands.failure(third)).hasMessageContaining("queue full");
      redis.raw("RPUSH", "queue:q", "x");
      assertThat(reply(blocked)).isEqualTo("*2\r\n$7\r\nqueue:q\r\n$1\r\nx\r\n");
      assertThat(reply(first)).isEqualTo("$1\r\na\r\n");
      assertThat(reply(second)).isEqualTo("$1\r\nb\r\n");
    }
  }

  @Test
  void closingFailsWhatIsInFlightAndWhatComesAfter() throws Exception {
    ExternalRedis pool = pool(settings(1));
    CompletableFuture<byte[]> blocked = pool.execute(cmd("BLPOP", "close:q", "0"));
    pool.close();
    assertThat(Commands.failure(blocked).reason()).isEqualTo(DatastoreException.Reason.CLOSED);
    CompletableFuture<byte[]> after = pool.execute(cmd("PING"));
    assertThat(after).isCompletedExceptionally();
    assertThat(Commands.failure(after).reason()).isEqualTo(DatastoreException.Reason.CLOSED);
  }
}
