package io.skein.server.cluster;

import io.skein.engine.command.CommandSpec;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import io.skein.server.net.ClientConnection;
import io.skein.transport.MessageChannel;
import java.util.List;

/**
 * Key-less commands about the whole keyspace, answered the way a cluster user expects:
 *
 * <ul>
 *   <li>DBSIZE counts the local datacenter's keys once: a rack holds a complete copy of its
 *       DC, so the sum over the nodes of this node's rack is the answer (not once per
 *       replica).</li>
 *   <li>KEYS lists the keys of the nodes of this node's rack, for the same reason.</li>
 *   <li>FLUSHALL and FLUSHDB empty every node of every datacenter, and answer OK only when
 *       every node did.</li>
 * </ul>
 *
 * <p>SCAN and RANDOMKEY stay on this node (their cursors and picks are per node; with one
 * node per rack that is the whole DC). {@code SKEIN LOCAL} inspects any one node's copy.
 */
final class KeyspaceFanout {

  private final ClusterRuntime cluster;

  KeyspaceFanout(ClusterRuntime cluster) {
    this.cluster = cluster;
  }

  boolean handles(CommandSpec spec) {
    return switch (spec.name()) {
      case "dbsize", "keys", "flushall", "flushdb" -> true;
      default -> false;
    };
  }

  boolean route(ClientConnection client, CommandSpec spec, byte[][] argv) {
    ServerPool pool = cluster.topology().current();
    boolean everyNode = spec.name().startsWith("flush");
    List<Peer> nodes = everyNode ? pool.peers() : pool.localRack().peers();
    if (nodes.size() == 1) {
      return false;
    }
    ReplyMerge.Kind kind = switch (spec.name()) {
      case "dbsize" -> ReplyMerge.Kind.SUM;
      case "keys" -> ReplyMerge.Kind.CONCAT;
      default -> ReplyMerge.Kind.ALL_OK;
    };
    int db = client.context().db().index();
    byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.LOCAL, db,
        ReplicaFrames.resp(client.protocol()), 0, 0, argv);
    RequestPath.Part whole = new RequestPath.Part(client);
    ReplyParts replies = new ReplyParts(nodes.size(), kind, whole::complete);
    for (int i = 0; i < nodes.size(); i++) {
      int index = i;
      Peer peer = nodes.get(i);
      if (peer.index() == pool.localPeerIndex()) {
        cluster.store().plain(client.context(), client.protocol(), spec, argv)
            .thenAccept(RequestPath.onClientLoop(client, bytes -> replies.part(index, bytes)));
        continue;
      }
      cluster.transport().request(peer.endpoint().address(), MessageChannel.DATA, frame)
          .whenComplete((bytes, error) -> client.eventLoop().execute(
              () -> replies.part(index, answer(peer, bytes, error))));
    }
    whole.finish();
    return true;
  }

  private static byte[] answer(Peer peer, byte[] bytes, Throwable error) {
    if (error != null) {
      return RequestPath.error("node " + peer.endpoint() + " did not answer: "
          + (error.getCause() != null ? error.getCause().getMessage() : error.getMessage()));
    }
    ReplicaFrames.Reply reply = ReplicaFrames.decodeReply(bytes);
    return reply.ok() ? reply.payload()
        : RequestPath.error("node " + peer.endpoint() + " refused: "
            + new String(reply.payload(), java.nio.charset.StandardCharsets.UTF_8));
  }
}
