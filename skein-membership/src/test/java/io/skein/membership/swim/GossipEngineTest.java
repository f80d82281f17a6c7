package io.skein.membership.swim;

import static io.skein.membership.swim.TestNet.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whole-engine rules: join, refutation, leave, push-pull, on a few engines wired in memory. */
class GossipEngineTest {

  private final TestNet net = new TestNet();

  private static NodeUpdate update(MemberInfo member, int from) {
    return new NodeUpdate(member, address(from));
  }

  private static MemberInfo claim(int member, SwimStatus status, long inc) {
    return new MemberInfo(address(member), "dc1", "rack" + (member % 3), inc, status);
  }

  private static GossipMessage gossip(int from, NodeUpdate... updates) {
    return new GossipMessage.Gossip(address(from), List.of(updates));
  }

  @Test
  void aJoinThroughASeedIntroducesBothSides() {
    GossipEngine seed = net.add(0, GossipConfig.lan());
    GossipEngine joiner = net.add(1, GossipConfig.lan());
    net.deliver(seed, seed.join(0, List.of(address(0).address())));
    net.deliver(joiner, joiner.join(0, List.of(address(0).address())));

    assertThat(seed.member(address(1))).get().extracting(MemberInfo::status)
        .isEqualTo(SwimStatus.ALIVE);
    assertThat(joiner.member(address(0))).get().extracting(MemberInfo::rack).isEqualTo("rack0");
    assertThat(net.eventsOf(0, GossipEvent.Joined.class)).hasSize(1);
    assertThat(net.eventsOf(1, GossipEvent.Joined.class)).hasSize(1);
  }

  @Test
  void aJoinIsRetriedUntilASeedAnswers() {
    GossipEngine seed = net.add(0, GossipConfig.lan());
    GossipEngine joiner = net.add(1, GossipConfig.lan());
    net.deliver(seed, seed.join(0, List.of()));
    net.down.add(address(0).address());
    net.deliver(joiner, joiner.join(0, List.of(address(0).address())));
    net.runFor(2_500);
    assertThat(joiner.liveMembers()).isEqualTo(1);

    net.down.clear();
    net.runFor(1_500);
    assertThat(joiner.liveMembers()).isEqualTo(2);
    assertThat(seed.liveMembers()).isEqualTo(2);
  }

  @Test
  void aJoinReachesEveryMemberByGossip() {
    for (int i = 0; i < 8; i++) {
      net.add(i, GossipConfig.lan());
    }
    net.bootstrap(5_000);
    for (GossipEngine e : net.engines.values()) {
      assertThat(e.liveMembers()).as(e.self().toString()).isEqualTo(8);
    }
  }

  @Test
  void aCrashedMemberIsSuspectedThenFailedByEveryone() {
    for (int i = 0; i < 6; i++) {
      net.add(i, GossipConfig.lan());
    }
    net.bootstrap(5_000);
    net.down.add(address(5).address());
    net.runFor(30_000);
    for (int i = 0; i < 5; i++) {
      assertThat(net.engine(i).member(address(5))).get().extracting(MemberInfo::status)
          .as("node %d", i).isEqualTo(SwimStatus.DEAD);
      assertThat(net.eventsOf(i, GossipEvent.Failed.class)).hasSize(1);
    }
  }

  @Test
  void aSuspicionIsRefutedWithAHigherIncarnationAndStaleAliveCannotUndoIt() {
    GossipEngine a = net.add(1, GossipConfig.lan());
    GossipEngine b = net.add(2, GossipConfig.lan());
    HostAndPort c = address(3).address();
    b.onMessage(0, address(1).address(), gossip(1, update(claim(1, SwimStatus.ALIVE, 1), 1)));

    NodeUpdate suspicion = update(claim(1, SwimStatus.SUSPECT, 1), 3);
    GossipOutput suspected = b.onMessage(10, c, gossip(3, suspicion));
    assertThat(suspected.events()).containsExactly(
        new GossipEvent.Suspected(claim(1, SwimStatus.SUSPECT, 1), address(3)));
    b.onMessage(20, c, gossip(3, update(claim(1, SwimStatus.ALIVE, 1), 1)));
    assertThat(b.member(address(1)).orElseThrow().status()).isEqualTo(SwimStatus.SUSPECT);

    GossipOutput refuted = a.onMessage(30, c, gossip(3, suspicion));
    assertThat(refuted.events()).containsExactly(new GossipEvent.Refuted(2));
    assertThat(a.self().incarnation()).isEqualTo(2);

    GossipOutput recovered = b.onMessage(40, address(1).address(),
        gossip(1, update(a.self(), 1)));
    assertThat(recovered.events()).containsExactly(
        new GossipEvent.Recovered(claim(1, SwimStatus.ALIVE, 2), SwimStatus.SUSPECT));
  }

