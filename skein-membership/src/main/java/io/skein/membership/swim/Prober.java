package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * SWIM's failure detector, one probe at a time: ping the next member; after the probe timeout
 * ask k others to ping it (Lifeguard: and to say so if they hear nothing); if no ack has come by
 * the end of the probe interval, suspect the member. Also relays indirect probes for others.
 * Interval and timeout are scaled by the local health score.
 */
final class Prober {

  private final GossipConfig config;
  private final RandomGenerator random;
  private final MemberTable members;
  private final BroadcastQueue broadcasts;
  private final Awareness awareness;
  private final Outbox outbox;
  private final Map<Long, Relay> relays = new HashMap<>();
  private long nextSeq = 1;
  private long nextProbeAt;
  private Probe pending;

  Prober(GossipConfig config, RandomGenerator random, MemberTable members,
      Awareness awareness, Outbox outbox) {
    this.config = config;
    this.random = random;
    this.members = members;
    this.broadcasts = members.broadcasts();
    this.awareness = awareness;
    this.outbox = outbox;
  }

  /** Schedules the first probe at a random point of the first interval. */
  void start(long now) {
    nextProbeAt = now + random.nextLong(config.probeIntervalMillis());
  }

  void tick(long now) {
    expireRelays(now);
    if (pending != null && !pending.indirectSent && now >= pending.indirectAt) {
      probeIndirectly();
    }
    if (pending != null && now >= pending.deadline) {
      fail(now);
    }
    if (pending == null && !members.isLeaving() && now >= nextProbeAt) {
      probe(now);
    }
  }

  /** The earliest time {@link #tick} has work. */
  long nextDeadline() {
    long next = Long.MAX_VALUE;
    if (pending != null) {
      next = pending.indirectSent ? pending.deadline : pending.indirectAt;
    } else if (!members.isLeaving()) {
      next = nextProbeAt;
    }
    for (Relay r : relays.values()) {
      next = Math.min(next, Math.min(r.nackAt, r.expiresAt));
    }
    return next;
  }

  /**
   * After a local pause of {@code millis}: moves the probe in flight and the relays later by the
   * pause, and at least to {@code resumeAt}, keeping the probe's phases apart.
   */
  void pause(long millis, long resumeAt) {
    if (pending != null) {
      long due = pending.indirectSent ? pending.deadline : pending.indirectAt;
      long shift = Math.max(millis, resumeAt - due);
      pending.indirectAt += shift;
      pending.deadline += shift;
    }
    for (Relay r : relays.values()) {
      long shift = Math.max(millis, resumeAt - Math.min(r.nackAt, r.expiresAt));
      r.nackAt = r.nackAt == Long.MAX_VALUE ? r.nackAt : r.nackAt + shift;
      r.expiresAt += shift;
    }
  }

  /** Stops probing (this node is leaving); relays still answer. */
  void stop() {
    pending = null;
  }

  /**
   * Answers a ping meant for this node. {@code corrections} (newer claims about members the
   * ping accused at an old incarnation, this node included) go first in the ack, so a prober
   * that missed a refutation learns it before its suspicion runs out.
   */
  void onPing(HostAndPort from, GossipMessage.Ping ping, List<NodeUpdate> corrections) {
    if (!ping.target().equals(self())) {
      return;
    }
    List<NodeUpdate> updates = broadcasts.take();
    if (!corrections.isEmpty()) {
      List<NodeUpdate> withCorrections = new ArrayList<>(corrections.size() + updates.size());
      withCorrections.addAll(corrections);
      withCorrections.addAll(updates);
      updates = withCorrections;
    }
    outbox.send(from, new GossipMessage.Ack(self(), ping.seq(), updates));
  }

  void onPingReq(long now, HostAndPort from, GossipMessage.PingReq req) {
    long seq = nextSeq++;
    // The requester sent this a probe timeout into its probe and decides at the end of the
    // interval: a nack is only worth sending if it arrives before that, so it goes out at 80%
    // of the window that remains (Lifeguard, §4.1, nacks at 80% of the timeout). An ack that
    // comes later is still forwarded until the window closes.
    long window = config.probeIntervalMillis() - config.probeTimeoutMillis();
    long nackAt = now + Math.min(config.probeTimeoutMillis(), window) * 4 / 5;
    relays.put(seq, new Relay(from, req.seq(), req.wantNack() ? nackAt : Long.MAX_VALUE,
        now + window));
    outbox.send(req.target().address(),
        new GossipMessage.Ping(self(), seq, req.target(), broadcasts.take()));
  }

