package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Full-state exchanges: the join through seeds (retried every probe interval until a seed
 * answers), the periodic push-pull with one random member that repairs whatever gossip
 * missed, and Serf's reconnect, which now and then pushes to a failed member so the two sides
 * of a healed partition find each other again.
 */
final class StateSync {

  private final GossipConfig config;
  private final RandomGenerator random;
  private final MemberTable members;
  private final Outbox outbox;
  private final List<HostAndPort> seeds = new ArrayList<>();
  private long nextPushPullAt = Long.MAX_VALUE;
  private long joinRetryAt = Long.MAX_VALUE;

  StateSync(GossipConfig config, RandomGenerator random, MemberTable members, Outbox outbox) {
    this.config = config;
    this.random = random;
    this.members = members;
    this.outbox = outbox;
  }

  /** Schedules the first push-pull at a random point of the first interval. */
  void start(long now) {
    if (config.pushPullIntervalMillis() > 0) {
      nextPushPullAt = now + random.nextLong(config.pushPullIntervalMillis());
    }
  }

  /** Pushes this node's state to every seed but itself; see {@link GossipEngine#join}. */
  void join(long now, Collection<HostAndPort> seedAddresses) {
    seeds.clear();
    for (HostAndPort seed : seedAddresses) {
      if (!seed.equals(members.self().hostAndPort())) {
        seeds.add(seed);
      }
    }
    sendJoin(now);
  }

  void tick(long now) {
    if (now >= nextPushPullAt && !members.isLeaving()) {
      pushPull();
      nextPushPullAt = now + config.pushPullIntervalMillisFor(members.liveCount());
    }
    if (now >= joinRetryAt) {
      sendJoin(now);
    }
  }

  long nextDeadline() {
    return members.isLeaving() ? joinRetryAt : Math.min(nextPushPullAt, joinRetryAt);
  }

  /** Stops joining (this node is leaving). */
  void stop() {
    joinRetryAt = Long.MAX_VALUE;
  }

  void onPushPull(long now, HostAndPort from, GossipMessage.PushPull pp) {
    members.merge(now, pp.members(), pp.sender());
    if (!pp.reply()) {
      outbox.send(from, new GossipMessage.PushPull(members.self().address(), false, true,
          members.directory().snapshot()));
    } else if (joinRetryAt != Long.MAX_VALUE) {
      joinRetryAt = Long.MAX_VALUE; // a seed answered: joined
    }
  }

  private void sendJoin(long now) {
    if (seeds.isEmpty() || members.isLeaving()) {
      joinRetryAt = Long.MAX_VALUE;
      return;
    }
    List<MemberInfo> state = members.directory().snapshot();
    for (HostAndPort seed : seeds) {
      outbox.send(seed, new GossipMessage.PushPull(members.self().address(), true, false, state));
    }
    joinRetryAt = now + config.probeIntervalMillis();
  }

  private void pushPull() {
    List<MemberState> peer = members.randomMembers(1, s -> s.status() == SwimStatus.ALIVE);
    if (!peer.isEmpty()) {
      push(peer.get(0));
    }
    // A failed member may be alive behind a healed partition. Trying one with probability
    // failed / live keeps the cost flat when many have really failed.
    int dead = members.directory().deadCount();
    if (dead > 0 && random.nextDouble() * members.liveCount() < dead) {
      List<MemberState> failed = members.randomMembers(1, s -> s.status() == SwimStatus.DEAD);
      if (!failed.isEmpty()) {
        push(failed.get(0));
      }
    }
  }

  private void push(MemberState to) {
    outbox.send(to.info.hostAndPort(), new GossipMessage.PushPull(members.self().address(),
        false, false, members.directory().snapshot()));
  }
}
