package io.skein.membership.lifecycle;

import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.lifecycle.GossipPdu.GossipEnvelope;
import io.skein.membership.lifecycle.GossipPdu.GossipMerge;
import io.skein.membership.lifecycle.GossipPdu.GossipStatus;
import io.skein.membership.lifecycle.GossipPdu.Join;
import io.skein.membership.lifecycle.GossipPdu.Welcome;
import io.skein.membership.lifecycle.MembershipOutput.Outbound;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One node's member lifecycle: the deterministic state machine that joins, gossips the
 * membership state with vector clocks, runs leader actions when this node leads, and publishes
 * what changed.
 *
 * <p>Inputs are operator commands ({@link #join}, {@link #leave}, {@link #down}), the failure
 * detector's verdicts on peers ({@link #onReachability}), messages from peers
 * ({@link #onGossip}) and the gossip timer ({@link #tick}, once per gossip interval). Each returns
 * the messages to send; events are published on the bus before the call returns and are returned
 * as well. Time is the {@code now} passed in; randomness comes from the generator given.
 *
 * <p>Leave and down are pushed to every member this node reaches at once (not left to random
 * gossip), so every node hears MemberLeft / MemberDowned within one message delay. A node that
 * sees itself Removed is done: {@link #isRemoved()} turns true and every later input is ignored;
 * it must restart with a new uid to join again.
 *
 * <p>Not thread-safe: one driver thread owns it. Bus subscribers run on that thread and must not
 * call back into this object.
 */
public final class ClusterMembership {

  private static final System.Logger LOG = System.getLogger(ClusterMembership.class.getName());

  private final UniqueAddress self;
  private final Member joiningSelf;
  private final LifecycleSettings settings;
  private final RandomGenerator random;
  private final ClusterEventBus bus;
  private final LeaderHandover leaderWatch = new LeaderHandover();
  private final LeaderTick leaderTick;
  private final String node;
  private MembershipState state;
  private HostAndPort joinSeed;
  private long lastJoinAttemptMillis;
  private boolean removed;

  /**
   * A node that is in no cluster yet; {@link #join} puts it in one.
   *
   * @param self this node's incarnation
   * @param dc its datacenter
   * @param rack its rack
   * @param roles its roles
   * @param settings lifecycle knobs
   * @param random the only source of randomness (seed it in tests)
   * @param bus where events are published
   */
  public ClusterMembership(UniqueAddress self, String dc, String rack, Set<String> roles,
      LifecycleSettings settings, RandomGenerator random, ClusterEventBus bus) {
    this.self = self;
    this.joiningSelf = Member.joining(self, dc, rack, roles);
    this.settings = settings;
    this.leaderTick = new LeaderTick(self, settings);
    this.random = random;
    this.bus = bus;
    this.node = "[" + self + "]";
    this.state = MembershipState.empty(self);
  }

  /** This node's current view. */
  public MembershipState state() {
    return state;
  }

  public UniqueAddress self() {
    return self;
  }

  /** The leader of this node's view. */
  public Optional<UniqueAddress> leader() {
    return state.leader();
  }

  /** Whether this node is in a cluster (welcomed, not removed). */
  public boolean isMember() {
    return !removed && state.selfMember().isPresent();
  }

  /** Whether this node has seen itself removed; it will not take part again. */
  public boolean isRemoved() {
    return removed;
  }

  /**
   * Joins the cluster that {@code seed} belongs to; {@code seed} equal to this node's own address
   * starts a new cluster (the first node). Retried on {@link #tick} until welcomed.
   *
   * @throws IllegalStateException if this node was removed
   */
  public MembershipOutput join(long now, HostAndPort seed) {
    if (removed) {
      throw new IllegalStateException(node + " join: removed (expected: a new incarnation)");
    }
    if (state.selfMember().isPresent()) {
      return MembershipOutput.NONE;
    }
    if (seed.equals(self.address())) {
      Gossip first = Gossip.empty().withMember(joiningSelf).changedBy(self);
      return commit(state.with(first), List.of());
    }
    joinSeed = seed;
    lastJoinAttemptMillis = now;
    return new MembershipOutput(List.of(joinMessage()), List.of());
  }

  /** This node leaves gracefully: Leaving now, Exiting and Removed by the leader. */
  public MembershipOutput leave(long now) {
    if (!isMember()) {
      joinSeed = null;
      return MembershipOutput.NONE;
    }
    return leave(now, self);
  }

  /** Marks {@code member} Leaving (Akka lets any member ask this for any other). */
  public MembershipOutput leave(long now, UniqueAddress member) {
    return moveAndPush(member, MemberStatus.LEAVING);
  }

  /** Marks {@code member} Down (an operator's or the split-brain resolver's decision). */
  public MembershipOutput down(long now, UniqueAddress member) {
    return moveAndPush(member, MemberStatus.DOWN);
  }

  private MembershipOutput moveAndPush(UniqueAddress target, MemberStatus status) {
    Optional<Member> m = isMember() ? state.member(target) : Optional.empty();
    if (m.isEmpty() || !m.get().status().canMoveTo(status)) {
      return MembershipOutput.NONE;
    }
    Gossip next = state.gossip().withMember(m.get().withStatus(status)).changedBy(self);
    List<Outbound> out = new ArrayList<>();
    for (Member peer : next.memberList()) {
      if (!peer.uniqueAddress().equals(self)
          && next.reachability().isReachable(self, peer.uniqueAddress())) {
        out.add(envelope(peer.uniqueAddress(), next));
      }
    }
    return commit(state.with(next), out);
  }

  /**
   * This node's failure detector says {@code subject} is (un)reachable. Only this node's own row
   * of the reachability table changes; the subject is reachable again for the cluster only when
   * every observer says so.
   */
  public MembershipOutput onReachability(long now, UniqueAddress subject, boolean reachable) {
    if (!isMember() || subject.equals(self) || !state.gossip().hasMember(subject)) {
      return MembershipOutput.NONE;
    }
    Reachability before = state.reachability();
    Reachability after =
        reachable ? before.reachable(self, subject) : before.unreachable(self, subject);
    if (after.equals(before)) {
      return MembershipOutput.NONE;
    }
    return commit(state.with(state.gossip().withReachability(after).changedBy(self)), List.of());
  }

  /** A message from a peer. */
  public MembershipOutput onGossip(long now, GossipPdu pdu) {
    if (removed) {
      return MembershipOutput.NONE;
    }
    if (pdu instanceof Join j) {
      return JoinHandling.onJoin(this, j);
    }
    if (pdu instanceof Welcome w) {
      if (isMember() || !w.to().equals(self)) {
        return MembershipOutput.NONE;
      }
      return receive(w.from(), w.gossip());
    }
    if (pdu instanceof GossipEnvelope e) {
      return e.to().equals(self) ? receive(e.from(), e.gossip()) : MembershipOutput.NONE;
    }
    if (pdu instanceof GossipStatus s) {
      return onStatus(s);
    }
    return onMergeRequest((GossipMerge) pdu);
  }

  private MembershipOutput receive(UniqueAddress from, Gossip remote) {
    GossipReception.Outcome o = GossipReception.receive(state, from, remote);
    if (o.kind() == GossipReception.Kind.IGNORED) {
      LOG.log(System.Logger.Level.DEBUG, "{0}[peer {1}] gossip ignored: {2}", node, from,
          o.reason());
      return replyIfRemoved(from);
    }
    if (o.state().selfMember().isPresent()) {
      joinSeed = null;
    }
    List<Outbound> out = o.talkback() ? List.of(envelope(from, o.state().gossip())) : List.of();
    return commit(o.state(), out);
  }

  private MembershipOutput onStatus(GossipStatus s) {
    if (!acceptsFrom(s.from())) {
      return replyIfRemoved(s.from());
    }
    Outbound reply = switch (GossipDecision.decide(state.version(), s.version())) {
      case SEND_ENVELOPE, MERGE -> envelope(s.from(), state.gossip());
      case REQUEST_MERGE ->
          new Outbound(s.from().address(), new GossipMerge(self, state.version()));
      case SAME -> s.seenDigest() == state.gossip().seenDigest()
          ? null : envelope(s.from(), state.gossip());
    };
    return reply == null ? MembershipOutput.NONE
        : new MembershipOutput(List.of(reply), List.of());
  }

  private MembershipOutput onMergeRequest(GossipMerge m) {
    if (!acceptsFrom(m.from())) {
      return replyIfRemoved(m.from());
    }
    return new MembershipOutput(List.of(envelope(m.from(), state.gossip())), List.of());
  }

  /** Status and merge requests are answered for members this node itself reaches. */
  private boolean acceptsFrom(UniqueAddress from) {
    return isMember() && state.gossip().hasMember(from)
        && state.reachability().isReachable(self, from);
  }

  /** A removed node still gossiping is sent the state that shows its tombstone, so it stops. */
  private MembershipOutput replyIfRemoved(UniqueAddress from) {
    if (isMember() && state.gossip().isTombstoned(from)) {
      return new MembershipOutput(List.of(envelope(from, state.gossip())), List.of());
    }
    return MembershipOutput.NONE;
  }

  /** The gossip timer: retry a join, run leader actions if leading, gossip with one peer. */
  public MembershipOutput tick(long now) {
    if (removed) {
      return MembershipOutput.NONE;
    }
    if (!isMember()) {
      if (joinSeed != null && now - lastJoinAttemptMillis >= settings.retryJoinAfterMillis()) {
        lastJoinAttemptMillis = now;
        return new MembershipOutput(List.of(joinMessage()), List.of());
      }
      return MembershipOutput.NONE;
    }
    List<Outbound> out = new ArrayList<>();
    MembershipState next = leaderTick.run(state, now, out);
    next = next.with(next.gossip().pruneTombstones(now - settings.tombstoneRetentionMillis()));
    if (next.selfMember().isPresent()) {
      GossipTargets.roundMessage(next, random, settings.gossipDifferentViewProbability())
          .ifPresent(out::add);
    }
    return commit(next, out);
  }

  /** Makes {@code next} current, publishes what changed, and returns it with {@code out}. */
  MembershipOutput commit(MembershipState next, List<Outbound> out) {
    List<ClusterEvent> events = new ArrayList<>(MembershipDiff.diff(state, next));
    boolean wasMember = state.selfMember().isPresent();
    state = next;
    if (wasMember && next.selfMember().isEmpty()) {
      removed = true;
    } else {
      leaderWatch.observe(next).ifPresent(h -> events.add(h.toClusterEvent()));
    }
    for (ClusterEvent e : events) {
      LOG.log(System.Logger.Level.INFO, "{0}{1}", node, EventText.describe(e));
      bus.publish(e);
    }
    return new MembershipOutput(out, events);
  }

  Outbound envelope(UniqueAddress to, Gossip gossip) {
    return new Outbound(to.address(), new GossipEnvelope(self, to, gossip));
  }

  private Outbound joinMessage() {
    return new Outbound(joinSeed,
        new Join(self, joiningSelf.dc(), joiningSelf.rack(), joiningSelf.roles()));
  }
}
