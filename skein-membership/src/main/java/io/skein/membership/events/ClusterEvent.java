package io.skein.membership.events;

import io.skein.membership.member.Member;
import io.skein.membership.member.UniqueAddress;
import java.util.Optional;

/**
 * Everything the cluster tells its subscribers. Peer events come from the data plane's failure
 * detector (GossipHandler: a peer is routable or not); member events come from the lifecycle
 * (who is in the cluster and in which status).
 */
public sealed interface ClusterEvent {

  /** A peer of the data plane became routable again ({@code pname} is {@code host:port}). */
  record PeerUp(String pname) implements ClusterEvent {}

  /** A peer of the data plane is no longer routed to. */
  record PeerDown(String pname) implements ClusterEvent {}

  /** A node asked to join and is Joining. */
  record MemberJoined(Member member) implements ClusterEvent {}

  /** A joining node was made WeaklyUp while convergence was blocked. */
  record MemberWeaklyUp(Member member) implements ClusterEvent {}

  /** A member became Up. */
  record MemberUp(Member member) implements ClusterEvent {}

  /** A member announced it is leaving. */
  record MemberLeft(Member member) implements ClusterEvent {}

  /** A leaving member was moved to Exiting by the leader. */
  record MemberExited(Member member) implements ClusterEvent {}

  /** A member was marked Down (by an operator or the split-brain resolver). */
  record MemberDowned(Member member) implements ClusterEvent {}

  /** A member was removed; {@code previousStatus} is Exiting or Down. */
  record MemberRemoved(Member member,
      io.skein.membership.member.MemberStatus previousStatus) implements ClusterEvent {}

  /** Some observer cannot reach this member. */
  record Unreachable(Member member) implements ClusterEvent {}

  /** Every observer reaches this member again. */
  record Reachable(Member member) implements ClusterEvent {}

  /** The leader changed; empty when no member can lead. */
  record LeaderChanged(Optional<UniqueAddress> leader) implements ClusterEvent {}
}
