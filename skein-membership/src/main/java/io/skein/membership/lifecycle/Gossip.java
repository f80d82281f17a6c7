package io.skein.membership.lifecycle;

import io.skein.membership.member.Member;
import io.skein.membership.member.UniqueAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The membership state as it travels between nodes: the members, who has seen this version and
 * who cannot reach whom, the version, and the tombstones of removed members.
 *
 * <p>The state is a CRDT: {@link #merge} is commutative, associative and idempotent, and it only
 * moves members forward in their life ({@link io.skein.membership.member.MemberStatus#precedence()}), so any two nodes that
 * have merged the same gossips hold the same members. Tombstones keep a removed member from being
 * brought back by an older gossip that still lists it; they are dropped after a retention period
 * ({@link #pruneTombstones}).
 *
 * <p>Immutable. Invariants (checked): the seen set and every reachability record name members only;
 * no member is tombstoned.
 *
 * @param members the members by address
 * @param overview the seen set and reachability
 * @param version the vector clock of this state
 * @param tombstones removed members and when (millis) they were removed
 */
public record Gossip(
    SortedMap<UniqueAddress, Member> members,
    GossipOverview overview,
    VectorClock version,
    SortedMap<UniqueAddress, Long> tombstones) {

  private static final Gossip EMPTY =
      new Gossip(new TreeMap<>(), GossipOverview.empty(), VectorClock.empty(), new TreeMap<>());

  public Gossip {
    TreeMap<UniqueAddress, Member> copy = new TreeMap<>();
    for (Map.Entry<UniqueAddress, Member> e : members.entrySet()) {
      if (!e.getKey().equals(e.getValue().uniqueAddress())) {
        throw new IllegalArgumentException("gossip member key: " + e.getKey()
            + " (expected: the member's address " + e.getValue().uniqueAddress() + ")");
      }
      if (tombstones.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "gossip member: " + e.getKey() + " is tombstoned (expected: removed members absent)");
      }
      copy.put(e.getKey(), e.getValue());
    }
    for (UniqueAddress s : overview.seen()) {
      requireMember(copy, s, "seen");
    }
    for (ReachabilityRecord r : overview.reachability().records()) {
      requireMember(copy, r.observer(), "reachability observer");
      requireMember(copy, r.subject(), "reachability subject");
    }
    members = Collections.unmodifiableSortedMap(copy);
    tombstones = Collections.unmodifiableSortedMap(new TreeMap<>(tombstones));
  }

  private static void requireMember(Map<UniqueAddress, Member> members, UniqueAddress a, String what) {
    if (!members.containsKey(a)) {
      throw new IllegalArgumentException("gossip " + what + ": " + a + " (expected: a member)");
    }
  }

  /** The state of a node that is in no cluster yet. */
  public static Gossip empty() {
    return EMPTY;
  }

  /** The vector clock key of a node. */
  public static String vclockKey(UniqueAddress node) {
    return node.toString();
  }

  public Optional<Member> member(UniqueAddress node) {
    return Optional.ofNullable(members.get(node));
  }

  public boolean hasMember(UniqueAddress node) {
    return members.containsKey(node);
  }

  public boolean isTombstoned(UniqueAddress node) {
    return tombstones.containsKey(node);
  }

  /** The members in address order. */
  public List<Member> memberList() {
    return List.copyOf(members.values());
  }

  public Reachability reachability() {
    return overview.reachability();
  }

  public boolean seenByNode(UniqueAddress node) {
    return overview.seen().contains(node);
  }

  /** This state with {@code member} added or replaced; the version is not touched. */
  public Gossip withMember(Member member) {
    TreeMap<UniqueAddress, Member> next = new TreeMap<>(members);
    next.put(member.uniqueAddress(), member);
    return new Gossip(next, overview, version, tombstones);
  }

  /** This state with another reachability table; the version is not touched. */
  public Gossip withReachability(Reachability reachability) {
    return new Gossip(members, new GossipOverview(overview.seen(), reachability), version,
        tombstones);
  }

  /**
   * The state after a change made by {@code self}: a new version that only {@code self} saw (or
   * nobody, when the change removed {@code self}, as the last leaving node does).
   */
  public Gossip changedBy(UniqueAddress self) {
    Set<UniqueAddress> seen = hasMember(self) ? Set.of(self) : Set.of();
    return new Gossip(members, new GossipOverview(seen, overview.reachability()),
        version.increment(vclockKey(self)), tombstones);
  }

  /** This version, also seen by {@code node}. */
  public Gossip seenBy(UniqueAddress node) {
    if (seenByNode(node) || !hasMember(node)) {
      return this;
    }
    Set<UniqueAddress> seen = new TreeSet<>(overview.seen());
    seen.add(node);
    return new Gossip(members, new GossipOverview(seen, overview.reachability()), version,
        tombstones);
  }

  /** This version, seen by everyone either copy says has seen it (the versions must be equal). */
  public Gossip mergeSeen(Gossip other) {
    Set<UniqueAddress> seen = new TreeSet<>(overview.seen());
    for (UniqueAddress a : other.overview.seen()) {
      if (hasMember(a)) {
        seen.add(a);
      }
    }
    return new Gossip(members, new GossipOverview(seen, overview.reachability()), version,
        tombstones);
  }

  /**
   * A 64-bit digest of the seen set, so a status message can tell "same version, but you know of
   * viewers I do not" without carrying the set (FNV-1a over the sorted addresses).
   */
  public long seenDigest() {
    long hash = 0xcbf29ce484222325L;
    for (UniqueAddress a : overview.seen()) {
      for (byte b : (a + "\n").getBytes(StandardCharsets.UTF_8)) {
        hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
      }
    }
    return hash;
  }

  /**
   * This state without {@code nodes}: they become tombstones (removed at {@code nowMillis}), and
   * their vector clock entries, seen marks and reachability records go. The version is not
   * touched; the caller records the change with {@link #changedBy}.
   */
  public Gossip removeMembers(Collection<UniqueAddress> nodes, long nowMillis) {
    TreeMap<UniqueAddress, Member> next = new TreeMap<>(members);
    TreeMap<UniqueAddress, Long> tombs = new TreeMap<>(tombstones);
    VectorClock clock = version;
    Set<UniqueAddress> seen = new TreeSet<>(overview.seen());
    for (UniqueAddress node : nodes) {
      next.remove(node);
      tombs.put(node, nowMillis);
      clock = clock.prune(vclockKey(node));
      seen.remove(node);
    }
    return new Gossip(next, new GossipOverview(seen, overview.reachability().remove(nodes)),
        clock, tombs);
  }

  /**
   * Two concurrent states as one: tombstones united, clocks merged (without removed members'
   * entries), each member at the furthest status either copy has (lower up number on a tie),
   * reachability rows by newest observer version. Nobody has seen the result yet.
   */
  public Gossip merge(Gossip that) {
    TreeMap<UniqueAddress, Long> tombs = new TreeMap<>(tombstones);
    that.tombstones.forEach((node, at) -> tombs.merge(node, at, Math::max));
    VectorClock clock = version.merge(that.version);
    for (UniqueAddress node : tombs.keySet()) {
      clock = clock.prune(vclockKey(node));
    }
    TreeMap<UniqueAddress, Member> merged = new TreeMap<>();
    for (Member m : members.values()) {
      merged.put(m.uniqueAddress(), m);
    }
    for (Member m : that.members.values()) {
      merged.merge(m.uniqueAddress(), m, Gossip::furthest);
    }
    merged.keySet().removeAll(tombs.keySet());
    Reachability reach = overview.reachability().merge(that.overview.reachability());
    List<UniqueAddress> strangers = new ArrayList<>();
    for (UniqueAddress observer : reach.versions().keySet()) {
      if (!merged.containsKey(observer)) {
        strangers.add(observer);
      }
    }
    for (ReachabilityRecord r : reach.records()) {
      if (!merged.containsKey(r.subject())) {
        strangers.add(r.subject());
      }
    }
    return new Gossip(merged, new GossipOverview(Set.of(), reach.remove(strangers)), clock, tombs);
  }

  /**
   * Of two views of one member, the one further along its life; on equal statuses the lower up
   * number. Symmetric, so every node merges to the same member.
   */
  static Member furthest(Member a, Member b) {
    Member winner = b.status().precedence() < a.status().precedence() ? b : a;
    int upNumber = Math.min(a.upNumber(), b.upNumber());
    if (winner.upNumber() == upNumber) {
      return winner;
    }
    return new Member(winner.uniqueAddress(), winner.status(), upNumber, winner.dc(),
        winner.rack(), winner.roles());
  }

  /** This state without tombstones older than {@code removedBeforeMillis}. */
  public Gossip pruneTombstones(long removedBeforeMillis) {
    TreeMap<UniqueAddress, Long> tombs = new TreeMap<>(tombstones);
    tombs.values().removeIf(at -> at < removedBeforeMillis);
    if (tombs.size() == tombstones.size()) {
      return this;
    }
    return new Gossip(members, overview, version, tombs);
  }
}
