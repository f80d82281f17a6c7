package io.skein.server.cluster;

import io.netty.util.concurrent.EventExecutor;
import io.skein.core.HostAndPort;
import io.skein.routing.collect.ClientReply;
import io.skein.routing.collect.Decision;
import io.skein.routing.collect.Repair;
import io.skein.routing.collect.Reply;
import io.skein.routing.collect.ResponseCollector;
import io.skein.routing.dispatch.DispatchPlan.Replicas;
import io.skein.routing.dispatch.Operation;
import io.skein.routing.dispatch.ReplicaTarget;
import io.skein.routing.topology.Peer;
import io.skein.transport.MessageChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One command sent to the replicas of its key: sends the frame to every remote target, runs
 * the local target in place, feeds each reply to the {@link ResponseCollector}, answers the
 * client once the level is met (or cannot be, or the deadline passes), and afterwards hands
 * failed writes to the retry queue and stale replicas to read repair.
 *
 * <p>Threading: every input runs on {@code loop}, the client connection's event loop, so the
 * collector is driven by one thread as it requires.
 */
final class Fanout {

  private final ClusterRuntime cluster;
  private final Replicas plan;
  private final EventExecutor loop;
  private final ResponseCollector collector;
  private final Reply[] replies;
  private final byte[] frame;
  private final byte[] remoteDcFrame;
  private final int db;
  private final byte[] key;
  private final Consumer<byte[]> answer;
  private ScheduledFuture<?> deadline;
  private boolean done;

  Fanout(ClusterRuntime cluster, Replicas plan, EventExecutor loop, byte[] frame, int db,
      byte[] key, Consumer<byte[]> answer) {
    this.cluster = cluster;
    this.plan = plan;
    this.loop = loop;
    this.collector = ResponseCollector.start(plan);
    this.replies = new Reply[plan.targets().size()];
    this.frame = frame;
    this.remoteDcFrame = spreading(plan, frame);
    this.db = db;
    this.key = key;
    this.answer = answer;
  }

  /** Sends to the remote targets, then runs the local one (if any) in place. */
  void start(Supplier<CompletableFuture<Reply.Value>> local) {
    int localIndex = -1;
    List<ReplicaTarget> targets = plan.targets();
    for (int i = 0; i < targets.size(); i++) {
      Peer peer = targets.get(i).peer();
      if (peer.index() == cluster.localPeerIndex()) {
        localIndex = i;
        continue;
      }
      int target = i;
      cluster.transport().request(peer.endpoint().address(), MessageChannel.DATA, frameFor(i))
          .whenComplete((bytes, error) -> loop.execute(() -> onRemote(target, bytes, error)));
    }
    for (Peer hinted : plan.hinted()) {
      boolean remote = !hinted.dc().equals(cluster.topology().current().config().dc());
      cluster.retries().add(hinted.endpoint().address(), remote ? remoteDcFrame : frame);
    }
    if (localIndex >= 0) {
      CompletableFuture<Reply.Value> mine = local.get();
      int target = localIndex;
      if (mine.isDone() && !mine.isCompletedExceptionally()) {
        onReply(target, mine.join()); // the engine: answered in place
      } else {
        mine.whenComplete((value, error) -> loop.execute(() -> onLocal(target, value, error)));
      }
    }
    if (!collector.answered()) {
      // Only a client still waiting needs a deadline: the transport fails every request by its
      // own timeout, so the replies still owed after an answer always arrive (for repairs and
      // retries) without a timer per write.
      deadline = loop.schedule(this::onDeadline, cluster.timeoutMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void onLocal(int target, Reply.Value value, Throwable error) {
    onReply(target, error == null ? value
        : new Reply.Failure("local datastore: " + error.getMessage()));
  }

  private void onRemote(int target, byte[] bytes, Throwable error) {
    Reply reply;
    if (error != null) {
      Throwable cause = error.getCause() != null ? error.getCause() : error;
      reply = cause instanceof TimeoutException
          ? Reply.Timeout.INSTANCE : new Reply.Failure(String.valueOf(cause.getMessage()));
    } else {
      try {
        ReplicaFrames.Reply r = ReplicaFrames.decodeReply(bytes);
        reply = r.ok() ? new Reply.Value(r.payload(), r.version())
            : new Reply.Failure(new String(r.payload(), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        reply = new Reply.Failure(e.getMessage());
      }
    }
    if (!(reply instanceof Reply.Value) && plan.operation() == Operation.WRITE) {
      // A write that did not reach its replica is never dropped: retried until it lands.
      cluster.retries().add(plan.targets().get(target).peer().endpoint().address(),
          frameFor(target));
    }
    onReply(target, reply);
  }

  /**
   * Writes for a remote DC reach one preselected rack there, which spreads them to the DC's
   * other racks; at DC_EACH_SAFE_QUORUM the coordinator writes every rack itself.
   */
  private static byte[] spreading(Replicas plan, byte[] frame) {
    if (plan.operation() != Operation.WRITE
        || plan.level() == io.skein.routing.topology.ConsistencyLevel.DC_EACH_SAFE_QUORUM) {
      return frame;
    }
    byte[] copy = frame.clone();
    copy[0] = (byte) ReplicaFrames.Op.SPREAD.ordinal();
    return copy;
  }

  private byte[] frameFor(int target) {
    return plan.targets().get(target).role() == io.skein.routing.dispatch.TargetRole.REMOTE_DC
        ? remoteDcFrame : frame;
  }

  private void onReply(int target, Reply reply) {
    replies[target] = reply;
    respond(collector.onReply(target, reply));
    finishIfDone();
  }

  private void onDeadline() {
    respond(collector.onDeadline());
    finishIfDone();
  }

  private void respond(Decision decision) {
    if (decision instanceof Decision.Respond r) {
      if (r.reply() instanceof ClientReply.Success s) {
        answer.accept(s.value().payload());
      } else {
        cluster.levelFailures.increment();
        String text = "-ERR " + ((ClientReply.Failure) r.reply()).message() + "\r\n";
        answer.accept(text.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void finishIfDone() {
    if (done || !collector.finished()) {
      return;
    }
    done = true;
    if (deadline != null) {
      deadline.cancel(false);
    }
    List<Repair> repairs = collector.repairs();
    if (!repairs.isEmpty()) {
      HostAndPort source = newestSource(repairs.get(0).newest());
      if (source != null) {
        cluster.readRepair().repair(db, key, source, repairs);
      }
    }
  }

  /** The address of a target that answered with the newest version (null: this node). */
  private HostAndPort newestSource(Reply.Value newest) {
    for (int i = 0; i < replies.length; i++) {
      if (replies[i] instanceof Reply.Value v && v.version() == newest.version()) {
        Peer peer = plan.targets().get(i).peer();
        return peer.endpoint().address();
      }
    }
    return null;
  }
}
