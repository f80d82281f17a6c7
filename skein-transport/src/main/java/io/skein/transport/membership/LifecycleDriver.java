package io.skein.transport.membership;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.lifecycle.ClusterMembership;
import io.skein.membership.lifecycle.GossipPdu;
import io.skein.membership.lifecycle.MembershipOutput;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.lifecycle.MembershipOutput.Outbound;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@link ClusterMembership} on the node's thread: joins by the {@link SeedPlan}, ticks it,
 * feeds it messages and reachability verdicts, sends what it returns on the membership channel
 * and hands its events to the node. After every call it publishes the new view for readers on
 * other threads.
 *
 * <p>Time is wall-clock milliseconds ({@link Clock#millis()}): the lifecycle stamps tombstones
 * with it and those stamps travel to other nodes, whose clocks must agree with it roughly (a
 * skew only shifts the 24 h retention). Not thread-safe: the node's thread owns it, except
 * {@link #view()}.
 */
final class LifecycleDriver {

  /** Told after every call that produced events. */
  interface Listener {
    void afterLifecycle(List<ClusterEvent> events);
  }

  private final ClusterMembership membership;
  private final SeedPlan seeds;
  private final long seedJoinTimeoutMillis;
  private final PeerSender sender;
  private final Clock clock;
  private final Listener listener;
  private volatile MembershipState view;
  private long startedAt; // monotonic nanos: the seed timeout must not jump with the wall clock

  LifecycleDriver(ClusterMembership membership, SeedPlan seeds, long seedJoinTimeoutMillis,
      PeerSender sender, Clock clock, Listener listener) {
    this.membership = membership;
    this.seeds = seeds;
    this.seedJoinTimeoutMillis = seedJoinTimeoutMillis;
    this.sender = sender;
    this.clock = clock;
    this.listener = listener;
    this.view = membership.state();
  }

  void start() {
    startedAt = clock.nanos();
    tryToJoin();
  }

  /** The gossip round: while not in a cluster, another join attempt first. */
  void tick() {
    if (!membership.isMember() && !membership.isRemoved()) {
      tryToJoin();
    }
    handle(membership.tick(now()));
  }

  void onPdu(GossipPdu pdu) {
    handle(membership.onGossip(now(), pdu));
  }

  void reachability(UniqueAddress subject, boolean reachable) {
    handle(membership.onReachability(now(), subject, reachable));
  }

  void leave() {
    handle(membership.leave(now()));
  }

  void down(UniqueAddress member) {
    handle(membership.down(now(), member));
  }

  boolean isMember() {
    return membership.isMember();
  }

  /** This node's status, empty before it joined and after it was removed. */
  Optional<MemberStatus> selfStatus() {
    return membership.state().selfMember().map(Member::status);
  }

  /** The view after the latest call; any thread. */
  MembershipState view() {
    return view;
  }

  private void tryToJoin() {
    long now = now();
    long elapsedMillis = (clock.nanos() - startedAt) / 1_000_000;
    if (seeds.startsCluster(elapsedMillis, seedJoinTimeoutMillis)) {
      handle(membership.join(now, seeds.self()));
      return;
    }
    // Ask every other seed: whichever is in a cluster welcomes us; the others ignore it.
    for (HostAndPort seed : seeds.others()) {
      handle(membership.join(now, seed));
    }
  }

  private void handle(MembershipOutput output) {
    for (Outbound outbound : output.outbound()) {
      sender.membership(outbound);
    }
    view = membership.state();
    if (!output.events().isEmpty()) {
      listener.afterLifecycle(output.events());
    }
  }

  private long now() {
    return clock.millis();
  }
}
