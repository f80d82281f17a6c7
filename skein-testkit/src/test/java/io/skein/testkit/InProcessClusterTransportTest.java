package io.skein.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.transport.ClusterSecret;
import io.skein.transport.FrameRejection;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The in-memory network in manual mode: time moves only when the test moves it. */
class InProcessClusterTransportTest {

  static final ClusterSecret SECRET = ClusterSecret.of("the-cluster-secret-0001");
  static final HostAndPort A = new HostAndPort("node-a", 8101);
  static final HostAndPort B = new HostAndPort("node-b", 8101);

  final long seed = 20240611L;
  final ManualClock clock = new ManualClock(0);
  final InProcessRegistry registry = InProcessRegistry.manual(clock, new SplittableRandom(seed));
  final Recorder atA = new Recorder();
  final Recorder atB = new Recorder();
  final InProcessClusterTransport a = start(A, SECRET, atA);
  final InProcessClusterTransport b = start(B, SECRET, atB);

  /** Echoes requests, records one-way messages. */
  static final class Recorder implements PeerHandler {
    final List<String> messages = new CopyOnWriteArrayList<>();
    final List<HostAndPort> requestsFrom = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
        Responder reply) {
      requestsFrom.add(from);
      reply.reply(payload);
    }

    @Override
    public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {
      messages.add(new String(payload, StandardCharsets.UTF_8));
    }
  }

  InProcessClusterTransport start(HostAndPort at, ClusterSecret secret, PeerHandler handler) {
    InProcessClusterTransport t = new InProcessClusterTransport(registry, at, secret,
        Duration.ofSeconds(5), 1024, 8192);
    t.start(handler);
    return t;
  }

  @Test
  void aRequestIsAnsweredWhenTheNetworkDeliversAndNotBefore() throws Exception {
    CompletableFuture<byte[]> reply = a.request(B, MessageChannel.DATA, bytes("ping"));
    assertThat(reply).isNotDone();
    assertThat(registry.deliverDue()).isEqualTo(2);
    assertThat(reply.get()).isEqualTo(bytes("ping"));
    assertThat(atB.requestsFrom).containsExactly(A);
  }

  @Test
  void aDelayedLinkDeliversExactlyWhenTheDelayHasPassed() throws Exception {
    registry.setDefaultConditions(LinkConditions.delay(Duration.ofMillis(100)));
    CompletableFuture<byte[]> reply = a.request(B, MessageChannel.DATA, bytes("x"));
    clock.advanceMillis(99);
    registry.deliverDue();
    assertThat(atB.requestsFrom).isEmpty();
    clock.advanceMillis(1);
    registry.deliverDue();
    assertThat(atB.requestsFrom).hasSize(1);
    assertThat(reply).isNotDone();
    clock.advanceMillis(100);
    registry.deliverDue();
    assertThat(reply.get()).isEqualTo(bytes("x"));
  }

  @Test
  void aLostRequestTimesOut() {
    registry.setConditions(A, B, LinkConditions.PERFECT.withLoss(1.0));
    CompletableFuture<byte[]> reply = a.request(B, MessageChannel.DATA, bytes("x"));
    registry.deliverDue();
    clock.advanceMillis(4_999);
    registry.deliverDue();
    assertThat(reply).isNotDone();
    clock.advanceMillis(1);
    registry.deliverDue();
    assertThat(reply).isCompletedExceptionally();
    assertThat(cause(reply)).isInstanceOf(TimeoutException.class);
    assertThat(registry.framesLost()).isEqualTo(1);
    assertThat(a.stats().requestsTimedOut()).isEqualTo(1);
  }

  @Test
  void seededLossDropsAboutItsShareAndTheSameSeedDropsTheSameFrames() {
    registry.setConditions(A, B, LinkConditions.PERFECT.withLoss(0.5));
    for (int i = 0; i < 200; i++) {
      a.send(B, MessageChannel.GOSSIP, bytes("m" + i));
    }
    registry.deliverDue();
    assertThat(atB.messages.size()).as("seed %d", seed).isBetween(60, 140);
    assertThat(atB.messages.size() + registry.framesLost()).isEqualTo(200);
    assertThat(b.stats().replays()).as("gaps in sequence numbers are not replays").isZero();

    InProcessRegistry again = InProcessRegistry.manual(clock, new SplittableRandom(seed));
    again.setConditions(A, B, LinkConditions.PERFECT.withLoss(0.5));
    Recorder sink = new Recorder();
    InProcessClusterTransport a2 = new InProcessClusterTransport(again, A, SECRET);
    InProcessClusterTransport b2 = new InProcessClusterTransport(again, B, SECRET);
    a2.start(new Recorder());
    b2.start(sink);
    for (int i = 0; i < 200; i++) {
      a2.send(B, MessageChannel.GOSSIP, bytes("m" + i));
    }
    again.deliverDue();
    assertThat(sink.messages).as("seed %d", seed).isEqualTo(atB.messages);
  }

  @Test
  void framesOnOneLinkKeepTheirOrderWhateverTheirDelays() {
    registry.setDefaultConditions(new LinkConditions(0, Duration.ZERO, Duration.ofMillis(50)));
    for (int i = 0; i < 100; i++) {
      a.send(B, MessageChannel.GOSSIP, bytes(Integer.toString(i)));
    }
    clock.advanceMillis(50);
    registry.deliverDue();
    assertThat(atB.messages).hasSize(100);
    assertThat(atB.messages).isSortedAccordingTo((x, y) ->
        Integer.compare(Integer.parseInt(x), Integer.parseInt(y)));
    assertThat(b.stats().rejectedTotal()).isZero();
  }

  @Test
  void aPartitionRefusesNewConnectionsAndHealingRestoresThem() throws Exception {
    registry.partition(Set.of(A), Set.of(B));
    assertThat(cause(a.request(B, MessageChannel.DATA, bytes("x"))))
        .isInstanceOf(PeerUnavailableException.class).hasMessageContaining("partitioned");
    registry.heal();
    CompletableFuture<byte[]> reply = a.request(B, MessageChannel.DATA, bytes("y"));
    registry.deliverDue();
    assertThat(reply.get()).isEqualTo(bytes("y"));
  }

  @Test
  void aPartitionOnAnOpenConnectionTimesRequestsOutUntilItHeals() throws Exception {
    CompletableFuture<byte[]> first = a.request(B, MessageChannel.DATA, bytes("1"));
    registry.deliverDue();
    assertThat(first.get()).isEqualTo(bytes("1"));
    registry.partition(Set.of(A), Set.of(B));
    CompletableFuture<byte[]> cut = a.request(B, MessageChannel.DATA, bytes("2"));
    clock.advanceMillis(5_000);
    registry.deliverDue();
    assertThat(cause(cut)).isInstanceOf(TimeoutException.class);
    assertThat(registry.framesBlocked()).isEqualTo(1);
    registry.heal();
    CompletableFuture<byte[]> healed = a.request(B, MessageChannel.DATA, bytes("3"));
    registry.deliverDue();
    assertThat(healed.get()).isEqualTo(bytes("3"));
  }

  @Test
  void aOneWayBlockStopsOnlyItsDirection() {
    a.send(B, MessageChannel.GOSSIP, bytes("a1"));
    b.send(A, MessageChannel.GOSSIP, bytes("b1"));
    registry.deliverDue();
    registry.block(A, B);
    a.send(B, MessageChannel.GOSSIP, bytes("a2"));
    b.send(A, MessageChannel.GOSSIP, bytes("b2"));
    registry.deliverDue();
    assertThat(atB.messages).containsExactly("a1");
    assertThat(atA.messages).containsExactly("b1", "b2");
  }

  @Test
  void aPeerThatClosesFailsWhatIsInFlightToIt() {
    registry.setDefaultConditions(LinkConditions.delay(Duration.ofMillis(10)));
    CompletableFuture<byte[]> reply = a.request(B, MessageChannel.DATA, bytes("x"));
    b.close();
    assertThat(cause(reply)).isInstanceOf(PeerUnavailableException.class)
        .hasMessageContaining("peer closed");
    clock.advanceMillis(10);
    registry.deliverDue();
    assertThat(atB.requestsFrom).isEmpty();
    assertThat(cause(a.request(B, MessageChannel.DATA, bytes("y"))))
        .isInstanceOf(PeerUnavailableException.class).hasMessageContaining("nothing listens");
  }

  @Test
  void aTransportWithAnotherSecretCannotConnect() {
    Recorder atC = new Recorder();
    HostAndPort c = new HostAndPort("node-c", 8101);
    InProcessClusterTransport intruder =
        start(c, ClusterSecret.of("not-the-cluster-secret"), atC);
    assertThat(cause(intruder.request(B, MessageChannel.DATA, bytes("x"))))
        .isInstanceOf(PeerUnavailableException.class).hasMessageContaining("handshake");
    intruder.send(B, MessageChannel.GOSSIP, bytes("hi"));
    registry.deliverDue();
    assertThat(atB.requestsFrom).isEmpty();
    assertThat(atB.messages).isEmpty();
    assertThat(b.stats().rejected(FrameRejection.HANDSHAKE_FAILED)).isEqualTo(2);
  }

  static Throwable cause(CompletableFuture<byte[]> future) {
    assertThat(future).isCompletedExceptionally();
    try {
      future.get();
      throw new AssertionError("not failed");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
