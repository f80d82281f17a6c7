package io.skein.transport.membership;

import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.Member;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.GossipEvent;
import io.skein.membership.swim.GossipMessage;
import io.skein.membership.swim.MemberInfo;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * What one core's output means for the others, and the node's periodic rounds. The cores never
 * call each other; this class, on the node's thread, carries each verdict to where it applies:
 *
 * <ul>
 *   <li>a SWIM message: to SWIM, then a heartbeat for the data plane ({@link HeartbeatRule});</li>
 *   <li>SWIM Left, lifecycle Leaving or Down of a peer: Down on the data plane at once (unless
 *       a newer incarnation lives at that address);</li>
 *   <li>any change in SWIM, the lifecycle or phi: this node's reachability row
 *       ({@link ReachabilityBridge});</li>
 *   <li>this node Down (its resolver, or gossip) or removed: stop, and tell the
 *       {@link DownedListener} once.</li>
 * </ul>
 * Not thread-safe: the node's thread owns it, except {@link #isDowned()}.
 */
final class NodeReactions {

  private static final Logger LOG = System.getLogger(NodeReactions.class.getName());

  private final NodeIdentity self;
  private final SwimDriver swim;
  private final LifecycleDriver lifecycle;
  private final DataPlaneBridge dataPlane;
  private final ReachabilityBridge reachability;
  private final GracefulLeave leave;
  private final Runnable stop;
  private final DownedListener onDowned;
  private volatile boolean downed;
  private boolean reconciling;

  NodeReactions(NodeIdentity self, SwimDriver swim, LifecycleDriver lifecycle,
      DataPlaneBridge dataPlane, ReachabilityBridge reachability, GracefulLeave leave,
      Runnable stop, DownedListener onDowned) {
    this.self = self;
    this.swim = swim;
    this.lifecycle = lifecycle;
    this.dataPlane = dataPlane;
    this.reachability = reachability;
    this.leave = leave;
    this.stop = stop;
    this.onDowned = onDowned;
  }

  boolean isDowned() {
    return downed;
  }

  /** The heartbeat round; none while leaving (the others have marked this node Down). */
  void heartbeat() {
    if (!leave.isLeaving()) {
      dataPlane.sendHeartbeats();
    }
  }

  /** The phi round: data-plane states first, then what they mean for reachability. */
  void evaluate() {
    dataPlane.evaluate();
    reconcile();
  }

  /** The lifecycle and resolver round. */
  void clusterTick(SbrDriver sbr) {
    reconcile();
    lifecycle.tick();
    if (leave.isLeaving()) {
      leave.check();
    } else {
      sbr.tick();
    }
  }

  void onGossip(HostAndPort from, GossipMessage message) {
    swim.onMessage(from, message);
    dataPlane.heard(from, HeartbeatRule.counts(swim.memberAt(from), lifecycle.view()));
  }

  void afterSwim(List<GossipEvent> events) {
    boolean membershipChanged = false;
    for (GossipEvent e : events) {
      if (e instanceof GossipEvent.AckReceived || e instanceof GossipEvent.Refuted) {
        continue;
      }
      membershipChanged = true;
      if (e instanceof GossipEvent.Left left) {
        reachability.left(left.member().address(), swim.now());
        markDownIfCurrent(left.member().address());
      }
    }
    if (membershipChanged) {
      reconcile();
    }
    leave.check();
  }

  void afterLifecycle(List<ClusterEvent> events) {
    boolean membersChanged = false;
    for (ClusterEvent e : events) {
      if (e instanceof ClusterEvent.MemberLeft m && !isSelf(m.member())) {
        markDownIfCurrent(m.member().uniqueAddress());
      } else if (e instanceof ClusterEvent.MemberDowned m) {
        if (isSelf(m.member())) {
          downSelf("marked Down by the cluster");
        } else {
          markDownIfCurrent(m.member().uniqueAddress());
        }
      } else if (e instanceof ClusterEvent.MemberRemoved m && isSelf(m.member())
          && !leave.isLeaving()) {
        downSelf("removed by the cluster");
      }
      membersChanged |= !(e instanceof ClusterEvent.Unreachable
          || e instanceof ClusterEvent.Reachable || e instanceof ClusterEvent.LeaderChanged);
    }
    if (membersChanged) {
      reconcile();
    }
    leave.check();
  }

  /**
   * This node is down: mark itself Down through the lifecycle (pushed to every member it still
   * reaches), stop, and tell the listener. Once; a leaving node just finishes its leave.
   */
  void downSelf(String reason) {
    if (downed) {
      return;
    }
    if (leave.isLeaving()) {
      leave.finish("downed while leaving: " + reason);
      return;
    }
    downed = true;
    lifecycle.down(self.address());
    stop.run();
    LOG.log(Level.WARNING, "[{0}][membership] Down: {1}; membership stopped", self.name(),
        reason);
    try {
      onDowned.downed(reason);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "[" + self.name() + "][membership] downed listener failed", e);
    }
  }

  /** Brings this node's reachability row in line with its detectors. */
  private void reconcile() {
    if (reconciling || !lifecycle.isMember()) {
      return;
    }
    reconciling = true; // onReachability publishes events, which must not recurse into here
    try {
      for (ReachabilityBridge.Change c : reachability.changes(lifecycle.view(), swim::status,
          dataPlane::silent, swim.now())) {
        lifecycle.reachability(c.subject(), c.reachable());
      }
    } finally {
      reconciling = false;
    }
  }

  /** Down on the data plane, unless a newer incarnation already lives at that address. */
  private void markDownIfCurrent(UniqueAddress member) {
    Optional<MemberInfo> latest = swim.memberAt(member.address());
    boolean replaced = latest.filter(i -> !i.address().equals(member))
        .filter(i -> !i.status().isGone()).isPresent();
    if (!replaced && !member.equals(self.address())) {
      dataPlane.markDown(member.address());
    }
  }

  private boolean isSelf(Member member) {
    return member.uniqueAddress().equals(self.address());
  }
}