  @Test
  void aDeathIsRefutedButAStaleAccusationIsIgnored() {
    GossipEngine a = net.add(1, GossipConfig.lan());
    HostAndPort c = address(3).address();
    a.onMessage(0, c, gossip(3, update(claim(1, SwimStatus.DEAD, 1), 3)));
    assertThat(a.self().incarnation()).isEqualTo(2);
    assertThat(a.self().status()).isEqualTo(SwimStatus.ALIVE);
    assertThat(a.localHealth()).as("a refutation counts against local health").isEqualTo(1);

    GossipOutput stale = a.onMessage(10, c, gossip(3, update(claim(1, SwimStatus.SUSPECT, 1), 3)));
    assertThat(stale.events()).isEmpty();
    assertThat(a.self().incarnation()).isEqualTo(2);
  }

  @Test
  void aGracefulLeaveIsLeftEverywhereAndNeverAFailure() {
    for (int i = 0; i < 4; i++) {
      net.add(i, GossipConfig.lan());
    }
    net.bootstrap(5_000);
    GossipEngine leaver = net.engine(3);
    net.deliver(leaver, leaver.leave(net.now));
    net.runFor(3_000);
    assertThat(leaver.hasPendingBroadcasts()).isFalse();
    net.down.add(address(3).address());
    net.runFor(40_000);

    for (int i = 0; i < 3; i++) {
      assertThat(net.eventsOf(i, GossipEvent.Left.class)).hasSize(1);
      assertThat(net.eventsOf(i, GossipEvent.Failed.class)).isEmpty();
      assertThat(net.eventsOf(i, GossipEvent.Suspected.class)).isEmpty();
    }
  }

