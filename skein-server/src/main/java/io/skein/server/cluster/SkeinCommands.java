package io.skein.server.cluster;

import static io.skein.engine.command.CommandFlag.ADMIN;
import static io.skein.engine.command.CommandFlag.MOVABLE_KEYS;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.Args;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import io.skein.server.ServerContext;
import io.skein.server.net.ClientConnection;
import io.skein.transport.PartitionableTransport;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code SKEIN LOCAL <command ...>} runs a command on this node's own engine only, bypassing
 * dispatch, so an operator can inspect one replica's copy; {@code SKEIN NODE} describes this
 * node and {@code SKEIN RING} the topology, one line per node:
 * {@code <index> <host:peerport> <dc> <rack> <state> <tokens>}. {@code SKEIN PEERS} is the
 * failure detector's view, {@code <name> <host:peerport> <dc> <rack> <state> <phi>};
 * {@code SKEIN MEMBERS} the lifecycle's, with status, reachability and the leader.
 */
public final class SkeinCommands {

  private SkeinCommands() {}

  public static void register(CommandTable table) {
    table.add(command("skein", -2).flags(ADMIN, MOVABLE_KEYS).keyFinder(argv -> new int[0])
        .group("server")
        .summary("Skein's node commands: LOCAL, NODE, RING, PEERS, MEMBERS, PARTITION.")
        .handler(SkeinCommands::skein));
  }

  static void skein(CommandContext ctx, byte[][] argv, ReplySink out) {
    String sub = Args.text(argv[1]).toUpperCase(java.util.Locale.ROOT);
    ServerContext server = ClientConnection.of(ctx).server();
    ClusterRuntime cluster = server.cluster();
    switch (sub) {
      case "LOCAL" -> local(ctx, argv, out);
      case "NODE" -> node(cluster, out);
      case "RING" -> ring(cluster, out);
      case "PEERS" -> lines(cluster == null || cluster.membership() == null ? List.of()
          : cluster.membership().peerLines(), out);
      case "MEMBERS" -> lines(cluster == null || cluster.membership() == null ? List.of()
          : cluster.membership().memberLines(), out);
      case "PARTITION" -> partition(cluster, argv, out);
      default -> throw RedisException.err("unknown subcommand '" + Args.text(argv[1])
          + "'. Try SKEIN LOCAL, SKEIN NODE, SKEIN RING, SKEIN PEERS, SKEIN MEMBERS.");
    }
  }

  private static void local(CommandContext ctx, byte[][] argv, ReplySink out) {
    if (argv.length < 3) {
      throw RedisException.err("wrong number of arguments for 'skein|local' command");
    }
    byte[][] inner = Arrays.copyOfRange(argv, 2, argv.length);
    CommandSpec spec = ctx.engine().commands().lookup(inner[0]);
    if (spec == null) {
      throw RedisException.err("unknown command '" + Args.text(inner[0])
          + "', with args beginning with: ");
    }
    if (!spec.arityAccepts(inner.length)) {
      throw RedisException.err("wrong number of arguments for '" + spec.name() + "' command");
    }
    if (spec.name().equals("skein") || spec.name().equals("multi")
        || spec.name().equals("exec")) {
      throw RedisException.err("SKEIN LOCAL cannot run '" + spec.name() + "'");
    }
    ctx.engine().executor().execute(ctx, spec, inner, out);
  }

  private static void node(ClusterRuntime cluster, ReplySink out) {
    if (cluster == null) {
      out.mapHeader(2);
      out.bulk("mode");
      out.bulk("standalone");
      out.bulk("state");
      out.bulk("Normal");
      return;
    }
    ServerPool pool = cluster.topology().current();
    Peer self = pool.peer(pool.localPeerIndex());
    out.mapHeader(8);
    out.bulk("mode");
    out.bulk("cluster");
    out.bulk("index");
    out.integer(self.index());
    out.bulk("peer");
    out.bulk(self.endpoint().toString());
    out.bulk("dc");
    out.bulk(self.dc());
    out.bulk("rack");
    out.bulk(self.rack());
    out.bulk("tokens");
    out.bulk(tokens(self.tokens()));
    out.bulk("read_consistency");
    out.bulk(pool.config().readConsistency().toString());
    out.bulk("write_consistency");
    out.bulk(pool.config().writeConsistency().toString());
  }

  private static void ring(ClusterRuntime cluster, ReplySink out) {
    if (cluster == null) {
      out.arrayHeader(0);
      return;
    }
    ServerPool pool = cluster.topology().current();
    List<Peer> peers = pool.peers();
    out.arrayHeader(peers.size());
    for (Peer p : peers) {
      String state = pool.state(p.index()).toString();
      out.bulk(p.index() + " " + p.endpoint() + " " + p.dc() + " " + p.rack() + " "
          + state.charAt(0) + state.substring(1).toLowerCase(java.util.Locale.ROOT) + " "
          + tokens(p.tokens()) + (p.isLocal() ? " myself" : ""));
    }
  }

  private static void lines(List<String> lines, ReplySink out) {
    out.arrayHeader(lines.size());
    for (String line : lines) {
      out.bulk(line);
    }
  }

  /**
   * {@code SKEIN PARTITION host:peerport ...} cuts this node off from those peers both ways;
   * {@code SKEIN PARTITION HEAL} reconnects it. Only on a node started with the
   * {@code skein.debug-partitions} system property: it exists for partition tests.
   */
  private static void partition(ClusterRuntime cluster, byte[][] argv, ReplySink out) {
    if (cluster == null || !(cluster.transport() instanceof PartitionableTransport t)) {
      throw RedisException.err("SKEIN PARTITION is only available on a cluster node started"
          + " with -Dskein.debug-partitions=true");
    }
    if (argv.length < 3) {
      throw RedisException.err("wrong number of arguments for 'skein|partition' command");
    }
    if (argv.length == 3 && Args.is(argv[2], "HEAL")) {
      t.heal();
      out.simple("OK");
      return;
    }
    java.util.Set<io.skein.core.HostAndPort> peers = new java.util.HashSet<>();
    for (int i = 2; i < argv.length; i++) {
      try {
        peers.add(io.skein.core.HostAndPort.parse(Args.text(argv[i])));
      } catch (IllegalArgumentException e) {
        throw RedisException.err(e.getMessage());
      }
    }
    t.block(peers);
    out.simple("OK");
  }

  private static String tokens(List<DynToken> tokens) {
    return tokens.isEmpty() ? "-"
        : tokens.stream().map(DynToken::toString).collect(Collectors.joining(","));
  }
}
