package io.skein.transport.membership;

import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.lifecycle.ReachabilityStatus;
import io.skein.membership.member.Member;
import io.skein.membership.member.UniqueAddress;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lines operators read ({@code SKEIN PEERS}, {@code SKEIN MEMBERS},
 * {@code /cluster_describe}): one per data-plane peer and one per member, fields separated by
 * one space, so scripts can split them.
 *
 * <p>Peers, in index order, the local peer included:
 * {@code <name> <host:peerport> <dc> <rack> <state> <phi>}, where name is {@code node-<index>}
 * (the peer's index in this node's pool, the same number {@code SKEIN RING} prints), state is
 * {@code Normal}, {@code Down}, {@code Joining} or {@code Leaving}, and phi has one decimal
 * ({@code 0.0} for the local peer and for a peer never heard from).
 *
 * <p>Members, in address order: {@code <host:port#uid> <status> <reachability> <up-number>}
 * and {@code leader} after the leader's line; reachability is {@code reachable},
 * {@code unreachable} or {@code terminated} (the worst any observer says), up number {@code -}
 * for a member never Up.
 */
final class OperatorViews {

  private OperatorViews() {}

  static List<String> peerLines(ServerPool pool, GossipHandler handler, long nowMillis) {
    List<String> lines = new ArrayList<>();
    for (Peer peer : pool.peers()) {
      double phi = peer.isLocal() ? 0.0 : handler.phi(peer.index(), nowMillis).orElse(0.0);
      lines.add("node-" + peer.index() + " " + peer.endpoint() + " " + peer.dc() + " "
          + peer.rack() + " " + stateName(pool.state(peer.index())) + " " + phi(phi));
    }
    return lines;
  }

  static List<String> memberLines(MembershipState state) {
    Optional<UniqueAddress> leader = state.leader();
    List<String> lines = new ArrayList<>();
    for (Member m : state.members()) {
      UniqueAddress a = m.uniqueAddress();
      ReachabilityStatus reach = a.equals(state.self()) ? ReachabilityStatus.REACHABLE
          : state.effectiveReachability().status(a);
      lines.add(a + " " + m.status().displayName() + " " + reach.name().toLowerCase(Locale.ROOT)
          + " " + (m.upNumber() == Member.NOT_UP ? "-" : Integer.toString(m.upNumber()))
          + (leader.filter(a::equals).isPresent() ? " leader" : ""));
    }
    return lines;
  }

  /** {@code NORMAL} as operators read it: {@code Normal}. */
  static String stateName(PeerState state) {
    String name = state.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Phi with one decimal, whatever the locale. */
  static String phi(double phi) {
    return String.format(Locale.ROOT, "%.1f", phi);
  }
}