  void onAck(long now, GossipMessage.Ack ack) {
    if (pending != null && ack.seq() == pending.seq) {
      boolean direct = ack.sender().equals(pending.target);
      outbox.emit(new GossipEvent.AckReceived(pending.target, now - pending.sentAt, direct));
      awareness.apply(-1);
      pending = null;
      return;
    }
    Relay relay = relays.remove(ack.seq());
    if (relay != null) {
      outbox.send(relay.requester, new GossipMessage.Ack(self(), relay.requesterSeq,
          broadcasts.take()));
    }
  }

  void onNack(GossipMessage.Nack nack) {
    if (pending != null && nack.seq() == pending.seq) {
      pending.nacks++;
    }
  }

  private void probe(long now) {
    long interval = awareness.scale(config.probeIntervalMillis());
    nextProbeAt = now + interval;
    UniqueAddress target = members.directory().nextProbeTarget(now);
    if (target == null) {
      return;
    }
    MemberInfo info = members.state(target).info;
    pending = new Probe(nextSeq++, target, now,
        now + awareness.scale(config.probeTimeoutMillis()), now + interval);
    List<NodeUpdate> updates = broadcasts.take();
    if (config.lifeguard() && info.status() == SwimStatus.SUSPECT) {
      // Tell the suspect to its face, so it can refute even if gossip has not reached it.
      List<NodeUpdate> withSuspicion = new ArrayList<>(updates.size() + 1);
      withSuspicion.add(new NodeUpdate(info, self()));
      withSuspicion.addAll(updates);
      updates = withSuspicion;
    }
    outbox.send(target.address(), new GossipMessage.Ping(self(), pending.seq, target, updates));
  }

  private void probeIndirectly() {
    Probe p = pending;
    p.indirectSent = true;
    List<MemberState> peers = members.randomMembers(config.indirectChecks(),
        s -> s.status() == SwimStatus.ALIVE && !s.info.address().equals(p.target));
    for (MemberState peer : peers) {
      outbox.send(peer.info.hostAndPort(), new GossipMessage.PingReq(
          self(), p.seq, p.target, config.lifeguard(), broadcasts.take()));
    }
    p.expectedNacks = config.lifeguard() ? peers.size() : 0;
    if (config.fallbackPing()) {
      // A second direct try: with independent loss, the direct route fails twice far less often
      // than once, and its ack carries the same sequence number.
      outbox.send(p.target.address(), new GossipMessage.Ping(self(), p.seq, p.target,
          broadcasts.take()));
    }
  }

  private void fail(long now) {
    Probe p = pending;
    pending = null;
    // Missing nacks mean this node's own links are failing, so it should trust itself less;
    // with no one to nack, any failed probe counts against local health.
    awareness.apply(p.expectedNacks > 0 ? p.expectedNacks - p.nacks : 1);
    MemberState s = members.state(p.target);
    if (s == null || !s.isLive()) {
      return;
    }
    members.suspect(now, s.info.withStatus(SwimStatus.SUSPECT), self());
  }

  private void expireRelays(long now) {
    if (relays.isEmpty()) {
      return;
    }
    for (Iterator<Relay> it = relays.values().iterator(); it.hasNext(); ) {
      Relay r = it.next();
      if (r.nackAt <= now) {
        r.nackAt = Long.MAX_VALUE;
        outbox.send(r.requester, new GossipMessage.Nack(self(), r.requesterSeq,
            broadcasts.take()));
      }
      if (r.expiresAt <= now) {
        it.remove();
      }
    }
  }

  private UniqueAddress self() {
    return members.self().address();
  }

  /** The probe in flight. */
  private static final class Probe {
    final long seq;
    final UniqueAddress target;
    final long sentAt;
    long indirectAt;
    long deadline;
    boolean indirectSent;
    int expectedNacks;
    int nacks;

    Probe(long seq, UniqueAddress target, long sentAt, long indirectAt, long deadline) {
      this.seq = seq;
      this.target = target;
      this.sentAt = sentAt;
      this.indirectAt = indirectAt;
      this.deadline = deadline;
    }
  }

  /** An indirect probe this node runs for another member. */
  private static final class Relay {
    final HostAndPort requester;
    final long requesterSeq;
    /** When to nack if no ack has come; {@link Long#MAX_VALUE} once sent or not wanted. */
    long nackAt;
    long expiresAt;

    Relay(HostAndPort requester, long requesterSeq, long nackAt, long expiresAt) {
      this.requester = requester;
      this.requesterSeq = requesterSeq;
      this.nackAt = nackAt;
      this.expiresAt = expiresAt;
    }
  }
}
