package io.skein.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.exceptions.JedisDataException;

/** A real Jedis client (RESP2) against a real node on a loopback socket. */
class JedisCompatibilityIT {

  static RunningNode node;

  @BeforeAll
  static void start() throws InterruptedException {
    node = RunningNode.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private Jedis jedis() {
    return new Jedis("127.0.0.1", node.port());
  }

  @Test
  void stringsAndExpiry() {
    try (Jedis j = jedis()) {
      assertThat(j.set("jedis:k", "v")).isEqualTo("OK");
      assertThat(j.get("jedis:k")).isEqualTo("v");
      assertThat(j.ping()).isEqualTo("PONG");
      assertThat(j.exists("jedis:k")).isTrue();
      assertThat(j.del("jedis:k")).isEqualTo(1);
      assertThat(j.get("jedis:k")).isNull();
    }
  }

  @Test
  void pipelineOfThousandsAnswersInOrder() {
    try (Jedis j = jedis()) {
      Pipeline p = j.pipelined();
      for (int i = 0; i < 5000; i++) {
        p.set("pipe:" + i, Integer.toString(i));
      }
      for (int i = 0; i < 5000; i++) {
        p.get("pipe:" + i);
      }
      List<Object> replies = p.syncAndReturnAll();
      assertThat(replies).hasSize(10000);
      assertThat(replies.get(5000 + 4321)).isEqualTo("4321");
    }
  }

  @Test
  void transactionsAndWatch() {
    try (Jedis j = jedis(); Jedis other = jedis()) {
      j.watch("tx:k");
      other.set("tx:k", "changed");
      Transaction t = j.multi();
      t.set("tx:k", "mine");
      assertThat(t.exec()).isNull();
      t = j.multi();
      t.set("tx:k", "mine");
      t.get("tx:k");
      assertThat(t.exec()).containsExactly("OK", "mine");
    }
  }

  @Test
  void errorsCarryRedisText() {
    try (Jedis j = jedis()) {
      assertThatThrownBy(() -> j.sendCommand(() -> "NOSUCH".getBytes()))
          .isInstanceOf(JedisDataException.class)
          .hasMessageStartingWith("ERR unknown command 'NOSUCH'");
    }
  }

  @Test
  void publishReachesSubscriber() throws Exception {
    try (Jedis sub = jedis(); Jedis pub = jedis()) {
      java.util.concurrent.BlockingQueue<String> got =
          new java.util.concurrent.LinkedBlockingQueue<>();
      JedisPubSub listener = new JedisPubSub() {
        @Override
        public void onMessage(String channel, String message) {
          got.add(channel + "=" + message);
          unsubscribe();
        }

        @Override
        public void onSubscribe(String channel, int count) {
          pub.publish("news", "hello");
        }
      };
      sub.subscribe(listener, "news");
      assertThat(got.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("news=hello");
    }
  }
}