  @Test
  void pushPullMergesAndTurnsARemoteDeathIntoALocalSuspicion() {
    GossipEngine a = net.add(1, GossipConfig.lan());
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.ALIVE, 1), 2)));

    GossipOutput out = a.onMessage(10, address(3).address(), new GossipMessage.PushPull(
        address(3), false, false, List.of(claim(2, SwimStatus.DEAD, 1),
            claim(3, SwimStatus.ALIVE, 1), claim(4, SwimStatus.ALIVE, 5))));

    assertThat(a.member(address(2)).orElseThrow().status()).isEqualTo(SwimStatus.SUSPECT);
    assertThat(out.events()).contains(
        new GossipEvent.Suspected(claim(2, SwimStatus.SUSPECT, 1), address(3)),
        new GossipEvent.Joined(claim(4, SwimStatus.ALIVE, 5)));
    GossipMessage.PushPull reply = (GossipMessage.PushPull) out.envelopes().get(0).message();
    assertThat(out.envelopes().get(0).to()).isEqualTo(address(3).address());
    assertThat(reply.reply()).isTrue();
    assertThat(reply.members()).extracting(MemberInfo::address)
        .containsExactlyInAnyOrder(address(1), address(2), address(3), address(4));
  }

  @Test
  void anAddressIsMappedToTheMemberThere() {
    GossipEngine a = net.add(1, GossipConfig.lan());
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.ALIVE, 1), 2)));
    assertThat(a.memberAt(address(2).address())).get().extracting(MemberInfo::address)
        .isEqualTo(address(2));
    assertThat(a.memberAt(new HostAndPort("10.9.9.9", 1))).isEmpty();
  }

  @Test
  void aRestartedNodeIsANewMember() {
    GossipEngine a = new GossipEngine(GossipConfig.lan(), address(1), "dc1", "r",
        new SplittableRandom(1));
    UniqueAddress restarted = new UniqueAddress(address(2).address(), 99);
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.ALIVE, 1), 2)));
    a.onMessage(5, address(2).address(), new GossipMessage.Gossip(restarted, List.of(
        new NodeUpdate(MemberInfo.alive(restarted, "dc1", "r", 1), restarted))));
    assertThat(a.liveMembers()).isEqualTo(3);
    assertThat(a.memberAt(address(2).address())).get().extracting(MemberInfo::address)
        .isEqualTo(restarted);
  }

  @Test
  void aFailedMemberIsTriedAgainAtPushPullSoAHealedPartitionMerges() {
    GossipConfig config = GossipConfig.lan().withPauseGuard(false);
    GossipEngine a = new GossipEngine(config, address(1), "dc1", "r", new SplittableRandom(3));
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.ALIVE, 1), 2)));
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.DEAD, 1), 3)));
    assertThat(a.member(address(2)).orElseThrow().status()).isEqualTo(SwimStatus.DEAD);

    boolean tried = false;
    for (int i = 0; i < 10_000 && !tried && a.nextDeadline() < 120_000; i++) {
      GossipOutput out = a.tick(a.nextDeadline());
      tried = out.envelopes().stream().anyMatch(env -> env.to().equals(address(2).address())
          && env.message() instanceof GossipMessage.PushPull);
    }
    assertThat(tried).as("a push-pull to the failed member within 120 s").isTrue();
  }

  @Test
  void aLeavingNodeStopsProbing() {
    GossipConfig config = GossipConfig.lan().withPauseGuard(false);
    GossipEngine a = new GossipEngine(config, address(1), "dc1", "r", new SplittableRandom(3));
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.ALIVE, 1), 2)));
    GossipOutput left = a.leave(10);
    assertThat(left.envelopes()).isNotEmpty().allMatch(env -> env.message()
        instanceof GossipMessage.Gossip g && g.updates().get(0).member().status()
        == SwimStatus.LEFT);
    for (int i = 0; i < 100 && a.nextDeadline() != Long.MAX_VALUE; i++) {
      assertThat(a.tick(a.nextDeadline()).envelopes())
          .noneMatch(env -> env.message() instanceof GossipMessage.Ping);
    }
    assertThat(a.nextDeadline()).as("nothing left to do once the news is out")
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aStaleAccusationPutsTheCurrentClaimBackInTheQueue() {
    GossipConfig config = GossipConfig.lan().withPauseGuard(false);
    GossipEngine a = new GossipEngine(config, address(1), "dc1", "rack1", new SplittableRandom(3));
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.ALIVE, 1), 2)));
    a.onMessage(0, address(3).address(), gossip(3, update(claim(1, SwimStatus.SUSPECT, 1), 3)));
    assertThat(a.self().incarnation()).isEqualTo(2);
    for (int i = 0; i < 1_000 && a.hasPendingBroadcasts(); i++) {
      a.tick(a.nextDeadline());
    }
    assertThat(a.hasPendingBroadcasts()).isFalse();

    // Someone missed the refutation and declared this node failed at the old incarnation.
    GossipOutput told = a.onMessage(20_000, address(2).address(),
        gossip(2, update(claim(1, SwimStatus.DEAD, 1), 2)));
    assertThat(told.envelopes()).singleElement().satisfies(env -> {
      assertThat(env.to()).isEqualTo(address(2).address());
      assertThat(env.message().updates()).extracting(NodeUpdate::member)
          .containsExactly(a.self());
    });
    assertThat(a.self().incarnation()).as("no new refutation is needed").isEqualTo(2);
    assertThat(a.hasPendingBroadcasts()).isTrue();
    List<Envelope> sent = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      sent.addAll(a.tick(a.nextDeadline()).envelopes());
    }
    assertThat(sent).anySatisfy(env -> assertThat(env.message().updates())
        .extracting(NodeUpdate::member).contains(a.self()));
  }

  @Test
  void aStaleAccusationOfAnotherMemberIsAnsweredWithTheNewerClaim() {
    GossipEngine a = net.add(1, GossipConfig.lan());
    a.onMessage(0, address(2).address(), gossip(2, update(claim(2, SwimStatus.ALIVE, 3), 2)));
    GossipOutput out = a.onMessage(10, address(4).address(),
        gossip(4, update(claim(2, SwimStatus.SUSPECT, 2), 4)));
    assertThat(out.events()).isEmpty();
    assertThat(out.envelopes()).singleElement().satisfies(env -> {
      assertThat(env.to()).isEqualTo(address(4).address());
      assertThat(env.message().updates()).extracting(NodeUpdate::member)
          .containsExactly(claim(2, SwimStatus.ALIVE, 3));
    });
    GossipOutput current = a.onMessage(20, address(4).address(),
        gossip(4, update(claim(2, SwimStatus.ALIVE, 3), 2)));
    assertThat(current.envelopes()).as("nothing to correct").isEmpty();
  }
}
