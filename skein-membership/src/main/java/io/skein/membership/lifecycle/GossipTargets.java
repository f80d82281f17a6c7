package io.skein.membership.lifecycle;

import io.skein.membership.member.Member;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Whom to gossip with. Akka's rule: candidates are the members this node itself reaches (its own
 * failure detector's word, not the cluster's); with probability {@code differentViewProbability}
 * pick among those that have not seen the current version, so news spreads fast, otherwise among
 * all, so a peer that missed a round is refreshed.
 */
public final class GossipTargets {

  private GossipTargets() {}

  /** A target for this round, or empty when this node reaches no other member. */
  public static Optional<UniqueAddress> choose(
      MembershipState state, RandomGenerator random, double differentViewProbability) {
    UniqueAddress self = state.self();
    List<UniqueAddress> all = new ArrayList<>();
    List<UniqueAddress> unseen = new ArrayList<>();
    for (Member m : state.members()) {
      UniqueAddress a = m.uniqueAddress();
      if (a.equals(self) || !state.reachability().isReachable(self, a)) {
        continue;
      }
      all.add(a);
      if (!state.gossip().seenByNode(a)) {
        unseen.add(a);
      }
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    boolean preferUnseen = random.nextDouble() < differentViewProbability;
    List<UniqueAddress> pool = preferUnseen && !unseen.isEmpty() ? unseen : all;
    return Optional.of(pool.get(random.nextInt(pool.size())));
  }

  /**
   * This round's message: a {@link GossipPdu.GossipStatus} to a target that has seen the current
   * version (it only needs to compare), the full {@link GossipPdu.GossipEnvelope} otherwise.
   */
  public static Optional<MembershipOutput.Outbound> roundMessage(
      MembershipState state, RandomGenerator random, double differentViewProbability) {
    return choose(state, random, differentViewProbability).map(t -> {
      Gossip g = state.gossip();
      GossipPdu pdu = g.seenByNode(t)
          ? new GossipPdu.GossipStatus(state.self(), g.version(), g.seenDigest())
          : new GossipPdu.GossipEnvelope(state.self(), t, g);
      return new MembershipOutput.Outbound(t.address(), pdu);
    });
  }

  /**
   * Round-robin choice: the peer at {@code cursor} (modulo the list without {@code self}), for
   * drivers that want a fixed rotation rather than a random draw.
   */
  public static <T> Optional<T> pickGossipTarget(List<T> peers, long cursor, T self) {
    List<T> others = new ArrayList<>(peers.size());
    for (T p : peers) {
      if (!p.equals(self)) {
        others.add(p);
      }
    }
    if (others.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(others.get((int) Math.floorMod(cursor, (long) others.size())));
  }
}
