package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Who this node knows and what it believes about them: applies claims by SWIM's precedence
 * ({@link MemberInfo#overrides}), runs suspicion timers, refutes claims about this node, queues
 * what changed for gossip and emits the events. This is memberlist's {@code aliveNode},
 * {@code suspectNode} and {@code deadNode}.
 */
final class MemberTable {

  /** How many members, in expectation, probe a suspect at once when they hear of it. */
  private static final int CONFIRMING_PROBERS = 8;

  private final GossipConfig config;
  private final UniqueAddress self;
  private final MemberDirectory directory;
  private final MemberState selfState;
  private final SuspicionTimers timers;
  private final List<NodeUpdate> corrections = new ArrayList<>();
  private final BroadcastQueue broadcasts;
  private final Awareness awareness;
  private final Outbox outbox;
  private final RandomGenerator random;
  private boolean leaving;
  private boolean urgent;

  MemberTable(GossipConfig config, RandomGenerator random, MemberInfo self,
      Awareness awareness, Outbox outbox) {
    this.config = config;
    this.self = self.address();
    this.awareness = awareness;
    this.outbox = outbox;
    this.random = random;
    this.timers = new SuspicionTimers(config);
    this.directory = new MemberDirectory(config, random);
    this.broadcasts = new BroadcastQueue(
        config.retransmitMult(), config.maxUpdatesPerMessage(), directory::liveCount);
    this.selfState = directory.add(self.withStatus(SwimStatus.ALIVE), 0, false);
    broadcasts.add(new NodeUpdate(selfState.info, this.self));
  }

  BroadcastQueue broadcasts() {
    return broadcasts;
  }

  MemberInfo self() {
    return selfState.info;
  }

  boolean isLeaving() {
    return leaving;
  }

  /** Members not Dead or Left, this node included: N in SWIM's formulas. */
  int liveCount() {
    return directory.liveCount();
  }

  MemberState state(UniqueAddress member) {
    return directory.get(member);
  }

  /** The members themselves: lookups, counts, the probe order, snapshots. */
  MemberDirectory directory() {
    return directory;
  }

  /** Up to {@code k} distinct random members other than this node that {@code accept} takes. */
  List<MemberState> randomMembers(int k, Predicate<MemberState> accept) {
    return directory.random(k, s -> s != selfState && accept.test(s));
  }

  /**
   * What this node knows that is newer than the stale accusations it received since the last
   * call (the current Alive claims of the accused), at most {@code max}; empties the list.
   */
  List<NodeUpdate> takeCorrections(int max) {
    if (corrections.isEmpty()) {
      return List.of();
    }
    List<NodeUpdate> out = List.copyOf(corrections.subList(0, Math.min(max, corrections.size())));
    corrections.clear();
    return out;
  }

  /**
   * Whether this node originated news since the last call (its own suspicion, confirmation,
   * verdict or refutation) that eager spread gossips at once; clears the flag.
   */
  boolean takeUrgent() {
    boolean was = urgent;
    urgent = false;
    return was;
  }

  /** Applies one piggybacked update. */
  void apply(long now, NodeUpdate update) {
    MemberInfo claim = update.member();
    switch (claim.status()) {
      case ALIVE -> alive(now, claim);
      case SUSPECT -> suspect(now, claim, update.from());
      case DEAD, LEFT -> dead(now, claim, update.from());
    }
  }

  /**
   * Merges a push-pull state. A remote Dead becomes a Suspect here, with the sender as accuser:
   * one node's verdict is a reason to start this node's own timer, not to skip it.
   */
  void merge(long now, List<MemberInfo> remote, UniqueAddress sender) {
    for (MemberInfo claim : remote) {
      switch (claim.status()) {
        case ALIVE -> alive(now, claim);
        case LEFT -> dead(now, claim, claim.address());
        case SUSPECT, DEAD -> suspect(now, claim.withStatus(SwimStatus.SUSPECT), sender);
      }
    }
  }

  void alive(long now, MemberInfo claim) {
    if (claim.address().equals(self)) {
      MemberInfo me = selfState.info;
      if (!leaving && claim.incarnation() >= me.incarnation() && !claim.equals(me)) {
        refute(claim.incarnation(), null); // someone speaks for us: outbid it
      }
      return;
    }
    MemberState s = directory.get(claim.address());
    MemberInfo current = s == null ? null : s.info;
    if (!claim.overrides(current)) {
      return;
    }
    // Only a member raises its own incarnation, and only to refute: such news goes first.
    boolean refutation = current != null && claim.incarnation() > current.incarnation();
    broadcasts.add(new NodeUpdate(claim, claim.address()), refutation);
    if (s == null) {
      directory.add(claim, now, true);
      outbox.emit(new GossipEvent.Joined(claim));
      return;
    }
    SwimStatus previous = current.status();
    change(s, claim, now);
    if (previous != SwimStatus.ALIVE) {
      outbox.emit(new GossipEvent.Recovered(claim, previous));
    }
  }

  /**
   * The state of the member {@code claim} accuses, or null when there is nothing to apply: an
   * unknown member, an accusation older than what is held (answered with the newer claim), or
   * one about this node (refuted unless it is leaving).
   */
  private MemberState accused(MemberInfo claim, UniqueAddress accuser) {
    MemberState s = directory.get(claim.address());
    if (s == null) {
      return null;
    }
    if (claim.incarnation() < s.info.incarnation()) {
      staleAccusation(s);
      return null;
    }
    if (s == selfState) {
      if (!leaving) {
        refute(claim.incarnation(), accuser);
      }
      return null;
    }
    return s;
  }

  void suspect(long now, MemberInfo claim, UniqueAddress accuser) {
    MemberState s = accused(claim, accuser);
    if (s == null) {
      return;
    }
    if (s.suspicion != null && claim.incarnation() == s.info.incarnation()) {
      // Already suspected: a new accuser is an independent confirmation that shortens the
      // timer; pass it on so other nodes' timers shrink as well.
      if (s.suspicion.confirm(accuser)) {
        broadcasts.add(new NodeUpdate(s.info, accuser));
        urgent |= accuser.equals(self);
      }
      return;
    }
    // A suspicion at a higher incarnation than the one held here means the member refuted the
    // old one (this node missed it) and is suspected again: a new suspicion with its own timer,
    // never a confirmation that would let the old, long-running timer fire at once.
    MemberInfo next = s.info.with(SwimStatus.SUSPECT, claim.incarnation());
    if (!next.overrides(s.info)) {
      return;
    }
    change(s, next, now);
    timers.open(s, accuser, now, directory.liveCount());
    broadcasts.add(new NodeUpdate(next, accuser));
    outbox.emit(new GossipEvent.Suspected(next, accuser));
    if (accuser.equals(self)) {
      urgent = true;
    } else if (config.eagerSpread() && random.nextInt(Math.max(1, liveCount() - 2))
        < CONFIRMING_PROBERS) {
      // About CONFIRMING_PROBERS members check the suspect at their next probe instead of
      // whenever the round robin reaches it: their confirmations bring the timer down to its
      // minimum within a probe interval, or their pings carry the suspicion to a live suspect.
      directory.probeSoon(next.address());
    }
  }

  void dead(long now, MemberInfo claim, UniqueAddress from) {
    MemberState s = accused(claim, from);
    if (s == null) {
      return;
    }
    // Only a member declares itself Left; anyone else's verdict is a failure.
    SwimStatus status = claim.status() == SwimStatus.LEFT || from.equals(claim.address())
        ? SwimStatus.LEFT : SwimStatus.DEAD;
    MemberInfo next = s.info.with(status, claim.incarnation());
    if (!next.overrides(s.info)) {
      return;
    }
    change(s, next, now);
    broadcasts.add(new NodeUpdate(next, from));
    urgent |= from.equals(self);
    outbox.emit(status == SwimStatus.LEFT
        ? new GossipEvent.Left(next) : new GossipEvent.Failed(next));
  }

  /** Declares failed every suspect whose timer has run out. */
  void expireSuspicions(long now) {
    for (MemberState s : timers.due(now)) {
      dead(now, s.info.withStatus(SwimStatus.DEAD), self);
    }
  }

  /** The earliest suspicion deadline, or {@link Long#MAX_VALUE}. */
  long nextSuspicionDeadline() {
    return timers.nextDeadline();
  }

  /** After a local pause of {@code millis}: see {@link SuspicionTimers#pause}. */
  void pauseSuspicions(long millis, long resumeAt) {
    timers.pause(millis, resumeAt);
  }

  /** Marks this node Left and queues the news; no refutation from now on. */
  void leave() {
    leaving = true;
    MemberInfo left = selfState.info.withStatus(SwimStatus.LEFT);
    selfState.info = left;
    broadcasts.add(new NodeUpdate(left, self));
  }

  /**
   * An accusation older than what this node knows is still travelling: whoever sent it may hold
   * the old suspicion and time it out, so the sender is told the current claim directly (see
   * {@link #takeCorrections}); when the accused is this node, the current claim also goes back
   * into the gossip queue (unless still there).
   */
  private void staleAccusation(MemberState s) {
    if (s.status() != SwimStatus.ALIVE || (s == selfState && leaving)) {
      return;
    }
    NodeUpdate current = new NodeUpdate(s.info, s.info.address());
    if (!corrections.contains(current)) {
      corrections.add(current);
    }
    if (s == selfState) {
      NodeUpdate queued = broadcasts.queued(self);
      if (queued == null || !queued.member().equals(selfState.info)) {
        broadcasts.add(current);
      }
    }
  }

  /** Outbids an accusation at incarnation {@code accused}; tells {@code accuser} directly. */
  private void refute(long accused, UniqueAddress accuser) {
    long inc = Math.max(selfState.info.incarnation(), accused) + 1;
    selfState.info = selfState.info.with(SwimStatus.ALIVE, inc);
    awareness.apply(1);
    NodeUpdate refutation = new NodeUpdate(selfState.info, self);
    broadcasts.add(refutation, true);
    urgent = true;
    if (config.eagerSpread() && accuser != null && !accuser.equals(self)) {
      // The accuser's timer is the oldest: it must not wait for gossip to find it.
      outbox.send(accuser.address(), new GossipMessage.Gossip(self, List.of(refutation)));
    }
    outbox.emit(new GossipEvent.Refuted(inc));
  }

  private void change(MemberState s, MemberInfo next, long now) {
    directory.set(s, next, now);
    if (next.status() != SwimStatus.SUSPECT) {
      timers.close(s);
    }
  }
}
