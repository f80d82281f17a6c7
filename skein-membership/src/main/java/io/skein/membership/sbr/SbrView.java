package io.skein.membership.sbr;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one node knows when the split-brain resolver runs: the members of its datacenter, which of
 * them it finds unreachable, and the reachability records behind that.
 *
 * <p>"Unreachable" is from this node's point of view: a member is unreachable when any observer
 * whose gossip this node sees has recorded it so. The members that are not unreachable form this
 * node's side of a partition.
 *
 * <p>Build one with {@link #of}, which keeps only this node's datacenter (Akka's rule: a resolver
 * never downs members of another datacenter), drops Removed members and derives the unreachable
 * set from the records.
 *
 * @param self this node
 * @param members the members of this node's datacenter in any status but Removed; self included
 * @param unreachable members this node finds unreachable (never self)
 * @param observations the reachability records between members (observer finds subject
 *     unreachable); used to find indirectly connected members
 * @param seenBy members that have seen this node's current gossip version; a member that is
 *     recorded unreachable yet has seen the current gossip is connected through a third member
 * @param leader the leader of this node's side: the first reachable Up or Leaving member in
 *     address order, or empty
 */
public record SbrView(
    UniqueAddress self,
    Set<Member> members,
    Set<UniqueAddress> unreachable,
    Set<UnreachableObservation> observations,
    Set<UniqueAddress> seenBy,
    Optional<UniqueAddress> leader) {

  public SbrView {
    if (self == null || leader == null) {
      throw new IllegalArgumentException("sbr view: self and leader are required");
    }
    members = Set.copyOf(members);
    unreachable = Set.copyOf(unreachable);
    observations = Set.copyOf(observations);
    seenBy = Set.copyOf(seenBy);
    Set<UniqueAddress> addresses = new HashSet<>();
    for (Member m : members) {
      if (!addresses.add(m.uniqueAddress())) {
        throw new IllegalArgumentException(
            "sbr view: member " + m.uniqueAddress() + " listed twice (expected: one per address)");
      }
    }
    if (!addresses.contains(self)) {
      throw new IllegalArgumentException(
          "sbr view: self " + self + " (expected: one of the members)");
    }
    if (unreachable.contains(self)) {
      throw new IllegalArgumentException(
          "sbr view: self " + self + " in the unreachable set (expected: other members only)");
    }
    for (UniqueAddress u : unreachable) {
      if (!addresses.contains(u)) {
        throw new IllegalArgumentException(
            "sbr view: unreachable " + u + " (expected: one of the members)");
      }
    }
  }

  /**
   * The view of {@code self}, from the lifecycle's state: members of self's datacenter except
   * Removed ones (self stays, so that a removed node learns it), the records between them, unreachable = every recorded subject but self, and
   * the leader by {@link #leaderOf}.
   *
   * @throws IllegalArgumentException if self is not among {@code members}
   */
  public static SbrView of(
      UniqueAddress self,
      Collection<Member> members,
      Set<UnreachableObservation> observations,
      Set<UniqueAddress> seenBy) {
    Member me = members.stream()
        .filter(m -> m.uniqueAddress().equals(self))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "sbr view: self " + self + " (expected: one of the members)"));
    Set<Member> local = members.stream()
        .filter(m -> m.dc().equals(me.dc()))
        .filter(m -> m.status() != MemberStatus.REMOVED || m.equals(me))
        .collect(Collectors.toSet());
    Set<UniqueAddress> addresses =
        local.stream().map(Member::uniqueAddress).collect(Collectors.toSet());
    Set<UnreachableObservation> records = observations.stream()
        .filter(o -> addresses.contains(o.observer()) && addresses.contains(o.subject()))
        .collect(Collectors.toSet());
    Set<UniqueAddress> unreachable = subjectsBut(self, records);
    return new SbrView(self, local, unreachable, records, seenBy, leaderOf(local, unreachable));
  }

  /** The first reachable Up or Leaving member in address order (the lifecycle's leader rule). */
  public static Optional<UniqueAddress> leaderOf(
      Collection<Member> members, Set<UniqueAddress> unreachable) {
    return members.stream()
        .filter(m -> m.status().isUpOrLeaving() && !unreachable.contains(m.uniqueAddress()))
        .map(Member::uniqueAddress)
        .sorted()
        .findFirst();
  }

  /** This node's own member record. */
  public Member selfMember() {
    return member(self).orElseThrow();
  }

  public Optional<Member> member(UniqueAddress address) {
    return members.stream().filter(m -> m.uniqueAddress().equals(address)).findFirst();
  }

  public boolean isUnreachable(UniqueAddress address) {
    return unreachable.contains(address);
  }

  /** Whether this node leads its side, and so executes the downing of other members. */
  public boolean selfIsLeader() {
    return leader.filter(self::equals).isPresent();
  }

  /**
   * Members a decision may mark Down: every member not already Down or Exiting (Joining and
   * WeaklyUp included: they are downed with their side even though they are not counted).
   */
  public Set<UniqueAddress> downable() {
    return members.stream()
        .filter(m -> m.status() != MemberStatus.DOWN && m.status() != MemberStatus.EXITING)
        .map(Member::uniqueAddress)
        .collect(Collectors.toSet());
  }

  /** This view with other records, the unreachable set derived from them as in {@link #of}. */
  public SbrView withObservations(Set<UnreachableObservation> records) {
    return new SbrView(self, members, subjectsBut(self, records), records, seenBy, leader);
  }

  private static Set<UniqueAddress> subjectsBut(
      UniqueAddress self, Set<UnreachableObservation> records) {
    return records.stream()
        .map(UnreachableObservation::subject)
        .filter(s -> !s.equals(self))
        .collect(Collectors.toSet());
  }
}
