package io.skein.server.commands;

import static io.skein.server.commands.LocalNode.raw;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** COMMAND's subcommands, DEBUG, FUNCTION, TIME and LASTSAVE, through a real client. */
class IntrospectionCommandsTest {

  private static LocalNode node;

  @BeforeAll
  static void start() throws InterruptedException {
    node = new LocalNode();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void commandCountListInfoAndDocs() {
    try (Jedis j = node.jedis()) {
      long count = j.commandCount();
      assertThat(count).isEqualTo(node.server.engine().commands().size());
      assertThat(j.commandList()).hasSize((int) count).contains("get", "zunionstore", "client");
      assertThat(raw(j, "COMMAND", "LIST", "FILTERBY", "PATTERN", "ZUNION*"))
          .isEqualTo(List.of("zunion", "zunionstore"));
      assertThat(raw(j, "COMMAND", "LIST", "FILTERBY", "MODULE", "x")).isEqualTo(List.of());
      assertThat(raw(j, "COMMAND", "LIST", "x")).isEqualTo("-ERR syntax error");
      List<?> info = (List<?>) raw(j, "COMMAND", "INFO", "get", "nosuch", "ZUNIONSTORE");
      assertThat(info).hasSize(3);
      assertThat(((List<?>) info.get(0)).subList(0, 6))
          .isEqualTo(List.of("get", 2L, List.of("readonly", "fast"), 1L, 1L, 1L));
      assertThat(info.get(1)).isNull();
      assertThat(((List<?>) info.get(2)).subList(0, 6)).isEqualTo(List.of("zunionstore", -4L,
          List.of("write", "denyoom", "movablekeys"), 1L, 1L, 1L));
      List<?> docs = (List<?>) raw(j, "COMMAND", "DOCS", "get");
      assertThat(docs.get(0)).isEqualTo("get");
      assertThat((List<Object>) docs.get(1)).contains("summary", "group", "string");
    }
  }

  @Test
  void commandGetkeysFindsKeysAsTheCommandWould() {
    try (Jedis j = node.jedis()) {
      assertThat(j.commandGetKeys("MSET", "a", "1", "b", "2")).containsExactly("a", "b");
      assertThat(j.commandGetKeys("ZUNIONSTORE", "d", "2", "x", "y", "WEIGHTS", "1", "2"))
          .containsExactly("d", "x", "y");
      assertThat(j.commandGetKeys("BLMPOP", "0", "2", "l1", "l2", "LEFT"))
          .containsExactly("l1", "l2");
      assertThat(raw(j, "COMMAND", "GETKEYS", "PING", "x"))
          .isEqualTo("-ERR The command has no key arguments");
      assertThat(raw(j, "COMMAND", "GETKEYS", "nosuch", "x"))
          .isEqualTo("-ERR Invalid command specified");
      assertThat(raw(j, "COMMAND", "GETKEYS", "GET"))
          .isEqualTo("-ERR Invalid number of arguments specified for command");
      assertThat(raw(j, "COMMAND", "GETKEYS"))
          .isEqualTo("-ERR wrong number of arguments for 'command|getkeys' command");
      assertThat(raw(j, "COMMAND", "foo")).isEqualTo("-ERR unknown subcommand 'foo'. Try COMMAND HELP.");
    }
  }

  @Test
  void debugDigestsAreRedisDigests() {
    try (Jedis j = node.jedis()) {
      j.select(5);
      j.set("k", "v");
      j.sadd("s", "z", "y", "x");
      assertThat(raw(j, "DEBUG", "DIGEST-VALUE", "k", "s", "missing")).isEqualTo(List.of(
          "d79ee9fe5d5ad902d7f6620efc3b07b75ddd742f", "0fd9977d57e46b1b9b87439f5ac5b338416ccc24",
          "0".repeat(40)));
      assertThat((String) raw(j, "DEBUG", "DIGEST")).matches("[0-9a-f]{40}")
          .isNotEqualTo("0".repeat(40));
      assertThat(raw(j, "DEBUG", "SLEEP", "0")).isEqualTo("OK");
      assertThat(raw(j, "DEBUG", "foo")).isEqualTo(
          "-ERR unknown subcommand or wrong number of arguments for 'foo'. Try DEBUG HELP.");
      j.flushDB();
    }
  }

  @Test
  void functionsAnswerAsAServerWithoutAny() {
    try (Jedis j = node.jedis()) {
      assertThat(raw(j, "FUNCTION", "LIST")).isEqualTo(List.of());
      assertThat(raw(j, "FUNCTION", "FLUSH")).isEqualTo("OK");
      assertThat(raw(j, "FUNCTION", "FLUSH", "ASYNC")).isEqualTo("OK");
      assertThat(raw(j, "FUNCTION", "FLUSH", "x"))
          .isEqualTo("-ERR FUNCTION FLUSH only supports SYNC|ASYNC option");
      byte[] dump = j.functionDump();
      assertThat(j.functionRestore(dump)).isEqualTo("OK");
      assertThat(raw(j, "FUNCTION", "RESTORE", "garbage"))
          .isEqualTo("-ERR payload version or checksum are wrong");
      assertThat(raw(j, "FUNCTION", "RESTORE"))
          .isEqualTo("-ERR wrong number of arguments for 'function|restore' command");
      assertThat(raw(j, "FUNCTION", "STATS")).isEqualTo(Arrays.asList("running_script", null,
          "engines", List.of()));
      assertThat(raw(j, "FUNCTION", "foo")).isEqualTo("-ERR unknown subcommand 'foo'. Try FUNCTION HELP.");
    }
  }

  @Test
  void timeAndLastsave() {
    try (Jedis j = node.jedis()) {
      List<String> time = j.time();
      assertThat(time).hasSize(2);
      assertThat(Long.parseLong(time.get(0))).isPositive();
      assertThat(Long.parseLong(time.get(1))).isBetween(0L, 999_999L);
      long lastsave = j.lastsave();
      assertThat(lastsave).isPositive().isLessThanOrEqualTo(Long.parseLong(time.get(0)));
      assertThat(j.lastsave()).isEqualTo(lastsave);
    }
  }
}
