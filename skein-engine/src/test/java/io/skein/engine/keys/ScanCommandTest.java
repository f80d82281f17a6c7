package io.skein.engine.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.testing.EngineHarness;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScanCommandTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void emptyDatabaseEndsAtOnce() {
    assertThat(h.run("SCAN", "0")).isEqualTo(List.of("0", List.of()));
  }

  @Test
  void fullIterationReturnsEveryKeyOnce() {
    for (int i = 0; i < 500; i++) {
      h.run("SET", "key:" + i, "v");
    }
    List<String> all = scanAll("COUNT", "7");
    assertThat(all).hasSize(500).doesNotHaveDuplicates();
  }

  @Test
  void matchAndTypeFilter() {
    h.run("MSET", "user:1", "a", "user:2", "b", "other", "c");
    h.engine.keyspace().database(0).putValue("user:list".getBytes(), TinyList.of("x"));
    assertThat(scanAll("MATCH", "user:*")).containsExactlyInAnyOrder("user:1", "user:2", "user:list");
    assertThat(scanAll("TYPE", "list")).containsExactly("user:list");
    assertThat(scanAll("TYPE", "STRING", "MATCH", "user:*")).containsExactlyInAnyOrder("user:1", "user:2");
    assertThat(scanAll("TYPE", "nosuchtype")).isEmpty();
  }

  @Test
  void badArgumentsAreRejected() {
    assertThat(h.run("SCAN", "abc")).isEqualTo("-ERR invalid cursor");
    assertThat(h.run("SCAN", "-1")).isEqualTo("-ERR invalid cursor");
    assertThat(h.run("SCAN", "18446744073709551616")).isEqualTo("-ERR invalid cursor");
    assertThat(h.run("SCAN", "0", "COUNT", "0")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SCAN", "0", "COUNT", "x")).isEqualTo("-ERR value is not an integer or out of range");
    assertThat(h.run("SCAN", "0", "MATCH")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SCAN", "0", "FOO", "bar")).isEqualTo("-ERR syntax error");
    assertThat(h.run("SCAN", "18446744073709551615")).isEqualTo(List.of("0", List.of()));
  }

  @Test
  void keysPresentThroughoutAreReturnedDespiteConcurrentWrites() {
    long seed = 20240611L;
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> stable = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      h.run("SET", "stable:" + i, "v");
      stable.add("stable:" + i);
    }
    Set<String> seen = new HashSet<>();
    String cursor = "0";
    int churn = 0;
    do {
      List<?> reply = (List<?>) h.run("SCAN", cursor, "COUNT", "5");
      cursor = (String) reply.get(0);
      for (Object k : (List<?>) reply.get(1)) {
        seen.add((String) k);
      }
      for (int j = 0; j < 20; j++) { // add and remove other keys between calls
        String k = "churn:" + random.nextInt(1000);
        if (random.nextBoolean()) {
          h.run("SET", k, "x");
        } else {
          h.run("DEL", k);
        }
        churn++;
      }
    } while (!cursor.equals("0"));
    assertThat(seen).as("seed %d, %d churn writes", seed, churn).containsAll(stable);
  }

  @Test
  void scanInsideATransactionSeesItsEarlierWrites() {
    var executor = h.engine.executor();
    var table = h.engine.commands();
    assertThat(table.lookup("scan").has(io.skein.engine.command.CommandFlag.SLOT_BY_SLOT)).isTrue();
    var sink = new io.skein.engine.testing.RecordingSink(false);
    executor.executeTransaction(h.ctx, List.of(table.lookup("set"), table.lookup("scan"),
            table.lookup("dbsize")),
        List.of(argv("SET", "a", "1"), argv("SCAN", "0", "COUNT", "100"), argv("DBSIZE")),
        null, sink);
    assertThat(sink.take()).isEqualTo(List.of("+OK", List.of("0", List.of("a")), 1L));
  }

  private static byte[][] argv(String... args) {
    byte[][] argv = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      argv[i] = args[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return argv;
  }

  private List<String> scanAll(String... options) {
    List<String> keys = new java.util.ArrayList<>();
    String cursor = "0";
    int calls = 0;
    do {
      String[] argv = new String[2 + options.length];
      argv[0] = "SCAN";
      argv[1] = cursor;
      System.arraycopy(options, 0, argv, 2, options.length);
      List<?> reply = (List<?>) h.run(argv);
      cursor = (String) reply.get(0);
      for (Object k : (List<?>) reply.get(1)) {
        keys.add((String) k);
      }
      assertThat(++calls).isLessThanOrEqualTo(16384);
    } while (!cursor.equals("0"));
    return keys;
  }
}
