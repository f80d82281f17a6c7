package io.skein.server.datastore;

import static io.skein.server.datastore.Commands.cmd;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.Clock;
import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.CommandTable;
import io.skein.server.ServerSettings;
import io.skein.server.SkeinServer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProxyRoutingTest {

  static SkeinServer server;
  static CommandTable table;

  @BeforeAll
  static void table() {
    server = new SkeinServer(ServerSettings.defaults(), Clock.system());
    table = server.engine().commands();
  }

  @AfterAll
  static void close() {
    server.close();
  }

  private static String decide(String line) {
    byte[][] argv = cmd(line.split(" "));
    CommandSpec spec = table.lookup(argv[0]);
    assertThat(spec).as(line).isNotNull();
    ProxyDecision d = ProxyRouting.decide(spec, argv);
    return d instanceof ProxyDecision.Backend ? "backend"
        : d instanceof ProxyDecision.Local ? "local" : "refused";
  }

  @Test
  void decisionsReadAsATable() {
    String[][] table = {
        // data, keyed or keyspace-wide: the external Redis
        {"GET k", "backend"}, {"SET k v", "backend"}, {"MGET a b", "backend"},
        {"HSET h f v", "backend"}, {"ZADD z 1 m", "backend"}, {"LMPOP 1 l LEFT", "backend"},
        {"DEL a b", "backend"}, {"OBJECT ENCODING k", "backend"}, {"DUMP k", "backend"},
        {"RESTORE k 0 x", "backend"}, {"KEYS *", "backend"}, {"SCAN 0", "backend"},
        {"RANDOMKEY", "backend"}, {"DBSIZE", "backend"}, {"FLUSHALL", "backend"},
        {"FLUSHDB", "backend"}, {"COPY a b", "backend"}, {"COPY a b DB 0", "backend"},
        // the node's own
        {"PING", "local"}, {"ECHO x", "local"}, {"AUTH pw", "local"}, {"HELLO", "local"},
        {"HELLO 2", "local"}, {"QUIT", "local"}, {"RESET", "local"}, {"SELECT 0", "local"},
        {"CLIENT LIST", "local"}, {"COMMAND COUNT", "local"}, {"INFO", "local"},
        {"CONFIG GET maxmemory", "local"}, {"TIME", "local"}, {"LASTSAVE", "local"},
        {"DEBUG SLEEP 0", "local"}, {"SHUTDOWN", "local"}, {"SKEIN NODE", "local"},
        {"PUBLISH c m", "local"}, {"SUBSCRIBE c", "local"}, {"PUBSUB CHANNELS", "local"},
        {"FUNCTION LIST", "local"},
        // refused, as Dynomite refuses them
        {"BLPOP l 0", "refused"}, {"BZPOPMIN z 0", "refused"}, {"BLMOVE a b LEFT LEFT 0",
        "refused"}, {"MULTI", "refused"}, {"EXEC", "refused"}, {"DISCARD", "refused"},
        {"WATCH k", "refused"}, {"UNWATCH", "refused"}, {"SELECT 1", "refused"},
        {"MOVE k 1", "refused"}, {"SWAPDB 0 1", "refused"}, {"COPY a b DB 1", "refused"},
        {"COPY a b REPLACE DB 2", "refused"}, {"HELLO 3", "refused"},
    };
    for (String[] row : table) {
      assertThat(decide(row[0])).as(row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void everyKeyedDataCommandGoesToTheBackendUnlessItBlocksOrIsATransaction() {
    Set<String> nodeGroups = Set.of("connection", "server", "pubsub", "scripting", "cluster",
        "transactions");
    for (CommandSpec spec : table.all()) {
      boolean keyed = spec.firstKey() > 0 || spec.keyFinder() != null;
      if (keyed && !nodeGroups.contains(spec.group()) && !spec.has(CommandFlag.BLOCKING)
          && !Set.of("move", "migrate").contains(spec.name())) {
        assertThat(ProxyRouting.forwards(spec)).as(spec.name()).isTrue();
      }
    }
  }

  @Test
  void forwardsAgreesWithDecideWhereTheArgumentsDoNotMatter() {
    for (CommandSpec spec : table.all()) {
      if (Set.of("select", "hello", "copy").contains(spec.name())) {
        continue;
      }
      byte[][] argv = cmd(spec.name(), "k", "v", "1");
      boolean backend = ProxyRouting.decide(spec, argv) instanceof ProxyDecision.Backend;
      assertThat(backend).as(spec.name()).isEqualTo(ProxyRouting.forwards(spec));
    }
  }

  @Test
  void refusalsSayWhatAndWhy() {
    assertThat(refusal("SELECT 1")).isEqualTo("-ERR command not supported in proxy mode: "
        + "SELECT 1 (expected: SELECT 0; db 0 only, as in Dynomite)\r\n");
    assertThat(refusal("MULTI")).isEqualTo("-ERR command not supported in proxy mode: MULTI "
        + "(expected: single commands; MULTI/EXEC and WATCH need a datastore connection of "
        + "their own, as in Dynomite)\r\n");
    assertThat(refusal("BLPOP l 0")).startsWith("-ERR command not supported in proxy mode: "
        + "BLPOP (expected: a command that does not block;");
    assertThat(refusal("HELLO 3")).startsWith("-NOPROTO unsupported protocol version: 3 "
        + "(expected: 2;");
    assertThat(refusal("SELECT a\r\nb")).as("one line whatever the argument")
        .isEqualTo("-ERR command not supported in proxy mode: SELECT a  b (expected: SELECT 0; "
            + "db 0 only, as in Dynomite)\r\n");
  }

  private static String refusal(String line) {
    byte[][] argv = cmd(line.split(" "));
    ProxyDecision d = ProxyRouting.decide(table.lookup(argv[0]), argv);
    assertThat(d).as(line).isInstanceOf(ProxyDecision.Refused.class);
    return new String(((ProxyDecision.Refused) d).resp(), StandardCharsets.UTF_8);
  }
}
