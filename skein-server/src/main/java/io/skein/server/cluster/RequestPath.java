package io.skein.server.cluster;

import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.exec.ReplicaApply;
import io.skein.routing.dispatch.DispatchPlan;
import io.skein.routing.dispatch.Request;
import io.skein.server.datastore.ProxyDecision;
import io.skein.server.datastore.ProxyRouting;
import io.skein.server.net.ClientConnection;
import io.skein.server.net.CommandRouter;
import io.skein.server.net.ReplyOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The coordinator's path for a client command in a cluster (DESIGN §2, §3): plan the command's
 * key, run it locally and/or on the replicas, collect, reply.
 *
 * <ul>
 *   <li>Key-less commands run locally, except those that describe or change the whole
 *       keyspace ({@link KeyspaceFanout}: DBSIZE, KEYS, FLUSHALL, FLUSHDB) and PUBLISH, which
 *       reaches every node.</li>
 *   <li>MGET, MSET, DEL, UNLINK, EXISTS and TOUCH are split by key and reassembled.</li>
 *   <li>Other commands with several keys need all keys on the same replicas (one hash slot, or
 *       one hash tag), else {@code -CROSSSLOT}.</li>
 *   <li>A plan that only touches this node runs as a standalone node would.</li>
 * </ul>
 *
 * <p>Threading: the connection's event loop.
 */
final class RequestPath implements CommandRouter {

  static final byte[] CROSSSLOT =
      "-CROSSSLOT Keys in request don't hash to the same slot\r\n".getBytes(StandardCharsets.UTF_8);

  /** Commands split by key, with the single-key command each part becomes. */
  private static final Map<String, Split> SPLITS = Map.of(
      "mget", new Split("get", 1, ReplyMerge.Kind.ELEMENTS),
      "mset", new Split("set", 2, ReplyMerge.Kind.ALL_OK),
      "del", new Split("del", 1, ReplyMerge.Kind.SUM),
      "unlink", new Split("unlink", 1, ReplyMerge.Kind.SUM),
      "exists", new Split("exists", 1, ReplyMerge.Kind.SUM),
      "touch", new Split("touch", 1, ReplyMerge.Kind.SUM));

  private record Split(String part, int width, ReplyMerge.Kind merge) {}

  private final ClusterRuntime cluster;
  private final KeyspaceFanout keyspaceFanout;
  private final AtomicLong requestIds = new AtomicLong();

  RequestPath(ClusterRuntime cluster) {
    this.cluster = cluster;
    this.keyspaceFanout = new KeyspaceFanout(cluster);
  }

  @Override
  public boolean route(ClientConnection client, CommandSpec spec, byte[][] argv) {
    int[] keys = spec.keyIndexes(argv);
    boolean data = keys.length > 0 || keyspaceFanout.handles(spec)
        || spec.name().equals("publish") || spec.name().equals("exec");
    if (data && cluster.refusal() != null) {
      // Downed by the split-brain resolver: no data command is served here any more, so no
      // write is acknowledged on this side after its decision. PING, INFO, SKEIN still answer,
      // and reads from this node's own copy when the operator allows stale reads.
      if (cluster.staleReads() && keys.length > 0 && !spec.has(CommandFlag.WRITE)) {
        return cluster.store() instanceof LocalStore.Proxy && runHere(client, spec, argv);
      }
      client.reply(cluster.refusal());
      return true;
    }
    if (cluster.store() instanceof LocalStore.Proxy
        && ProxyRouting.decide(spec, argv) instanceof ProxyDecision.Refused refused) {
      client.reply(refused.resp());
      return true;
    }
    if (spec.name().equals("skein") && argv.length > 2
        && new String(argv[1], StandardCharsets.US_ASCII).equalsIgnoreCase("local")
        && cluster.store() instanceof LocalStore.Proxy) {
      // SKEIN LOCAL in proxy mode reaches this node's own copy: the external Redis.
      byte[][] inner = java.util.Arrays.copyOfRange(argv, 2, argv.length);
      CommandSpec innerSpec = cluster.server().engine().commands().lookup(inner[0]);
      if (innerSpec != null && innerSpec.arityAccepts(inner.length)
          && ProxyRouting.forwards(innerSpec)) {
        return runHere(client, innerSpec, inner);
      }
    }
    if (spec.name().equals("publish")) {
      cluster.broadcastPublish(argv[1], argv[2]);
      return false;
    }
    if (keyspaceFanout.handles(spec) && keyspaceFanout.route(client, spec, argv)) {
      return true;
    }
    if (keys.length == 0 || spec.name().equals("exec")) {
      return cluster.store() instanceof LocalStore.Proxy && ProxyRouting.forwards(spec)
          && runHere(client, spec, argv);
    }
    Split split = SPLITS.get(spec.name());
    if (split != null && keys.length > 1) {
      routeSplit(client, spec, argv, split);
      return true;
    }
    DispatchPlan plan = plan(spec, argv[keys[0]]);
    for (int i = 1; i < keys.length; i++) {
      if (!plan.equals(plan(spec, argv[keys[i]]))) {
        client.reply(CROSSSLOT);
        return true;
      }
    }
    if (plan instanceof DispatchPlan.LocalDatastore) {
      return cluster.store() instanceof LocalStore.Proxy && runHere(client, spec, argv);
    }
    if (spec.has(CommandFlag.BLOCKING)) {
      client.reply(error("blocking commands need their key on this node in a cluster;"
          + " connect to an owner of the key (SKEIN RING) or use the non-blocking form"));
      return true;
    }
    Part part = new Part(client);
    runPlanned(client, spec, argv, plan, argv[keys[0]], part::complete);
    part.finish();
    return true;
  }

