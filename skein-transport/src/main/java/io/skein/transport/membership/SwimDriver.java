package io.skein.transport.membership;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.Envelope;
import io.skein.membership.swim.GossipEngine;
import io.skein.membership.swim.GossipEvent;
import io.skein.membership.swim.GossipMessage;
import io.skein.membership.swim.GossipOutput;
import io.skein.membership.swim.MemberInfo;
import io.skein.membership.swim.SwimStatus;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * Runs the {@link GossipEngine} on the node's thread: calls it with the monotonic time in
 * milliseconds, sends what it returns on the gossip channel, hands its events to the node, and
 * wakes it at its own {@link GossipEngine#nextDeadline()} (one timer, moved earlier when a call
 * brings the deadline forward). Not thread-safe: the node's thread owns it.
 */
final class SwimDriver {

  /** Told after every call into the engine, with the events it produced (maybe none). */
  interface Listener {
    void afterSwim(List<GossipEvent> events);
  }

  private static final Logger LOG = System.getLogger(SwimDriver.class.getName());

  private final String node;
  private final GossipEngine engine;
  private final NodeLoop loop;
  private final PeerSender sender;
  private final Clock clock;
  private final Listener listener;
  private ScheduledFuture<?> timer;
  private long timerAt = Long.MAX_VALUE;

  SwimDriver(String node, GossipEngine engine, NodeLoop loop, PeerSender sender, Clock clock,
      Listener listener) {
    this.node = node;
    this.engine = engine;
    this.loop = loop;
    this.sender = sender;
    this.clock = clock;
    this.listener = listener;
  }

  /** Joins through {@code seeds} (this node's own address is skipped by the engine). */
  void start(List<HostAndPort> seeds) {
    handle(engine.join(now(), seeds), false);
  }

  void onMessage(HostAndPort from, GossipMessage message) {
    handle(engine.onMessage(now(), from, message), false);
  }

  /** Announces a graceful leave; the engine keeps gossiping it on later ticks. */
  void leave() {
    handle(engine.leave(now()), false);
  }

  /**
   * Whether SWIM still has updates to spread to someone: pending broadcasts, and a live member
   * other than this node to tell (a lone node's queue never drains).
   */
  boolean hasNewsToSpread() {
    if (!engine.hasPendingBroadcasts()) {
      return false;
    }
    UniqueAddress self = engine.self().address();
    return engine.members().stream()
        .anyMatch(m -> !m.address().equals(self) && !m.status().isGone());
  }

  /** The latest incarnation SWIM knows at {@code address}. */
  Optional<MemberInfo> memberAt(HostAndPort address) {
    return engine.memberAt(address);
  }

  /** SWIM's status of exactly this incarnation; empty when SWIM does not know it. */
  Optional<SwimStatus> status(UniqueAddress member) {
    return engine.member(member).map(MemberInfo::status);
  }

  /** SWIM's clock: monotonic milliseconds. */
  long now() {
    return clock.nanos() / 1_000_000;
  }

  private void tick() {
    timer = null;
    timerAt = Long.MAX_VALUE;
    handle(engine.tick(now()), true);
  }

  private void handle(GossipOutput output, boolean afterTick) {
    for (Envelope envelope : output.envelopes()) {
      sender.gossip(envelope);
    }
    for (GossipEvent e : output.events()) {
      log(e);
    }
    listener.afterSwim(output.events());
    arm(afterTick);
  }

  /** Makes sure a tick is scheduled for the engine's next deadline. */
  private void arm(boolean afterTick) {
    long deadline = engine.nextDeadline();
    if (deadline == Long.MAX_VALUE || (timer != null && timerAt <= deadline)) {
      return;
    }
    if (timer != null) {
      timer.cancel(false);
    }
    long delay = deadline - now();
    // Right after a tick the engine has moved its deadlines past now; if one still is not,
    // wait a millisecond rather than spin.
    timer = loop.after(afterTick ? Math.max(1, delay) : Math.max(0, delay), this::tick);
    timerAt = timer == null ? Long.MAX_VALUE : deadline;
  }

  private void log(GossipEvent e) {
    if (e instanceof GossipEvent.Joined j) {
      LOG.log(Level.INFO, "[{0}][member {1}] Alive (SWIM)", node, j.member().address());
    } else if (e instanceof GossipEvent.Suspected s) {
      LOG.log(Level.INFO, "[{0}][member {1}] Suspect (SWIM, accused by {2})", node,
          s.member().address(), s.accuser());
    } else if (e instanceof GossipEvent.Failed f) {
      LOG.log(Level.WARNING, "[{0}][member {1}] Failed (SWIM)", node, f.member().address());
    } else if (e instanceof GossipEvent.Left l) {
      LOG.log(Level.INFO, "[{0}][member {1}] Left (SWIM)", node, l.member().address());
    } else if (e instanceof GossipEvent.Recovered r) {
      LOG.log(Level.INFO, "[{0}][member {1}] Alive again (SWIM, was {2})", node,
          r.member().address(), r.previous());
    } else if (e instanceof GossipEvent.Refuted r) {
      LOG.log(Level.INFO, "[{0}][member self] Refuted a suspicion (SWIM, incarnation {1})",
          node, r.incarnation());
    }
  }
}
