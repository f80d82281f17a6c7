package io.skein.membership.lifecycle;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One node's view of the cluster: the {@link Gossip} it holds, read from the point of view of
 * {@code self}. This is what the split-brain resolver, the leader and the event diff read.
 *
 * <h2>Convergence (Akka's rule)</h2>
 * The state is converged when
 * <ol>
 *   <li>every member that is Up or Leaving has seen this version, and</li>
 *   <li>every member that some observer holds unreachable is Down or Exiting (observations made
 *       by Down members do not count; this node's own unreachability does not count).</li>
 * </ol>
 * Joining and WeaklyUp members need not have seen the version: a joiner that dies before it
 * hears the welcome must not block the cluster, and the leader moves it Up without its vote.
 * Down and Exiting members are on their way out and may already be gone.
 *
 * <p>Immutable.
 *
 * @param self this node
 * @param gossip the state it holds
 */
public record MembershipState(UniqueAddress self, Gossip gossip) {

  /** Statuses whose members must have seen a version for it to be converged. */
  static final Set<MemberStatus> CONVERGENCE_STATUSES = EnumSet.of(MemberStatus.UP,
      MemberStatus.LEAVING);

  /** Statuses whose unreachable members do not block convergence. */
  static final Set<MemberStatus> SKIP_UNREACHABLE = EnumSet.of(MemberStatus.DOWN,
      MemberStatus.EXITING);

  public MembershipState {
    if (self == null || gossip == null) {
      throw new IllegalArgumentException("membership state: self and gossip are required");
    }
  }

  /** The view of a node that is in no cluster yet. */
  public static MembershipState empty(UniqueAddress self) {
    return new MembershipState(self, Gossip.empty());
  }

  /** The members in address order. */
  public List<Member> members() {
    return gossip.memberList();
  }

  public Optional<Member> member(UniqueAddress node) {
    return gossip.member(node);
  }

  /** This node's own member entry; empty before it joined and after it was removed. */
  public Optional<Member> selfMember() {
    return gossip.member(self);
  }

  public Reachability reachability() {
    return gossip.reachability();
  }

  public Set<UniqueAddress> seen() {
    return gossip.overview().seen();
  }

  public VectorClock version() {
    return gossip.version();
  }

  /** This view holding another gossip. */
  public MembershipState with(Gossip next) {
    return new MembershipState(self, next);
  }

  /** Reachability without the observations of Down members: a downed node's doubts are moot. */
  public Reachability effectiveReachability() {
    List<UniqueAddress> down = new ArrayList<>();
    for (Member m : gossip.members().values()) {
      if (m.status() == MemberStatus.DOWN) {
        down.add(m.uniqueAddress());
      }
    }
    return down.isEmpty() ? reachability() : reachability().withoutObservers(down);
  }

  /** Whether no (non-Down) observer holds {@code node} unreachable; this node always reaches itself. */
  public boolean isReachable(UniqueAddress node) {
    return node.equals(self) || effectiveReachability().isReachable(node);
  }

  /** Members that some (non-Down) observer holds unreachable, in address order, without self. */
  public List<Member> unreachableMembers() {
    List<Member> out = new ArrayList<>();
    for (UniqueAddress node : effectiveReachability().allUnreachableOrTerminated()) {
      if (!node.equals(self)) {
        gossip.member(node).ifPresent(out::add);
      }
    }
    return out;
  }

  /** See the class comment. False while this node is not a member. */
  public boolean isConverged() {
    if (!gossip.hasMember(self)) {
      return false;
    }
    for (Member m : unreachableMembers()) {
      if (!SKIP_UNREACHABLE.contains(m.status())) {
        return false;
      }
    }
    for (Member m : gossip.members().values()) {
      if (CONVERGENCE_STATUSES.contains(m.status()) && !gossip.seenByNode(m.uniqueAddress())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every reachable Up or Leaving member has seen this version. Weaker than convergence:
   * unreachable members may not have seen it. Enough to remove a Down member, whose tombstone
   * wins over any older gossip an unreachable member might bring back.
   */
  public boolean isSeenByAllReachable() {
    if (!gossip.hasMember(self)) {
      return false;
    }
    Reachability reachability = effectiveReachability();
    for (Member m : gossip.members().values()) {
      UniqueAddress a = m.uniqueAddress();
      boolean reachable = a.equals(self) || reachability.isReachable(a);
      if (CONVERGENCE_STATUSES.contains(m.status()) && reachable && !gossip.seenByNode(a)) {
        return false;
      }
    }
    return true;
  }

  /** The leader of this view; see {@link LeaderElection#electLeader}. */
  public Optional<UniqueAddress> leader() {
    return LeaderElection.electLeader(this);
  }

  /** Whether this node is the leader of its own view. */
  public boolean isLeader() {
    return leader().filter(self::equals).isPresent();
  }

  /** The highest up number in use; 0 when no member was ever made Up. */
  public int highestUpNumber() {
    int max = 0;
    for (Member m : gossip.members().values()) {
      if (m.upNumber() != Member.NOT_UP) {
        max = Math.max(max, m.upNumber());
      }
    }
    return max;
  }

  @Override
  public String toString() {
    return "MembershipState[self=" + self + ", members=" + members() + ", seen=" + seen()
        + ", unreachable=" + reachability().allUnreachableOrTerminated() + ", " + version() + "]";
  }
}