  /** Runs the command on this node's own store (the external Redis in proxy mode). */
  private boolean runHere(ClientConnection client, CommandSpec spec, byte[][] argv) {
    Part part = new Part(client);
    cluster.store().plain(client.context(), client.protocol(), spec, argv)
        .thenAccept(onClientLoop(client, part::complete));
    part.finish();
    return true;
  }

  /**
   * {@code answer}, run on the client's event loop: at once when already there (the engine
   * answers in place), else as a task of its own (a proxy's reply arrives on its pool's loop).
   */
  static java.util.function.Consumer<byte[]> onClientLoop(ClientConnection client,
      java.util.function.Consumer<byte[]> answer) {
    return bytes -> {
      if (client.eventLoop().inEventLoop()) {
        answer.accept(bytes);
      } else {
        client.eventLoop().execute(() -> answer.accept(bytes));
      }
    };
  }

  private DispatchPlan plan(CommandSpec spec, byte[] key) {
    long id = requestIds.incrementAndGet();
    Request request = spec.has(CommandFlag.WRITE) ? Request.write(id) : Request.read(id);
    return cluster.dispatcher().plan(request, key);
  }

  /** Runs one planned command; {@code answer} receives its reply bytes, now or later. */
  private void runPlanned(ClientConnection client, CommandSpec spec, byte[][] argv,
      DispatchPlan plan, byte[] key, java.util.function.Consumer<byte[]> answer) {
    int db = client.context().db().index();
    if (plan instanceof DispatchPlan.NoTargets none) {
      cluster.levelFailures.increment();
      answer.accept(error(none.reason()));
    } else if (plan instanceof DispatchPlan.Replicas replicas) {
      ReplicaApply.Kind kind = ReplicaKinds.of(spec, argv);
      long version = kind == ReplicaApply.Kind.READ ? 0
          : cluster.server().engine().keyspace().nextVersion();
      byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.EXECUTE, db,
          ReplicaFrames.resp(client.protocol()), kind.ordinal(), version, argv);
      ReplicaApply apply = ReplicaKinds.apply(kind, spec.name(), version);
      Fanout fanout = new Fanout(cluster, replicas, client.eventLoop(), frame, db, key, answer);
      fanout.start(() -> cluster.store().replica(client.context(), client.protocol(), spec,
          argv, apply));
    } else {
      cluster.store().plain(client.context(), client.protocol(), spec, argv)
          .thenAccept(onClientLoop(client, answer));
    }
  }

  private void routeSplit(ClientConnection client, CommandSpec spec, byte[][] argv,
      Split split) {
    CommandSpec partSpec = cluster.server().engine().commands().lookup(split.part);
    byte[] partName = split.part.getBytes(StandardCharsets.US_ASCII);
    int parts = (argv.length - 1) / split.width;
    Part whole = new Part(client);
    ReplyParts replies = new ReplyParts(parts, split.merge, whole::complete);
    for (int i = 0; i < parts; i++) {
      byte[][] partArgv = new byte[1 + split.width][];
      partArgv[0] = partName;
      System.arraycopy(argv, 1 + i * split.width, partArgv, 1, split.width);
      int index = i;
      runPlanned(client, partSpec, partArgv, plan(partSpec, partArgv[1]), partArgv[1],
          bytes -> replies.part(index, bytes));
    }
    whole.finish();
  }

  static byte[] error(String message) {
    return ("-ERR " + message + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The answer of one client command: written at once if it came while the command was being
   * processed, else awaited and completed on the event loop.
   */
  static final class Part {
    private final ClientConnection client;
    private boolean processing = true;
    private byte[] early;
    private ReplyOrder.Slot slot;

    Part(ClientConnection client) {
      this.client = client;
    }

    void complete(byte[] reply) {
      if (processing) {
        early = reply;
      } else {
        client.completeReply(slot, reply);
      }
    }

    /** The command's processing is over: write the answer now or open its slot. */
    void finish() {
      processing = false;
      if (early != null) {
        client.reply(early);
      } else {
        slot = client.awaitReply();
      }
    }
  }
}
