package io.skein.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skein.core.HostAndPort;
import io.skein.transport.ClusterSecret;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerErrorException;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerTransport;
import io.skein.transport.PeerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link PeerTransport} contract, run against every transport: one subclass per transport
 * supplies the transports, these tests hold them all to the same behaviour.
 */
abstract class PeerTransportContract {

  static final ClusterSecret SECRET = ClusterSecret.of("the-cluster-secret-0001");
  static final Duration WAIT = Duration.ofSeconds(10);

  private final List<PeerTransport> started = new ArrayList<>();

  /** A new, unstarted transport under {@code secret}, with at most {@code maxOutstanding}
   * unanswered requests to one peer. */
  abstract PeerTransport newTransport(ClusterSecret secret, int maxOutstanding);

  /** An address at which no transport listens. */
  abstract HostAndPort deadAddress() throws Exception;

  @AfterEach
  void closeAll() {
    started.forEach(PeerTransport::close);
  }

  PeerTransport start(ClusterSecret secret, int maxOutstanding, PeerHandler handler) {
    PeerTransport t = newTransport(secret, maxOutstanding);
    started.add(t);
    t.start(handler);
    return t;
  }

  PeerTransport start(PeerHandler handler) {
    return start(SECRET, 1024, handler);
  }

  /** Echoes requests with the channel prefixed; records senders and one-way messages. */
  static final class Recorder implements PeerHandler {
    final List<HostAndPort> senders = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
        Responder reply) {
      senders.add(from);
      reply.reply(bytes(channel + ":" + text(payload)));
    }

    @Override
    public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {
      senders.add(from);
      messages.add(channel + ":" + text(payload));
    }
  }

  @Test
  void aRequestReachesThePeersHandlerAndItsReplyComesBack() throws Exception {
    Recorder atB = new Recorder();
    PeerTransport b = start(atB);
    PeerTransport a = start(new Recorder());
    byte[] reply = a.request(b.localAddress(), MessageChannel.DATA, bytes("get k"))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(text(reply)).isEqualTo("DATA:get k");
    assertThat(atB.senders).containsExactly(a.localAddress());
  }

  @Test
  void oneWayMessagesArriveOnTheirChannelInOrder() {
    Recorder atB = new Recorder();
    PeerTransport b = start(atB);
    PeerTransport a = start(new Recorder());
    for (int i = 0; i < 20; i++) {
      a.send(b.localAddress(), MessageChannel.GOSSIP, bytes("m" + i));
    }
    await().atMost(WAIT).until(() -> atB.messages.size() == 20);
    assertThat(atB.messages).startsWith("GOSSIP:m0", "GOSSIP:m1").endsWith("GOSSIP:m19");
  }

  @Test
  void concurrentRequestsEachGetTheirOwnReply() throws Exception {
    PeerTransport b = start(new Recorder());
    PeerTransport a = start(new Recorder());
    Map<String, CompletableFuture<byte[]>> replies = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      Thread sender = new Thread(() -> {
        for (int i = 0; i < 100; i++) {
          String payload = thread + "-" + i;
          replies.put(payload, a.request(b.localAddress(), MessageChannel.DATA, bytes(payload)));
        }
      });
      sender.start();
      threads.add(sender);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(replies).hasSize(400);
    for (Map.Entry<String, CompletableFuture<byte[]>> e : replies.entrySet()) {
      assertThat(text(e.getValue().get(WAIT.toSeconds(), TimeUnit.SECONDS)))
          .isEqualTo("DATA:" + e.getKey());
    }
  }

  @Test
  void aRequestToAPeerThatIsDownFailsInsteadOfHanging() throws Exception {
    PeerTransport a = start(new Recorder());
    CompletableFuture<byte[]> reply = a.request(deadAddress(), MessageChannel.DATA, bytes("x"));
    assertThat(reply).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class);
  }

  @Test
  void aHandlersFailureReachesTheRequesterAsAnError() {
    PeerTransport b = start(new PeerHandler() {
      @Override
      public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
          Responder reply) {
        reply.fail("WRONGTYPE Operation against a key holding the wrong kind of value");
      }

      @Override
      public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {}
    });
    PeerTransport a = start(new Recorder());
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, bytes("x")))
        .failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerErrorException.class).withMessageContaining("WRONGTYPE");
  }

  @Test
  void theOutstandingBoundHoldsRequestsBackAndLosesNone() throws Exception {
    Gate gate = new Gate();
    PeerTransport b = start(gate);
    PeerTransport a = start(SECRET, 2, new Recorder());
    List<CompletableFuture<byte[]>> replies = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      replies.add(a.request(b.localAddress(), MessageChannel.DATA, bytes("r" + i)));
    }
    await().atMost(WAIT).until(() -> gate.held.size() == 2);
    assertThat(replies.get(9)).as("queued behind the bound, not dropped").isNotDone();
    for (int answered = 0; answered < 10; answered++) {
      int next = answered;
      await().atMost(WAIT).until(() -> gate.held.size() > next);
      gate.held.get(next).reply(bytes("done " + next));
    }
    for (int i = 0; i < 10; i++) {
      assertThat(text(replies.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS)))
          .isEqualTo("done " + i);
    }
    assertThat(gate.maxUnanswered.get()).isBetween(1, 2);
  }

  /** Holds requests until the test answers them; tracks the most ever held unanswered. */
  static final class Gate implements PeerHandler {
    final List<Responder> held = new CopyOnWriteArrayList<>();
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger maxUnanswered = new AtomicInteger();

    @Override
    public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
        Responder reply) {
      held.add(new Responder() {
        @Override
        public void reply(byte[] p) {
          answered.incrementAndGet();
          reply.reply(p);
        }

        @Override
        public void fail(String message) {
          answered.incrementAndGet();
          reply.fail(message);
        }
      });
      maxUnanswered.accumulateAndGet(held.size() - answered.get(), Math::max);
    }

    @Override
    public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {}
  }

  @Test
  void aTransportWithAnotherSecretDeliversNothing() {
    Recorder atB = new Recorder();
    PeerTransport b = start(atB);
    PeerTransport intruder = start(ClusterSecret.of("not-the-cluster-secret"), 1024,
        new Recorder());
    intruder.send(b.localAddress(), MessageChannel.GOSSIP, bytes("hi"));
    assertThat(intruder.request(b.localAddress(), MessageChannel.DATA, bytes("x")))
        .failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class);
    await().atMost(WAIT).until(() -> b.stats().rejectedTotal() > 0);
    assertThat(atB.senders).isEmpty();
    assertThat(atB.messages).isEmpty();
  }

  @Test
  void closingFailsTheRequestsItHasPending() {
    Gate gate = new Gate();
    PeerTransport b = start(gate);
    PeerTransport a = start(new Recorder());
    CompletableFuture<byte[]> reply = a.request(b.localAddress(), MessageChannel.DATA, bytes("x"));
    await().atMost(WAIT).until(() -> gate.held.size() == 1);
    a.close();
    assertThat(reply).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
