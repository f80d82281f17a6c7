package io.skein.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lettuce negotiates RESP3 with HELLO 3; replies arrive as RESP3 types. */
class LettuceResp3IT {

  static RunningNode node;
  static RedisClient client;

  @BeforeAll
  static void start() throws InterruptedException {
    node = RunningNode.start();
    client = RedisClient.create(RedisURI.create("127.0.0.1", node.port()));
  }

  @AfterAll
  static void stop() {
    client.shutdown();
    node.close();
  }

  @Test
  void resp3HandshakeAndCommands() {
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      RedisCommands<String, String> r = c.sync();
      assertThat(r.clientInfo()).contains("resp=3");
      assertThat(r.set("lettuce:k", "v")).isEqualTo("OK");
      assertThat(r.get("lettuce:k")).isEqualTo("v");
      assertThat(r.setex("lettuce:ttl", 100, "v")).isEqualTo("OK");
      assertThat(r.ttl("lettuce:ttl")).isBetween(1L, 100L);
      assertThat(r.info("server")).contains("redis_version:");
      assertThat(r.clientId()).isPositive();
    }
  }
}
