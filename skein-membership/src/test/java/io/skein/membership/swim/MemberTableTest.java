package io.skein.membership.swim;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.UniqueAddress;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The claim rules and the suspicion timer as the member table wires them. */
class MemberTableTest {

  /** memberlist's LAN timings (1 s probes), so the suspicion arithmetic below reads in seconds. */
  private static final GossipConfig LAN = GossipConfig.lan().withProbe(1_000, 500);

  private final Outbox outbox = new Outbox();

  private MemberTable table(GossipConfig config, int members) {
    MemberTable t = new MemberTable(config, new SplittableRandom(1),
        MemberInfo.alive(TestNet.address(0), "dc1", "r0", 1), new Awareness(8), outbox);
    for (int i = 1; i < members; i++) {
      t.alive(0, MemberInfo.alive(TestNet.address(i), "dc1", "r" + i, 1));
    }
    outbox.drain();
    return t;
  }

  private static MemberInfo suspect(int member) {
    return new MemberInfo(TestNet.address(member), "dc1", "r", 1, SwimStatus.SUSPECT);
  }

  @Test
  void aLoneAccusationWaitsTheMaximumAndConfirmationsBringItDownToTheMinimum() {
    MemberTable t = table(LAN, 10); // N=10: min 4 s, max 24 s, k = 4 - 2 = 2
    UniqueAddress b = TestNet.address(1);
    t.suspect(1_000, suspect(1), TestNet.address(2));
    assertThat(t.state(b).suspicion.deadline()).isEqualTo(1_000 + 24_000);

    t.suspect(2_000, suspect(1), TestNet.address(3));
    assertThat(t.state(b).suspicion.deadline())
        .isEqualTo(1_000 + Suspicion.timeoutMillis(1, 2, 4_000, 24_000));

    t.suspect(3_000, suspect(1), TestNet.address(4));
    assertThat(t.state(b).suspicion.deadline()).isEqualTo(5_000);

    t.expireSuspicions(4_999);
    assertThat(t.state(b).status()).isEqualTo(SwimStatus.SUSPECT);
    t.expireSuspicions(5_000);
    assertThat(t.state(b).status()).isEqualTo(SwimStatus.DEAD);
    assertThat(outbox.drain().events()).last().isInstanceOf(GossipEvent.Failed.class);
  }

  @Test
  void aSuspicionAtAHigherIncarnationIsANewSuspicionNotAConfirmation() {
    MemberTable t = table(LAN, 10);
    t.suspect(1_000, suspect(1), TestNet.address(2)); // lone accuser: deadline 25,000
    // The member refuted (inc 2) without this node hearing it, and is suspected again later.
    MemberInfo again = new MemberInfo(TestNet.address(1), "dc1", "r", 2, SwimStatus.SUSPECT);
    t.suspect(30_000, again, TestNet.address(3));
    MemberState s = t.state(TestNet.address(1));
    assertThat(s.info.incarnation()).isEqualTo(2);
    assertThat(s.suspicion.confirmations()).isZero();
    assertThat(s.suspicion.deadline()).isEqualTo(30_000 + 24_000);
    t.expireSuspicions(30_001);
    assertThat(s.status()).isEqualTo(SwimStatus.SUSPECT);
  }

  @Test
  void withTooFewMembersToConfirmTheMinimumAppliesAtOnce() {
    MemberTable t = table(LAN, 3); // N-2 = 1 < k = 2
    t.suspect(0, suspect(1), TestNet.address(2));
    assertThat(t.state(TestNet.address(1)).suspicion.deadline()).isEqualTo(4_000);
  }

  @Test
  void withoutLifeguardTheTimeoutIsFixedAtTheMinimum() {
    MemberTable t = table(LAN.withLifeguard(false), 100);
    t.suspect(0, suspect(1), TestNet.address(2));
    assertThat(t.state(TestNet.address(1)).suspicion.deadline()).isEqualTo(8_000);
    t.suspect(10, suspect(1), TestNet.address(3));
    assertThat(t.state(TestNet.address(1)).suspicion.deadline()).isEqualTo(8_000);
  }

  @Test
  void aPauseMovesSuspicionTimersByThePauseAndPastTheResumeTime() {
    MemberTable t = table(LAN, 3);
    t.suspect(0, suspect(1), TestNet.address(2)); // deadline 4,000
    t.pauseSuspicions(2_000, 3_500);
    assertThat(t.state(TestNet.address(1)).suspicion.deadline()).isEqualTo(6_000);
    t.pauseSuspicions(100, 9_000);
    assertThat(t.state(TestNet.address(1)).suspicion.deadline()).isEqualTo(9_000);
  }

  @Test
  void aConfirmationIsRegossipedOnlyWhenItIsNew() {
    MemberTable t = table(LAN, 10);
    t.suspect(0, suspect(1), TestNet.address(2));
    drainBroadcasts(t);
    t.suspect(0, suspect(1), TestNet.address(2));
    assertThat(t.broadcasts().isEmpty()).isTrue();
    t.suspect(0, suspect(1), TestNet.address(3));
    assertThat(t.broadcasts().queued(TestNet.address(1)).from()).isEqualTo(TestNet.address(3));
  }

  @Test
  void populationCountsOnlyLiveMembers() {
    MemberTable t = table(LAN, 5);
    assertThat(t.liveCount()).isEqualTo(5);
    t.dead(0, suspect(1).withStatus(SwimStatus.DEAD), TestNet.address(2));
    t.dead(0, suspect(2).withStatus(SwimStatus.LEFT), TestNet.address(2));
    assertThat(t.liveCount()).isEqualTo(3);
    t.alive(0, MemberInfo.alive(TestNet.address(1), "dc1", "r", 2));
    assertThat(t.liveCount()).isEqualTo(4);
  }

  @Test
  void onlyTheMemberItselfCanMakeItLeft() {
    MemberTable t = table(LAN, 4);
    MemberInfo dead = suspect(1).withStatus(SwimStatus.DEAD);
    t.dead(0, dead, TestNet.address(1));
    assertThat(t.state(TestNet.address(1)).status()).isEqualTo(SwimStatus.LEFT);
    t.dead(0, suspect(2).withStatus(SwimStatus.DEAD), TestNet.address(3));
    assertThat(t.state(TestNet.address(2)).status()).isEqualTo(SwimStatus.DEAD);
  }

  private static void drainBroadcasts(MemberTable t) {
    while (!t.broadcasts().isEmpty()) {
      t.broadcasts().take();
    }
  }
}
