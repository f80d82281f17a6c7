package io.skein.transport.membership;

import static io.skein.transport.membership.Fixtures.member;
import static io.skein.transport.membership.Fixtures.up;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.lifecycle.Gossip;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.SwimStatus;
import io.skein.transport.membership.ReachabilityBridge.Change;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReachabilityBridgeTest {

  static final long GRACE = 10_000;

  final ReachabilityBridge bridge = new ReachabilityBridge(GRACE);
  final Map<UniqueAddress, SwimStatus> swim = new HashMap<>();
  final Set<UniqueAddress> silent = new HashSet<>();

  /** Node 1's view of members 1..3 (2 with {@code status2}), 2 unreachable from 1 if asked. */
  static MembershipState view(MemberStatus status2, boolean twoUnreachable) {
    Member two = status2 == MemberStatus.EXITING
        ? up(2, 2).withStatus(MemberStatus.LEAVING).withStatus(status2)
        : up(2, 2).withStatus(status2);
    Gossip g = Gossip.empty().withMember(up(1, 1)).withMember(two).withMember(up(3, 3));
    if (twoUnreachable) {
      g = g.withReachability(g.reachability().unreachable(member(1), member(2)));
    }
    return new MembershipState(member(1), g);
  }

  java.util.List<Change> changes(MembershipState state, long now) {
    return bridge.changes(state, a -> Optional.ofNullable(swim.get(a)), silent::contains, now);
  }

  @Test
  void aSuspectOrDeadMemberBecomesUnreachableAndAnAliveOneReachableAgain() {
    swim.put(member(2), SwimStatus.SUSPECT);
    assertThat(changes(view(MemberStatus.UP, false), 0))
        .containsExactly(new Change(member(2), false));
    swim.put(member(2), SwimStatus.DEAD);
    assertThat(changes(view(MemberStatus.UP, true), 0)).isEmpty();
    swim.put(member(2), SwimStatus.ALIVE);
    assertThat(changes(view(MemberStatus.UP, true), 0))
        .containsExactly(new Change(member(2), true));
  }

  @Test
  void silenceOnTheDirectLinkIsEnoughAndReachableAgainNeedsBothDetectors() {
    swim.put(member(2), SwimStatus.ALIVE);
    silent.add(member(2));
    assertThat(changes(view(MemberStatus.UP, false), 0))
        .containsExactly(new Change(member(2), false));
    swim.put(member(2), SwimStatus.SUSPECT);
    silent.clear();
    assertThat(changes(view(MemberStatus.UP, true), 0)).isEmpty();
  }

  @Test
  void aMemberThatLeftStaysReachableWhileLeavingAndBecomesUnreachableOnceExiting() {
    swim.put(member(2), SwimStatus.LEFT);
    bridge.left(member(2), 1_000);
    assertThat(changes(view(MemberStatus.LEAVING, false), 1_000)).isEmpty();
    assertThat(changes(view(MemberStatus.EXITING, false), 1_000))
        .containsExactly(new Change(member(2), false));
  }

  @Test
  void aMemberLeftButStillLeavingAfterTheGraceIsHandedToTheResolver() {
    swim.put(member(2), SwimStatus.LEFT);
    bridge.left(member(2), 1_000);
    assertThat(changes(view(MemberStatus.LEAVING, false), 1_000 + GRACE - 1)).isEmpty();
    assertThat(changes(view(MemberStatus.LEAVING, false), 1_000 + GRACE))
        .containsExactly(new Change(member(2), false));
  }

  @Test
  void aMemberSwimHasForgottenKeepsItsLastVerdict() {
    swim.put(member(2), SwimStatus.DEAD);
    assertThat(changes(view(MemberStatus.UP, false), 0))
        .containsExactly(new Change(member(2), false));
    swim.remove(member(2));
    assertThat(changes(view(MemberStatus.UP, true), 40_000)).isEmpty();
  }

  @Test
  void aMemberNoDetectorKnowsIsReachableAndSelfIsNeverJudged() {
    swim.put(member(1), SwimStatus.DEAD);
    silent.add(member(1));
    assertThat(changes(view(MemberStatus.UP, false), 0)).isEmpty();
  }

  @Test
  void applyingTheSameVerdictTwiceChangesNothing() {
    swim.put(member(3), SwimStatus.SUSPECT);
    MembershipState state = view(MemberStatus.UP, false);
    Change c = changes(state, 0).get(0);
    Gossip applied = state.gossip().withReachability(
        state.reachability().unreachable(member(1), c.subject()));
    assertThat(changes(new MembershipState(member(1), applied), 0)).isEmpty();
  }
}
