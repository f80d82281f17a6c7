package io.skein.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PartitionableTransportTest {

  private static final HostAndPort A = new HostAndPort("127.0.0.1", 17001);
  private static final HostAndPort B = new HostAndPort("127.0.0.1", 17002);

  /** Records what goes out and hands inbound frames to the handler it was started with. */
  private static final class Loop implements PeerTransport {
    final List<HostAndPort> sent = new ArrayList<>();
    PeerHandler handler;

    @Override
    public void start(PeerHandler handler) {
      this.handler = handler;
    }

    @Override
    public HostAndPort localAddress() {
      return A;
    }

    @Override
    public CompletableFuture<byte[]> request(HostAndPort peer, MessageChannel c, byte[] p) {
      sent.add(peer);
      return CompletableFuture.completedFuture(p);
    }

    @Override
    public void send(HostAndPort peer, MessageChannel c, byte[] p) {
      sent.add(peer);
    }

    @Override
    public void close() {}
  }

  @Test
  void aBlockedPeerIsCutOffBothWaysUntilHealed() {
    Loop inner = new Loop();
    PartitionableTransport t = new PartitionableTransport(inner);
    List<HostAndPort> delivered = new ArrayList<>();
    t.start(new PeerHandler() {
      @Override
      public void onRequest(HostAndPort from, MessageChannel c, byte[] p, Responder r) {
        delivered.add(from);
        r.reply(p);
      }

      @Override
      public void onMessage(HostAndPort from, MessageChannel c, byte[] p) {
        delivered.add(from);
      }
    });
    t.block(Set.of(B));

    assertThat(t.request(B, MessageChannel.DATA, new byte[1]))
        .isCompletedExceptionally();
    t.send(B, MessageChannel.GOSSIP, new byte[1]);
    inner.handler.onMessage(B, MessageChannel.GOSSIP, new byte[1]);
    List<String> failures = new ArrayList<>();
    inner.handler.onRequest(B, MessageChannel.DATA, new byte[1], new PeerHandler.Responder() {
      @Override
      public void reply(byte[] payload) {}

      @Override
      public void fail(String message) {
        failures.add(message);
      }
    });
    assertThat(inner.sent).isEmpty();
    assertThat(delivered).isEmpty();
    assertThat(failures).containsExactly("partitioned");

    t.heal();
    assertThat(t.request(B, MessageChannel.DATA, new byte[1])).isCompleted();
    inner.handler.onMessage(B, MessageChannel.GOSSIP, new byte[1]);
    assertThat(inner.sent).containsExactly(B);
    assertThat(delivered).containsExactly(B);
  }
}
