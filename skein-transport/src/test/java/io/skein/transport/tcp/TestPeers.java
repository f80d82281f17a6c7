package io.skein.transport.tcp;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.transport.ClusterSecret;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerLocator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/** Helpers for tests that run real transports on loopback. */
final class TestPeers {

  static final ClusterSecret SECRET = ClusterSecret.of("the-cluster-secret-0001");
  static final HostAndPort ANY_PORT = new HostAndPort("127.0.0.1", 0);

  private TestPeers() {}

  static TransportConfig config() {
    return TransportConfig.defaults(ANY_PORT, SECRET);
  }

  static TcpClusterTransport transport(TransportConfig config) {
    return new TcpClusterTransport(config, PeerLocator.sameRack(), Clock.system(),
        new SplittableRandom(1));
  }

  /** Answers every request with its payload; remembers one-way messages. */
  static final class Echo implements PeerHandler {
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
        Responder reply) {
      reply.reply(payload);
    }

    @Override
    public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {
      messages.add(new String(payload, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Holds every request unanswered until the test answers it. */
  static final class Holding implements PeerHandler {
    final List<Responder> held = new CopyOnWriteArrayList<>();
    final List<byte[]> payloads = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
        Responder reply) {
      payloads.add(payload);
      held.add(reply);
    }

    @Override
    public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {}
  }
}
