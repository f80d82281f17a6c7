package io.skein.transport.membership;

import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.lifecycle.ReachabilityStatus;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.SwimStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns this node's failure detectors into its row of the lifecycle's reachability table. SWIM
 * and the lifecycle name a member by the same {@link UniqueAddress} (see {@link NodeIdentity}),
 * so the mapping is the identity; a member only the lifecycle knows is reachable until a
 * detector says otherwise.
 *
 * <p>A member is unreachable from here when either detector says so:
 * <ul>
 *   <li>SWIM has that incarnation Suspect or Dead (a probe and the indirect probes failed);</li>
 *   <li>or this node's own phi detector for the peer at that address is above its threshold
 *       (no direct message for seconds). This is Akka's definition of reachability, and it
 *       matters for two reasons: every node heartbeats every peer each second, so all members
 *       of the other side of a partition cross the threshold within about a second of each
 *       other, where SWIM suspects them one probe at a time (and slower still once Lifeguard
 *       has raised a cut-off node's probe interval), which could let a resolver decide on a
 *       part of the other side; and a broken direct link shows as an observation even though
 *       SWIM's indirect probes still reach the member, which is what the resolver's
 *       indirect-connectivity rule needs;</li>
 *   <li>SWIM has it Left: unreachable once the lifecycle has it Exiting or Down, so the leader
 *       can remove a node that has stopped (an unreachable Exiting member blocks nothing), but
 *       not while it is still Leaving, which would block the convergence the leader needs to
 *       move it on; after {@code leftGrace} it is unreachable anyway, so a member that left
 *       without reaching Exiting is handed to the split-brain resolver instead of blocking
 *       forever. (A leaving or downed peer's phi detector is reset when it is marked Down, so
 *       it says nothing here.)</li>
 * </ul>
 * Reachable again takes both: SWIM Alive (or never known) and phi under the threshold.
 *
 * <p>SWIM forgets a dead member after its gossip-to-the-dead window; the bridge keeps the last
 * status it saw for each lifecycle member, so a forgotten member stays unreachable until SWIM
 * hears from it again or the lifecycle removes it.
 *
 * <p>The node applies the difference with {@code onReachability} whenever SWIM or the
 * lifecycle changed, and on every tick; applying it twice changes nothing. A TERMINATED record
 * is never undone. Not thread-safe: the node's thread owns it.
 */
final class ReachabilityBridge {

  /** One change to this node's reachability row. */
  record Change(UniqueAddress subject, boolean reachable) {}

  private final long leftGraceMillis;
  private final Map<UniqueAddress, Long> leftAt = new HashMap<>();
  private final Map<UniqueAddress, SwimStatus> lastSeen = new HashMap<>();

  ReachabilityBridge(long leftGraceMillis) {
    this.leftGraceMillis = leftGraceMillis;
  }

  /** SWIM reported {@code member} Left at {@code nowMillis}. */
  void left(UniqueAddress member, long nowMillis) {
    leftAt.putIfAbsent(member, nowMillis);
  }

  /**
   * The changes that bring {@code state}'s row of its own node in line with the detectors.
   *
   * @param swim SWIM's status of an incarnation, empty when SWIM does not know it
   * @param silent whether this node's phi detector holds the peer at that address silent
   * @param nowMillis SWIM's clock (the one {@link #left} was given)
   */
  List<Change> changes(MembershipState state, Function<UniqueAddress, Optional<SwimStatus>> swim,
      Predicate<UniqueAddress> silent, long nowMillis) {
    UniqueAddress self = state.self();
    Set<UniqueAddress> present = state.members().stream().map(Member::uniqueAddress)
        .collect(Collectors.toSet());
    leftAt.keySet().retainAll(present);
    lastSeen.keySet().retainAll(present);
    List<Change> out = new ArrayList<>();
    for (Member m : state.members()) {
      UniqueAddress subject = m.uniqueAddress();
      ReachabilityStatus current = state.reachability().status(self, subject);
      if (subject.equals(self) || current == ReachabilityStatus.TERMINATED) {
        continue;
      }
      Optional<SwimStatus> known = swim.apply(subject);
      known.ifPresent(status -> lastSeen.put(subject, status));
      Optional<SwimStatus> status = known.or(() -> Optional.ofNullable(lastSeen.get(subject)));
      boolean want = !(swimUnreachable(m, status, nowMillis) || silent.test(subject));
      boolean have = current == ReachabilityStatus.REACHABLE;
      if (want != have) {
        out.add(new Change(subject, want));
      }
    }
    return out;
  }

  private boolean swimUnreachable(Member m, Optional<SwimStatus> swim, long nowMillis) {
    if (swim.isEmpty()) {
      return false;
    }
    return switch (swim.get()) {
      case ALIVE -> false;
      case SUSPECT, DEAD -> true;
      case LEFT -> m.status() == MemberStatus.EXITING || m.status() == MemberStatus.DOWN
          || nowMillis - leftAt.getOrDefault(m.uniqueAddress(), nowMillis) >= leftGraceMillis;
    };
  }
}
