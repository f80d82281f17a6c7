package io.skein.transport.membership;

import io.skein.core.HostAndPort;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerTransport;
import io.skein.transport.PeerUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Pools, members and a recording transport for the driver's unit tests. */
final class Fixtures {

  static final int PORT = 8101;

  private Fixtures() {}

  /** Node {@code n} (1-based) listens on {@code 10.0.0.n:8101}. */
  static HostAndPort address(int n) {
    return new HostAndPort("10.0.0." + n, PORT);
  }

  static UniqueAddress member(int n) {
    return new UniqueAddress(address(n), 100 + n);
  }

  static Member up(int n, int upNumber) {
    return new Member(member(n), MemberStatus.UP, upNumber, "dc1", "r1", Set.of());
  }

  /** {@code size} peers in one rack of dc1, the ring split evenly; peer {@code local} is us. */
  static ServerPool pool(int size, int local) {
    List<Peer> peers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      long token = (0x1_0000_0000L / size) * (i + 1) - 1;
      peers.add(new Peer(i, PeerEndpoint.tcp("10.0.0." + (i + 1), PORT), "r1", "dc1",
          List.of(new DynToken(token)), i == local, true, false));
    }
    return ServerPool.create(PoolConfig.defaults("dc1", "r1"), peers);
  }

  /** One message the node handed to the transport. */
  record Sent(HostAndPort to, MessageChannel channel, byte[] payload) {}

  /** A transport that records what it is asked to send and delivers nothing. */
  static final class RecordingTransport implements PeerTransport {
    final HostAndPort address;
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    RecordingTransport(HostAndPort address) {
      this.address = address;
    }

    @Override
    public void start(PeerHandler handler) {}

    @Override
    public HostAndPort localAddress() {
      return address;
    }

    @Override
    public CompletableFuture<byte[]> request(HostAndPort peer, MessageChannel channel,
        byte[] payload) {
      return CompletableFuture.failedFuture(new PeerUnavailableException(peer, "recording"));
    }

    @Override
    public void send(HostAndPort peer, MessageChannel channel, byte[] payload) {
      if (failing) {
        throw new IllegalStateException("transport closed");
      }
      sent.add(new Sent(peer, channel, payload));
    }

    @Override
    public void close() {}
  }
}
