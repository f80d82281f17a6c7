package io.skein.transport.tcp;

import static io.skein.transport.tcp.TestPeers.config;
import static io.skein.transport.tcp.TestPeers.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skein.core.HostAndPort;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerUnavailableException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Behaviour of the TCP transport that the shared contract suite does not cover. */
class TcpClusterTransportTest {

  private final List<TcpClusterTransport> started = new ArrayList<>();

  @AfterEach
  void closeAll() {
    started.forEach(TcpClusterTransport::close);
  }

  private TcpClusterTransport start(TransportConfig config, io.skein.transport.PeerHandler h) {
    TcpClusterTransport t = transport(config);
    started.add(t);
    t.start(h);
    return t;
  }

  @Test
  void aPeerThatIsDownFailsAtOnceAndOneWayMessagesAreDroppedDuringTheBackoff() throws Exception {
    HostAndPort nobody = freePort();
    TcpClusterTransport a = start(config()
        .withReconnectBackoff(Duration.ofMinutes(1), Duration.ofMinutes(2)), new TestPeers.Echo());
    assertThat(a.request(nobody, MessageChannel.DATA, bytes("x")))
        .failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class)
        .withMessageContaining("cannot connect");
    await().atMost(Duration.ofSeconds(5)).until(() -> a.stats().connectFailures() == 1);
    a.send(nobody, MessageChannel.GOSSIP, bytes("hello"));
    await().atMost(Duration.ofSeconds(5)).until(() -> a.stats().messagesDropped() == 1);
    assertThat(a.stats().connectFailures()).isEqualTo(1); // no attempt for a one-way message
  }

  @Test
  void aRequestDuringTheBackoffConnectsOnDemandOnceThePeerListens() throws Exception {
    HostAndPort later = freePort();
    TcpClusterTransport a = start(config()
        .withReconnectBackoff(Duration.ofMinutes(1), Duration.ofMinutes(2)), new TestPeers.Echo());
    assertThat(a.request(later, MessageChannel.DATA, bytes("x")))
        .failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class);
    TcpClusterTransport b = transport(TransportConfig.defaults(later, TestPeers.SECRET));
    started.add(b);
    b.start(new TestPeers.Echo());
    // A minute of backoff is left, yet a request reaches the peer that now listens.
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
        a.request(later, MessageChannel.DATA, bytes("y")).handle((r, e) -> r)
            .get(5, TimeUnit.SECONDS)).isEqualTo(bytes("y")));
  }

  @Test
  void aRestartedPeerIsReachedAgainAndCountsAsAReconnect() throws Exception {
    TcpClusterTransport b = start(config(), new TestPeers.Echo());
    HostAndPort addr = b.localAddress();
    TcpClusterTransport a = start(config()
        .withReconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(20)), new TestPeers.Echo());
    assertThat(a.request(addr, MessageChannel.DATA, bytes("1")).get(5, TimeUnit.SECONDS))
        .isEqualTo(bytes("1"));
    b.close();
    TcpClusterTransport again = transport(TransportConfig.defaults(addr, TestPeers.SECRET));
    started.add(again);
    again.start(new TestPeers.Echo());
    assertThat(again.localAddress()).isEqualTo(addr);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
        a.request(addr, MessageChannel.DATA, bytes("2")).handle((r, e) -> r)
            .get(5, TimeUnit.SECONDS)).isEqualTo(bytes("2")));
    assertThat(a.stats().reconnects()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void requestsInFlightFailWhenTheConnectionDrops() throws Exception {
    TestPeers.Holding holding = new TestPeers.Holding();
    TcpClusterTransport b = start(config(), holding);
    TcpClusterTransport a = start(config(), new TestPeers.Echo());
    CompletableFuture<byte[]> reply = a.request(b.localAddress(), MessageChannel.DATA, bytes("q"));
    await().atMost(Duration.ofSeconds(5)).until(() -> holding.held.size() == 1);
    b.close();
    assertThat(reply).failsWithin(5, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class)
        .withMessageContaining("connection lost before the reply");
  }

  @Test
  void aRequestWithoutAnswerTimesOut() {
    TestPeers.Holding holding = new TestPeers.Holding();
    TcpClusterTransport b = start(config(), holding);
    TcpClusterTransport a = start(config()
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200)), new TestPeers.Echo());
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, bytes("q")))
        .failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(TimeoutException.class);
    // Counted just after the future completes, on the timer's thread.
    await().atMost(Duration.ofSeconds(5)).until(() -> a.stats().requestsTimedOut() == 1);
  }

  @Test
  void aQueuedRequestTimesOutAndLeavesTheQueue() throws Exception {
    TestPeers.Holding holding = new TestPeers.Holding();
    TcpClusterTransport b = start(config(), holding);
    TcpClusterTransport a = start(config().withOutstandingBounds(1, 4)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)), new TestPeers.Echo());
    HostAndPort to = b.localAddress();
    // Connected and answered first, so that the connect is not part of the timed requests.
    CompletableFuture<byte[]> warm = a.request(to, MessageChannel.DATA, bytes("0"));
    await().atMost(Duration.ofSeconds(5)).until(() -> holding.held.size() == 1);
    holding.held.get(0).reply(bytes("r0"));
    assertThat(warm.get(5, TimeUnit.SECONDS)).isEqualTo(bytes("r0"));
    CompletableFuture<byte[]> sent = a.request(to, MessageChannel.DATA, bytes("1"));
    CompletableFuture<byte[]> queued = a.request(to, MessageChannel.DATA, bytes("2"));
    assertThat(a.queued(to)).isEqualTo(1);
    for (CompletableFuture<byte[]> f : List.of(sent, queued)) {
      assertThat(f).failsWithin(5, TimeUnit.SECONDS)
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(TimeoutException.class)
          .withMessageContaining("no reply within 500 ms");
    }
    assertThat(a.queued(to)).isZero();
    // "1" was handed to the connection; on a slow machine it may time out before its write
    // task runs, and then it is not sent at all. When it times out first, its slot goes to "2"
    // (still within its own deadline for a moment), which may then be sent. Either way every
    // slot is free again, late replies are ignored, and a new request goes through.
    CompletableFuture<byte[]> next = a.request(to, MessageChannel.DATA, bytes("3"));
    await().atMost(Duration.ofSeconds(5)).until(() -> texts(holding).contains("3"));
    for (int i = 1; i < holding.held.size(); i++) {
      boolean third = texts(holding).get(i).equals("3");
      holding.held.get(i).reply(bytes(third ? "r3" : "late"));
    }
    assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo(bytes("r3"));
    assertThat(texts(holding)).startsWith("0").endsWith("3").doesNotHaveDuplicates();
  }

  private static List<String> texts(TestPeers.Holding holding) {
    return holding.payloads.stream().map(p -> new String(p, StandardCharsets.UTF_8)).toList();
  }

  @Test
  void manyRequestsFromSeveralThreadsAreEachAnsweredWithTheirOwnReply() throws Exception {
    TcpClusterTransport b = start(config(), new TestPeers.Echo());
    TcpClusterTransport a = start(config(), new TestPeers.Echo());
    java.util.Map<String, CompletableFuture<byte[]>> replies =
        new java.util.concurrent.ConcurrentHashMap<>();
    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      senders.add(new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          String text = thread + ":" + i;
          replies.put(text, a.request(b.localAddress(), MessageChannel.DATA, bytes(text)));
        }
      }));
    }
    senders.forEach(Thread::start);
    for (Thread s : senders) {
      s.join();
    }
    assertThat(replies).hasSize(2000);
    for (var e : replies.entrySet()) {
      assertThat(e.getValue().get(10, TimeUnit.SECONDS)).as(e.getKey())
          .isEqualTo(bytes(e.getKey()));
    }
  }

  @Test
  void aFullQueueFailsTheNextRequestAtOnceAndTheQueuedOneIsSentWhenRoomFrees() throws Exception {
    TestPeers.Holding holding = new TestPeers.Holding();
    TcpClusterTransport b = start(config(), holding);
    TcpClusterTransport a = start(config().withOutstandingBounds(1, 1), new TestPeers.Echo());
    CompletableFuture<byte[]> first = a.request(b.localAddress(), MessageChannel.DATA, bytes("1"));
    await().atMost(Duration.ofSeconds(5)).until(() -> holding.held.size() == 1);
    CompletableFuture<byte[]> second = a.request(b.localAddress(), MessageChannel.DATA, bytes("2"));
    CompletableFuture<byte[]> third = a.request(b.localAddress(), MessageChannel.DATA, bytes("3"));
    assertThat(third).failsWithin(1, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class)
        .withMessageContaining("queue full");
    assertThat(a.queued(b.localAddress())).isEqualTo(1);
    holding.held.get(0).reply(bytes("r1"));
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(bytes("r1"));
    await().atMost(Duration.ofSeconds(5)).until(() -> holding.held.size() == 2);
    assertThat(holding.payloads.get(1)).isEqualTo(bytes("2"));
    holding.held.get(1).reply(bytes("r2"));
    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(bytes("r2"));
  }

  @Test
  void aPayloadLargerThanAFrameFailsAtOnceAndTheConnectionStaysUp() throws Exception {
    TcpClusterTransport b = start(config(), new TestPeers.Echo());
    TcpClusterTransport a = start(config().withMaxFrameBytes(1024), new TestPeers.Echo());
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, new byte[2048]))
        .failsWithin(1, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IllegalArgumentException.class)
        .withMessageContaining("payload: 2048 bytes (expected: <= 971");
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, new byte[971])
        .get(5, TimeUnit.SECONDS)).hasSize(971);
  }

  @Test
  void aPoolOpensTheConfiguredNumberOfConnections() throws Exception {
    TcpClusterTransport b = start(config(), new TestPeers.Echo());
    TcpClusterTransport a = start(config().withPeerConnections(3, 1), new TestPeers.Echo());
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, bytes("x"))
        .get(5, TimeUnit.SECONDS)).isEqualTo(bytes("x"));
    await().atMost(Duration.ofSeconds(5)).until(() -> a.stats().connects() == 3);
  }

  @Test
  void aListenerThatNeverAnswersTheHelloFailsTheHandshakeInTime() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      HostAndPort addr = new HostAndPort("127.0.0.1", silent.getLocalPort());
      TcpClusterTransport a = start(config()
          .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(5)), new TestPeers.Echo());
      assertThat(a.request(addr, MessageChannel.DATA, bytes("x")))
          .failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(PeerUnavailableException.class)
          .withMessageContaining("handshake not finished within 300 ms");
    }
  }

  private static HostAndPort freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new HostAndPort("127.0.0.1", s.getLocalPort());
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
