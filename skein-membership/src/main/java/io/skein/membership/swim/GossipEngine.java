package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * SWIM with Lifeguard as a deterministic state machine: membership and failure detection for
 * one node. The engine never reads a clock, sleeps, or touches a socket; every call takes the
 * current time and returns what to send and what happened ({@link GossipOutput}).
 *
 * <p>Driving it: call {@link #join} once (with no seeds for the first node), then
 * {@link #tick} whenever {@link #nextDeadline()} is reached, and {@link #onMessage} for every
 * message received; send each returned {@link Envelope} best effort (encode with
 * {@link GossipCodec}) and publish the events. {@link #leave} announces a graceful leave; keep
 * driving the engine until {@link #hasPendingBroadcasts()} is false (or a time limit), then
 * stop. Times are milliseconds on any monotonic clock, never decreasing.
 *
 * <p>Pauses: the engine expects to be called at or soon after {@link #nextDeadline()}. A call
 * that arrives more than a probe timeout later means this node was paused (GC, overload); with
 * {@link GossipConfig#pauseGuard()} the pause does not count against other members.
 *
 * <p>Threading: not thread-safe; one thread (or one event loop) drives an engine.
 *
 * <p>Design note: memberlist's state machine [hashicorp/memberlist state.go], after SWIM
 * [Das, Gupta, Motivala 2002] and Lifeguard [Dadgar et al. 2018]. Rules live beside their
 * concept: precedence in {@link MemberInfo#overrides}, suspicion math in {@link Suspicion},
 * local health in {@link Awareness}, retransmission in {@link BroadcastQueue}, probing in
 * {@link Prober}, claims and refutation in {@link MemberTable}.
 */
public final class GossipEngine {

  private static final long UNSET = Long.MIN_VALUE;

  private final GossipConfig config;
  private final RandomGenerator random;
  private final Outbox outbox = new Outbox();
  private final Awareness awareness;
  private final MemberTable members;
  private final BroadcastQueue broadcasts;
  private final Prober prober;
  private final StateSync sync;
  private long now = UNSET;
  private long expectedWake = Long.MAX_VALUE;
  private long nextGossipAt;

  /**
   * An engine for the member {@code self} in {@code dc}/{@code rack}, at incarnation 1.
   *
   * @param random the only source of randomness (probe order, gossip targets, timer phases)
   */
  public GossipEngine(GossipConfig config, UniqueAddress self, String dc, String rack,
      RandomGenerator random) {
    this.config = config;
    this.random = random;
    this.awareness = new Awareness(config.lifeguard() ? config.awarenessMaxMultiplier() : 1);
    this.members = new MemberTable(config, random, MemberInfo.alive(self, dc, rack, 1),
        awareness, outbox);
    this.broadcasts = members.broadcasts();
    this.prober = new Prober(config, random, members, awareness, outbox);
    this.sync = new StateSync(config, random, members, outbox);
  }

  /**
   * Joins the cluster through {@code seeds} (Dynomite's {@code dyn_seeds} or Skein's
   * {@code seeds}; this node's own address is skipped): a full-state push-pull to each, repeated
   * every probe interval until one answers. With no other seed this node starts a cluster.
   */
  public GossipOutput join(long now, Collection<HostAndPort> seeds) {
    advance(now);
    sync.join(now, seeds);
    return finish();
  }

  /** Runs the timers that are due: suspicions, probes, gossip, push-pull, join retries. */
  public GossipOutput tick(long now) {
    advance(now);
    members.expireSuspicions(now);
    prober.tick(now);
    if (now >= nextGossipAt) {
      gossip();
      nextGossipAt = alignToGrid(nextGossipAt + config.gossipIntervalMillis(), now);
    }
    sync.tick(now);
    return finish();
  }

  /**
   * Handles one message. {@code from} is where it came from (the transport's view of the
   * sender's peer address); replies go there.
   */
  public GossipOutput onMessage(long now, HostAndPort from, GossipMessage message) {
    advance(now);
    if (message instanceof GossipMessage.Ping p) {
      // What a ping carries first, so an accusation in it is refuted before the ack goes out
      // and the ack can carry the refutation back to the accuser.
      applyAll(now, message);
      prober.onPing(from, p, members.takeCorrections(config.maxUpdatesPerMessage()));
      return finish();
    }
    // The message itself first, then what it carries (memberlist's compound order).
    if (message instanceof GossipMessage.PingReq r) {
      prober.onPingReq(now, from, r);
    } else if (message instanceof GossipMessage.Ack a) {
      prober.onAck(now, a);
    } else if (message instanceof GossipMessage.Nack n) {
      prober.onNack(n);
    } else if (message instanceof GossipMessage.PushPull pp) {
      sync.onPushPull(now, from, pp);
    }
    applyAll(now, message);
    List<NodeUpdate> corrections = members.takeCorrections(config.maxUpdatesPerMessage());
    if (!corrections.isEmpty()) {
      // The sender passed on an accusation that was refuted: a node that missed the
      // refutation would time out its old suspicion, so it is told at once.
      outbox.send(from, new GossipMessage.Gossip(self().address(), corrections));
    }
    return finish();
  }

  private void applyAll(long now, GossipMessage message) {
    for (NodeUpdate update : message.updates()) {
      members.apply(now, update);
    }
  }

  /**
   * Announces a graceful leave: this node becomes Left (others mark it Left, not failed),
   * stops probing and refuting, and gossips the news at once and on later ticks.
   */
  public GossipOutput leave(long now) {
    advance(now);
    if (!members.isLeaving()) {
      members.leave();
      prober.stop();
      sync.stop();
      gossip();
    }
    return finish();
  }

  /** When {@link #tick} next has work to do ({@link Long#MAX_VALUE}: nothing scheduled). */
  public long nextDeadline() {
    long next = Math.min(prober.nextDeadline(), members.nextSuspicionDeadline());
    if (!broadcasts.isEmpty()) {
      next = Math.min(next, nextGossipAt);
    }
    return Math.min(next, sync.nextDeadline());
  }

  /** This node's own claim (its incarnation rises with each refutation). */
  public MemberInfo self() {
    return members.self();
  }

  /** Every member this node knows, itself included, Dead and Left ones until forgotten. */
  public List<MemberInfo> members() {
    return members.directory().snapshot();
  }

  /** What this node believes about {@code member}. */
  public Optional<MemberInfo> member(UniqueAddress member) {
    MemberState s = members.state(member);
    return s == null ? Optional.empty() : Optional.of(s.info);
  }

  /** The latest member known at a peer address (for a driver that sees only addresses). */
  public Optional<MemberInfo> memberAt(HostAndPort address) {
    UniqueAddress id = members.directory().at(address);
    return id == null ? Optional.empty() : member(id);
  }

  /** Members that are Alive or Suspect, this node included: N in SWIM's formulas. */
  public int liveMembers() {
    return members.liveCount();
  }

  /** Lifeguard's local health score: 0 is healthy; probes are scaled by score + 1. */
  public int localHealth() {
    return awareness.score();
  }

  /** Whether updates are still waiting to be gossiped (after a leave: not yet spread). */
  public boolean hasPendingBroadcasts() {
    return !broadcasts.isEmpty();
  }

  public GossipConfig config() {
    return config;
  }

  private void gossip() {
    if (broadcasts.isEmpty()) {
      return;
    }
    long at = now;
    List<MemberState> targets = members.randomMembers(config.gossipNodes(),
        s -> s.isLive() || (s.status() == SwimStatus.DEAD
            && at - s.changedAt <= config.gossipToTheDeadMillis()));
    for (MemberState target : targets) {
      List<NodeUpdate> updates = broadcasts.take();
      if (updates.isEmpty()) {
        return;
      }
      outbox.send(target.info.hostAndPort(), new GossipMessage.Gossip(self().address(), updates));
    }
  }

  /**
   * Moves time to {@code at}: starts the timers on the first call, and applies the pause guard
   * when this call comes much later than the engine asked to be woken.
   */
  private void advance(long at) {
    if (now == UNSET) {
      now = at;
      prober.start(at);
      nextGossipAt = at + random.nextLong(config.gossipIntervalMillis());
      sync.start(at);
      return;
    }
    at = Math.max(at, now);
    long late = at - expectedWake;
    if (config.pauseGuard() && late > config.probeTimeoutMillis()) {
      // Time this node spent paused does not count against others, and every timer leaves a
      // probe timeout after waking, so replies that waited for this node are read first.
      long resumeAt = at + config.probeTimeoutMillis();
      members.pauseSuspicions(late, resumeAt);
      prober.pause(late, resumeAt);
      awareness.apply(1);
    }
    now = at;
    if (broadcasts.isEmpty()) {
      nextGossipAt = alignToGrid(nextGossipAt, at);
    }
  }

  private GossipOutput finish() {
    if (members.takeUrgent() && config.eagerSpread() && !members.isLeaving()) {
      gossip(); // news this node made spreads now; the gossip grid stays as it was
    }
    expectedWake = nextDeadline();
    return outbox.drain();
  }

  /** The first time on the gossip grid through {@code time} that is not before {@code at}. */
  private long alignToGrid(long time, long at) {
    if (time >= at) {
      return time;
    }
    long interval = config.gossipIntervalMillis();
    return time + ((at - time + interval - 1) / interval) * interval;
  }
}
