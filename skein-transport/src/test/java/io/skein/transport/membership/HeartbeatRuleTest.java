package io.skein.transport.membership;

import static io.skein.transport.membership.Fixtures.member;
import static io.skein.transport.membership.Fixtures.up;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.lifecycle.Gossip;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.swim.MemberInfo;
import io.skein.membership.swim.SwimStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeartbeatRuleTest {

  static Optional<MemberInfo> swim(int n, SwimStatus status) {
    return Optional.of(new MemberInfo(member(n), "dc1", "r1", 1, status));
  }

  static MembershipState lifecycleWith(int n, MemberStatus status) {
    Gossip g = Gossip.empty().withMember(up(1, 1)).withMember(up(n, 2).withStatus(status));
    return new MembershipState(member(1), g);
  }

  @Test
  void aMessageFromALiveMemberCounts() {
    MembershipState view = lifecycleWith(2, MemberStatus.UP);
    assertThat(HeartbeatRule.counts(swim(2, SwimStatus.ALIVE), view)).isTrue();
    assertThat(HeartbeatRule.counts(swim(2, SwimStatus.SUSPECT), view)).isTrue();
  }

  @Test
  void aSenderTheLifecycleDoesNotKnowYetCounts() {
    assertThat(HeartbeatRule.counts(swim(2, SwimStatus.ALIVE), MembershipState.empty(member(1))))
        .isTrue();
  }

  @Test
  void aSenderSwimDoesNotKnowDoesNotCount() {
    assertThat(HeartbeatRule.counts(Optional.empty(), lifecycleWith(2, MemberStatus.UP)))
        .isFalse();
  }

  @Test
  void aSenderSwimHoldsDeadOrLeftDoesNotCount() {
    MembershipState view = lifecycleWith(2, MemberStatus.UP);
    assertThat(HeartbeatRule.counts(swim(2, SwimStatus.DEAD), view)).isFalse();
    assertThat(HeartbeatRule.counts(swim(2, SwimStatus.LEFT), view)).isFalse();
  }

  @Test
  void aSenderOnItsWayOutOfTheLifecycleDoesNotCount() {
    for (MemberStatus status : new MemberStatus[] {MemberStatus.LEAVING, MemberStatus.DOWN}) {
      assertThat(HeartbeatRule.counts(swim(2, SwimStatus.ALIVE), lifecycleWith(2, status)))
          .as("%s", status).isFalse();
    }
    Gossip removed = lifecycleWith(2, MemberStatus.DOWN).gossip()
        .removeMembers(java.util.List.of(member(2)), 0);
    assertThat(HeartbeatRule.counts(swim(2, SwimStatus.ALIVE),
        new MembershipState(member(1), removed))).isFalse();
  }
}
