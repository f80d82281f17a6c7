package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.gossip;
import static io.skein.membership.lifecycle.Fixtures.member;
import static io.skein.membership.lifecycle.Fixtures.node;
import static io.skein.membership.lifecycle.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.MemberStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaderHandoverTest {

  private final LeaderHandover watch = new LeaderHandover();

  @Test
  void theFirstLeaderIsAHandoverFromNobody() {
    assertThat(watch.observe(view(2, gossip(member(1, MemberStatus.UP),
        member(2, MemberStatus.UP))))).contains(
        new LeaderHandoverEvent(Optional.empty(), Optional.of(node(1))));
  }

  @Test
  void theSameLeaderAgainIsNoEvent() {
    Gossip g = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP));
    watch.observe(view(2, g));
    assertThat(watch.observe(view(2, g.withMember(member(3, MemberStatus.JOINING))))).isEmpty();
  }

  @Test
  void aLeaderThatIsDownedHandsOverToTheNext() {
    Gossip g = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP));
    watch.observe(view(2, g));
    Optional<LeaderHandoverEvent> event =
        watch.observe(view(2, g.withMember(member(1, MemberStatus.DOWN))));
    assertThat(event).contains(new LeaderHandoverEvent(Optional.of(node(1)), Optional.of(node(2))));
    assertThat(event.orElseThrow().toClusterEvent())
        .isEqualTo(new ClusterEvent.LeaderChanged(Optional.of(node(2))));
    assertThat(watch.current()).contains(node(2));
  }

  @Test
  void losingEveryLeaderIsAHandoverToNobody() {
    watch.observe(view(1, gossip(member(1, MemberStatus.UP))));
    assertThat(watch.observe(MembershipState.empty(node(1)))).contains(
        new LeaderHandoverEvent(Optional.of(node(1)), Optional.empty()));
  }
}
