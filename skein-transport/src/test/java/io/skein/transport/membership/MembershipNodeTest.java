package io.skein.transport.membership;

import static io.skein.transport.membership.Fixtures.address;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.core.ManualScheduler;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.lifecycle.GossipPdu;
import io.skein.membership.lifecycle.LifecycleCodec;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.swim.GossipCodec;
import io.skein.membership.swim.GossipMessage;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.transport.MessageChannel;
import io.skein.transport.membership.Fixtures.RecordingTransport;
import io.skein.transport.membership.Fixtures.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One node against a transport that records and delivers nothing; time moves by hand. */
class MembershipNodeTest {

  final ManualClock clock = new ManualClock(1_700_000_000_000L);
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final List<String> downed = new ArrayList<>();
  RecordingTransport transport;

  MembershipNode node(int self, List<HostAndPort> seeds) {
    ServerPool pool = Fixtures.pool(3, self - 1);
    MembershipSettings settings = MembershipSettings.defaults().withSeeds(seeds);
    transport = new RecordingTransport(address(self));
    GossipHandler handler = settings.gossipHandler(new TopologyHolder(pool),
        new ClusterEventBus(), FailureMetrics.NONE);
    return new MembershipNode(NodeIdentity.ofLocalPeer(pool, 42), settings, transport, handler,
        new ClusterEventBus(), clock, scheduler, new SplittableRandom(7), downed::add);
  }

  @Test
  void theConstructorStartsNothingAndMessagesBeforeStartAreIgnored() {
    MembershipNode node = node(1, List.of());
    node.handler().onMessage(address(2), MessageChannel.GOSSIP,
        GossipCodec.encode(new GossipMessage.Gossip(Fixtures.member(2), List.of())));
    scheduler.advance(Duration.ofSeconds(5));
    assertThat(transport.sent).isEmpty();
    assertThat(scheduler.pending()).isZero();
    assertThat(node.stats().ignoredWhileStopped()).isEqualTo(1);
    assertThat(node.isRunning()).isFalse();
  }

  @Test
  void aLoneNodeStartsItsOwnClusterLeadsItAndHoldsUnheardPeersDown() {
    MembershipNode node = node(1, List.of());
    node.start();
    scheduler.advance(Duration.ofSeconds(3));
    assertThat(node.memberLines()).containsExactly("10.0.0.1:8101#42 Up reachable 1 leader");
    assertThat(node.leader()).hasValue(node.identity().address());
    assertThat(node.peerLines()).containsExactly(
        "node-0 10.0.0.1:8101 dc1 r1 Normal 0.0",
        "node-1 10.0.0.2:8101 dc1 r1 Down 0.0",
        "node-2 10.0.0.3:8101 dc1 r1 Down 0.0");
    assertThat(downed).isEmpty();
  }

  @Test
  void startAsksTheOtherSeedsOnBothChannelsAndHeartbeatsEveryPeer() {
    MembershipNode node = node(2, List.of(address(1), address(2), address(3)));
    node.start();
    scheduler.runDue();
    List<String> sent = new ArrayList<>();
    for (Sent s : transport.sent) {
      sent.add(s.to().host() + " " + describe(s));
    }
    assertThat(sent).contains("10.0.0.1 join push-pull", "10.0.0.3 join push-pull",
        "10.0.0.1 heartbeat", "10.0.0.3 heartbeat", "10.0.0.1 Join", "10.0.0.3 Join");
    assertThat(sent).doesNotContain("10.0.0.2 join push-pull", "10.0.0.2 Join");
  }

  static String describe(Sent s) {
    if (s.channel() == MessageChannel.MEMBERSHIP) {
      GossipPdu pdu = LifecycleCodec.decode(s.payload());
      return pdu.getClass().getSimpleName();
    }
    GossipMessage m = GossipCodec.decode(s.payload());
    if (m instanceof GossipMessage.PushPull pp && pp.join()) {
      return "join push-pull";
    }
    if (m instanceof GossipMessage.Gossip g && g.updates().isEmpty()) {
      return "heartbeat";
    }
    return m.getClass().getSimpleName();
  }

  @Test
  void theLowestSeedFoundsTheClusterOnlyAfterTheSeedJoinTimeout() {
    MembershipNode node = node(1, List.of(address(1), address(2), address(3)));
    node.start();
    scheduler.advance(Duration.ofMillis(4_500));
    assertThat(node.state().selfMember()).isEmpty();
    scheduler.advance(Duration.ofSeconds(3));
    assertThat(node.state().selfMember()).hasValueSatisfying(
        m -> assertThat(m.status()).isEqualTo(MemberStatus.UP));
  }

  @Test
  void aTransportThatThrowsCostsACountNotTheNode() {
    MembershipNode node = node(1, List.of(address(1), address(2)));
    transport.failing = true;
    node.start();
    scheduler.advance(Duration.ofSeconds(8));
    assertThat(node.stats().sendFailures()).isPositive();
    assertThat(node.isRunning()).isTrue();
    assertThat(node.memberLines()).singleElement().asString().endsWith(" leader");
  }

  @Test
  void closeCancelsEveryTimerAndEndsTheLeaveFuture() {
    MembershipNode node = node(1, List.of());
    node.start();
    scheduler.advance(Duration.ofSeconds(2));
    assertThat(scheduler.pending()).isPositive();
    node.close();
    assertThat(scheduler.pending()).isZero();
    assertThat(node.isRunning()).isFalse();
    assertThat(node.leave()).isDone();
    int sent = transport.sent.size();
    scheduler.advance(Duration.ofSeconds(5));
    assertThat(transport.sent).hasSize(sent);
  }

  @Test
  void aLoneNodeLeavesAndStopsOnceItIsLetGo() {
    MembershipNode node = node(1, List.of());
    node.start();
    scheduler.advance(Duration.ofSeconds(3));
    var stopped = node.leave();
    assertThat(stopped).isNotDone();
    scheduler.advance(Duration.ofSeconds(5));
    assertThat(stopped).isDone();
    assertThat(node.isRunning()).isFalse();
    assertThat(node.isDowned()).isFalse();
    assertThat(downed).isEmpty();
  }

  @Test
  void startingTwiceOrWithAnotherThresholdIsRefused() {
    MembershipNode node = node(1, List.of());
    node.start();
    assertThatThrownBy(node::start).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start: called twice");
    ServerPool pool = Fixtures.pool(3, 0);
    GossipHandler other = new GossipHandler(new TopologyHolder(pool)).withThreshold(9);
    assertThatThrownBy(() -> new MembershipNode(NodeIdentity.ofLocalPeer(pool, 1),
        MembershipSettings.defaults(), transport, other, new ClusterEventBus(), clock, scheduler,
        new SplittableRandom(1), DownedListener.IGNORE))
        .hasMessageStartingWith("phi threshold: 9.0 (expected: 8.0");
  }
}
