package io.skein.server.datastore;

import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which commands a node in proxy mode sends to its external Redis, which it answers itself, and
 * which it refuses. Pure functions of the command table's entry (and, for a few, the arguments).
 *
 * <p>Design note, the decisions:
 * <ol>
 *   <li><b>Data goes to the backend.</b> Every command of a data group (string, list, hash, set,
 *       sorted-set, generic, and any later one such as bitmap, geo or stream) that has keys or is
 *       flagged {@code readonly}/{@code write}, so key-less data commands too: KEYS, SCAN,
 *       RANDOMKEY; and the server-group commands about the whole keyspace, DBSIZE, FLUSHALL and
 *       FLUSHDB. OBJECT, DUMP and RESTORE go too: the payloads are Redis's own.</li>
 *   <li><b>The node answers for itself</b> in the connection, server, pubsub, scripting and
 *       cluster groups: PING, ECHO, HELLO 2, AUTH (the node's own {@code requirepass}; {@code
 *       redis_requirepass} is what the node sends to Redis), QUIT, RESET, CLIENT, COMMAND, INFO,
 *       CONFIG, TIME, LASTSAVE, DEBUG, SHUTDOWN (this node, never the datastore), SKEIN, CLUSTER.
 *       Pub/sub stays on the node (its hub, and in a cluster every node's): a subscription cannot
 *       live on a connection shared by many clients.</li>
 *   <li><b>Refused, with an error that says why</b>, as Dynomite refuses them: anything flagged
 *       {@code blocking} (BLPOP... would stall a connection shared with other clients); MULTI,
 *       EXEC, DISCARD, WATCH, UNWATCH (a transaction needs a connection of its own); other
 *       databases than 0 (SELECT n, MOVE, SWAPDB, COPY ... DB n; SELECT 0 is answered OK);
 *       MIGRATE (an external datastore's keys are moved with its own tools); HELLO 3.</li>
 *   <li><b>RESP2 only.</b> The connections to Redis never send HELLO, so replies are RESP2
 *       bytes; a client asking for RESP3 gets {@code -NOPROTO} and, like Lettuce and Jedis,
 *       falls back to RESP2. Relaying RESP2 bytes to a RESP3 client would hand it flat arrays
 *       where it expects maps.</li>
 * </ol>
 */
public final class ProxyRouting {

  private static final Set<String> NODE_GROUPS =
      Set.of("connection", "server", "pubsub", "scripting", "cluster", "transactions");
  private static final Set<String> KEYSPACE_COMMANDS = Set.of("dbsize", "flushall", "flushdb");
  private static final Set<String> OTHER_DB_COMMANDS = Set.of("move", "swapdb");
  private static final String DB0 = "db 0 only, as in Dynomite";

  private ProxyRouting() {}

  /**
   * Whether {@code spec} runs on the external Redis when a node is in proxy mode: true for the
   * data commands, false for those the node answers itself and for those it refuses.
   */
  public static boolean forwards(CommandSpec spec) {
    String name = spec.name();
    if (refusedAlways(spec) || name.equals("migrate")) {
      return false;
    }
    if (KEYSPACE_COMMANDS.contains(name)) {
      return true;
    }
    if (NODE_GROUPS.contains(spec.group())) {
      return false;
    }
    return hasKeys(spec) || spec.has(CommandFlag.READONLY) || spec.has(CommandFlag.WRITE);
  }

  /**
   * Where the command {@code argv} (whose table entry is {@code spec}) runs in proxy mode. The
   * arguments matter only for SELECT, HELLO and COPY.
   */
  public static ProxyDecision decide(CommandSpec spec, byte[][] argv) {
    String name = spec.name();
    if (spec.has(CommandFlag.BLOCKING)) {
      return unsupported(name, "a command that does not block; a blocked command would stall "
          + "the datastore connection this node shares with its other clients");
    }
    if (spec.group().equals("transactions")) {
      return unsupported(name, "single commands; MULTI/EXEC and WATCH need a datastore "
          + "connection of their own, as in Dynomite");
    }
    if (OTHER_DB_COMMANDS.contains(name)) {
      return unsupported(name, DB0);
    }
    if (name.equals("migrate")) {
      return unsupported(name, "a data command; keys of an external datastore are moved with "
          + "its own tools");
    }
    switch (name) {
      case "select":
        return argv.length == 2 && isZero(argv[1]) ? ProxyDecision.LOCAL
            : unsupported(name, " " + arg(argv, 1), "SELECT 0; " + DB0);
      case "hello":
        return argv.length >= 2 && isThree(argv[1])
            ? new ProxyDecision.Refused("NOPROTO unsupported protocol version: 3 (expected: 2; "
                + "proxy mode relays the external Redis's RESP2 replies)")
            : ProxyDecision.LOCAL;
      case "copy":
        for (int i = 3; i + 1 < argv.length; i++) {
          if (lower(argv[i]).equals("db") && !isZero(argv[i + 1])) {
            return unsupported(name, " ... DB " + arg(argv, i + 1), DB0);
          }
        }
        return ProxyDecision.BACKEND;
      default:
        return forwards(spec) ? ProxyDecision.BACKEND : ProxyDecision.LOCAL;
    }
  }

  private static boolean refusedAlways(CommandSpec spec) {
    return spec.has(CommandFlag.BLOCKING) || spec.group().equals("transactions")
        || OTHER_DB_COMMANDS.contains(spec.name());
  }

  private static boolean hasKeys(CommandSpec spec) {
    return spec.firstKey() > 0 || spec.keyFinder() != null;
  }

  private static ProxyDecision unsupported(String name, String expected) {
    return unsupported(name, "", expected);
  }

  private static ProxyDecision unsupported(String name, String args, String expected) {
    return new ProxyDecision.Refused("ERR command not supported in proxy mode: "
        + name.toUpperCase(Locale.ROOT) + args + " (expected: " + expected + ")");
  }

  private static String arg(byte[][] argv, int i) {
    return i < argv.length ? new String(argv[i], StandardCharsets.UTF_8) : "";
  }

  private static String lower(byte[] b) {
    return new String(b, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
  }

  private static boolean isZero(byte[] b) {
    return b.length == 1 && b[0] == '0';
  }

  private static boolean isThree(byte[] b) {
    return b.length == 1 && b[0] == '3';
  }
}
