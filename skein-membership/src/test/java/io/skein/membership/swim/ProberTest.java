package io.skein.membership.swim;

import static io.skein.membership.swim.TestNet.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One engine driven by hand: what it sends while probing, and how it reads the answers. */
class ProberTest {

  /**
   * memberlist's LAN timings (1 s / 500 ms), without Skein's additions unless a test adds them,
   * and without the pause guard: these tests skip ticks they do not need, which it would read as
   * a pause.
   */
  private static final GossipConfig LAN = GossipConfig.lan().withProbe(1_000, 500)
      .withPauseGuard(false).withFallbackPing(false).withEagerSpread(false);

  private GossipEngine engine(GossipConfig config, int members) {
    GossipEngine e = new GossipEngine(config, address(0), "dc1", "r", new SplittableRandom(5));
    List<NodeUpdate> alive = new ArrayList<>();
    for (int i = 1; i < members; i++) {
      alive.add(new NodeUpdate(MemberInfo.alive(address(i), "dc1", "r", 1), address(i)));
    }
    e.onMessage(0, address(1).address(), new GossipMessage.Gossip(address(1), alive));
    return e;
  }

  /** Ticks until the engine sends a message of {@code type}; returns the first one. */
  private static <T extends GossipMessage> Sent<T> tickUntil(GossipEngine e, Class<T> type,
      List<GossipEvent> events) {
    for (int i = 0; i < 1_000; i++) {
      long at = e.nextDeadline();
      GossipOutput out = e.tick(at);
      events.addAll(out.events());
      for (Envelope env : out.envelopes()) {
        if (type.isInstance(env.message())) {
          return new Sent<>(at, env, type.cast(env.message()));
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " sent");
  }

  record Sent<T>(long at, Envelope envelope, T message) {}

  private static List<Envelope> ofType(GossipOutput out, Class<?> type) {
    return out.envelopes().stream().filter(e -> type.isInstance(e.message())).toList();
  }

  @Test
  void anAckBeforeTheTimeoutIsAHeartbeatWithItsRoundTrip() {
    GossipEngine e = engine(LAN, 5);
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    UniqueAddress target = ping.message().target();

    GossipOutput out = e.onMessage(ping.at() + 7, target.address(),
        new GossipMessage.Ack(target, ping.message().seq(), List.of()));
    assertThat(out.events()).containsExactly(new GossipEvent.AckReceived(target, 7, true));
    assertThat(e.nextDeadline()).isGreaterThanOrEqualTo(ping.at() + 1_000);
  }

  @Test
  void aDirectAckAfterTheTimeoutStillCountsUntilTheIntervalEnds() {
    GossipEngine e = engine(LAN, 5);
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    UniqueAddress target = ping.message().target();
    e.tick(ping.at() + 500);
    GossipOutput out = e.onMessage(ping.at() + 700, target.address(),
        new GossipMessage.Ack(target, ping.message().seq(), List.of()));
    assertThat(out.events()).containsExactly(new GossipEvent.AckReceived(target, 700, true));
    assertThat(e.tick(ping.at() + 1_000).events())
        .noneMatch(ev -> ev instanceof GossipEvent.Suspected);
  }

  @Test
  void silenceLeadsToKIndirectProbesThenSuspicionAndMissingNacksHurtLocalHealth() {
    GossipEngine e = engine(LAN, 6);
    List<GossipEvent> events = new ArrayList<>();
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, events);
    UniqueAddress target = ping.message().target();

    GossipOutput indirect = e.tick(ping.at() + 500);
    List<Envelope> reqs = ofType(indirect, GossipMessage.PingReq.class);
    assertThat(reqs).hasSize(3);
    assertThat(reqs).extracting(env -> ((GossipMessage.PingReq) env.message()).target())
        .containsOnly(target);
    assertThat(reqs).extracting(Envelope::to)
        .doesNotContain(target.address())
        .doesNotHaveDuplicates();
    assertThat(reqs).allMatch(env -> ((GossipMessage.PingReq) env.message()).wantNack());

    GossipOutput failed = e.tick(ping.at() + 1_000);
    assertThat(failed.events()).anySatisfy(ev -> assertThat(ev)
        .isEqualTo(new GossipEvent.Suspected(
            e.member(target).orElseThrow(), address(0))));
    assertThat(e.localHealth()).isEqualTo(3);
  }

  @Test
  void nacksFromEveryHelperKeepLocalHealth() {
    GossipEngine e = engine(LAN, 6);
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    for (Envelope env : ofType(e.tick(ping.at() + 500), GossipMessage.PingReq.class)) {
      UniqueAddress helper = e.memberAt(env.to()).orElseThrow().address();
      e.onMessage(ping.at() + 600, env.to(),
          new GossipMessage.Nack(helper, ping.message().seq(), List.of()));
    }
    e.tick(ping.at() + 1_000);
    assertThat(e.member(ping.message().target()).orElseThrow().status())
        .isEqualTo(SwimStatus.SUSPECT);
    assertThat(e.localHealth()).isZero();
  }

  @Test
  void localHealthStretchesTheNextProbe() {
    GossipEngine e = engine(LAN, 6);
    Sent<GossipMessage.Ping> first = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    e.tick(first.at() + 500);
    GossipOutput failed = e.tick(first.at() + 1_000); // no nacks: score 3, and the next probe
    assertThat(e.localHealth()).isEqualTo(3);
    assertThat(ofType(failed, GossipMessage.Ping.class)).hasSize(1);
    long second = first.at() + 1_000;
    GossipOutput beforeScaledTimeout = e.tick(second + 1_999);
    assertThat(ofType(beforeScaledTimeout, GossipMessage.PingReq.class)).isEmpty();
    assertThat(ofType(e.tick(second + 2_000), GossipMessage.PingReq.class)).isNotEmpty();
    assertThat(e.nextDeadline()).as("the probe interval is scaled too").isEqualTo(second + 4_000);
  }

  @Test
  void aSuspectIsToldOfTheSuspicionWhenProbed() {
    GossipEngine e = engine(LAN, 2);
    Sent<GossipMessage.Ping> first = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    e.tick(first.at() + 1_000);
    assertThat(e.member(address(1)).orElseThrow().status()).isEqualTo(SwimStatus.SUSPECT);
    Sent<GossipMessage.Ping> second = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    assertThat(second.message().updates().get(0).member())
        .isEqualTo(e.member(address(1)).orElseThrow());
  }

  @Test
  void aHelperRelaysTheAckOrNacksOnSilence() {
    GossipEngine helper = engine(LAN, 4);
    UniqueAddress requester = address(1);
    UniqueAddress target = address(2);
    GossipOutput out = helper.onMessage(100, requester.address(),
        new GossipMessage.PingReq(requester, 77, target, true, List.of()));
    GossipMessage.Ping ping = (GossipMessage.Ping) ofType(out, GossipMessage.Ping.class).get(0)
        .message();
    GossipOutput relayed = helper.onMessage(120, target.address(),
        new GossipMessage.Ack(target, ping.seq(), List.of()));
    Envelope ack = ofType(relayed, GossipMessage.Ack.class).get(0);
    assertThat(ack.to()).isEqualTo(requester.address());
    assertThat(((GossipMessage.Ack) ack.message()).seq()).isEqualTo(77);

    GossipOutput second = helper.onMessage(200, requester.address(),
        new GossipMessage.PingReq(requester, 78, target, true, List.of()));
    long relaySeq = ((GossipMessage.Ping) ofType(second, GossipMessage.Ping.class).get(0)
        .message()).seq();
    assertThat(ofType(helper.tick(599), GossipMessage.Nack.class)).isEmpty();
    // 80% of the requester's remaining window (1,000 - 500 ms), so the nack beats its deadline.
    Envelope nack = ofType(helper.tick(600), GossipMessage.Nack.class).get(0);
    assertThat(nack.to()).isEqualTo(requester.address());
    assertThat(((GossipMessage.Nack) nack.message()).seq()).isEqualTo(78);
    GossipOutput late = helper.onMessage(650, target.address(),
        new GossipMessage.Ack(target, relaySeq, List.of()));
    assertThat(ofType(late, GossipMessage.Ack.class)).as("a late ack is still forwarded")
        .hasSize(1);
  }

  @Test
  void aPingThatAccusesThisNodeIsAnsweredWithItsCurrentClaim() {
    GossipEngine e = engine(LAN, 3);
    MemberInfo accused = new MemberInfo(address(0), "dc1", "r", 1, SwimStatus.SUSPECT);
    e.onMessage(5, address(1).address(), new GossipMessage.Gossip(address(1),
        List.of(new NodeUpdate(accused, address(1)))));
    assertThat(e.self().incarnation()).isEqualTo(2);

    // A prober that missed the refutation still suspects incarnation 1.
    GossipOutput out = e.onMessage(10, address(2).address(), new GossipMessage.Ping(address(2),
        9, address(0), List.of(new NodeUpdate(accused, address(2)))));
    GossipMessage.Ack ack = (GossipMessage.Ack) ofType(out, GossipMessage.Ack.class).get(0)
        .message();
    assertThat(ack.updates().get(0).member()).isEqualTo(e.self());
    assertThat(ack.updates().get(0).member().incarnation()).isEqualTo(2);
  }

  @Test
  void aPingForAnotherIncarnationOfThisAddressIsNotAnswered() {
    GossipEngine e = engine(LAN, 2);
    UniqueAddress old = new UniqueAddress(address(0).address(), 1);
    GossipOutput out = e.onMessage(10, address(1).address(),
        new GossipMessage.Ping(address(1), 5, old, List.of()));
    assertThat(ofType(out, GossipMessage.Ack.class)).isEmpty();
    GossipOutput answered = e.onMessage(10, address(1).address(),
        new GossipMessage.Ping(address(1), 6, address(0), List.of()));
    assertThat(ofType(answered, GossipMessage.Ack.class)).hasSize(1);
  }

  @Test
  void withThePauseGuardAPausedNodeReadsTheAckBeforeBlamingTheTarget() {
    GossipEngine e = engine(LAN.withPauseGuard(true), 6);
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    long wake = ping.at() + 2_000;
    GossipOutput afterPause = e.tick(wake);
    assertThat(ofType(afterPause, GossipMessage.PingReq.class)).isEmpty();
    assertThat(afterPause.events()).noneMatch(ev -> ev instanceof GossipEvent.Suspected);

    UniqueAddress target = ping.message().target();
    GossipOutput acked = e.onMessage(wake, target.address(),
        new GossipMessage.Ack(target, ping.message().seq(), List.of()));
    assertThat(acked.events()).hasSize(1).first().isInstanceOf(GossipEvent.AckReceived.class);
  }

  @Test
  void withoutThePauseGuardAPausedNodeBlamesTheTarget() {
    GossipEngine e = engine(LAN, 6);
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    GossipOutput afterPause = e.tick(ping.at() + 2_000);
    assertThat(afterPause.events()).anyMatch(ev -> ev instanceof GossipEvent.Suspected s
        && s.member().address().equals(ping.message().target()));
  }

  @Test
  void theFallbackPingGoesToTheTargetBesideTheIndirectProbesAndItsAckSavesTheProbe() {
    GossipEngine e = engine(LAN.withFallbackPing(true), 6);
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    UniqueAddress target = ping.message().target();

    GossipOutput atTimeout = e.tick(ping.at() + 500);
    assertThat(ofType(atTimeout, GossipMessage.PingReq.class)).hasSize(3);
    List<Envelope> again = ofType(atTimeout, GossipMessage.Ping.class);
    assertThat(again).singleElement().satisfies(env -> {
      assertThat(env.to()).isEqualTo(target.address());
      assertThat(((GossipMessage.Ping) env.message()).seq()).isEqualTo(ping.message().seq());
    });

    GossipOutput acked = e.onMessage(ping.at() + 620, target.address(),
        new GossipMessage.Ack(target, ping.message().seq(), List.of()));
    assertThat(acked.events()).containsExactly(new GossipEvent.AckReceived(target, 620, true));
    assertThat(e.tick(ping.at() + 1_000).events())
        .noneMatch(ev -> ev instanceof GossipEvent.Suspected);
    assertThat(e.member(target).orElseThrow().status()).isEqualTo(SwimStatus.ALIVE);
  }

  @Test
  void withoutTheFallbackPingOnlyTheHelpersAreAsked() {
    GossipEngine e = engine(LAN, 6);
    Sent<GossipMessage.Ping> ping = tickUntil(e, GossipMessage.Ping.class, new ArrayList<>());
    assertThat(ofType(e.tick(ping.at() + 500), GossipMessage.Ping.class)).isEmpty();
  }
}
