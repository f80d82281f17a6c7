package io.skein.transport;

import io.skein.core.HostAndPort;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A transport that can be told to cut this node off from chosen peers, both ways, as a network
 * partition would: requests to them fail as unreachable, one-way messages to them vanish, and
 * whatever they send is dropped on arrival. It lets tests of real node processes split a
 * cluster without network namespaces; {@code SKEIN PARTITION} drives it when a node is started
 * with debug commands enabled.
 *
 * <p>Thread-safe; with nothing blocked it only adds a lookup in an empty set per frame.
 */
public final class PartitionableTransport implements PeerTransport {

  private final PeerTransport inner;
  private final Set<HostAndPort> blocked = ConcurrentHashMap.newKeySet();

  public PartitionableTransport(PeerTransport inner) {
    this.inner = inner;
  }

  /** Cuts this node off from {@code peers} (added to any already cut off). */
  public void block(Set<HostAndPort> peers) {
    blocked.addAll(peers);
  }

  /** Reconnects this node with every peer. */
  public void heal() {
    blocked.clear();
  }

  /** The peers this node is cut off from now. */
  public Set<HostAndPort> blocked() {
    return Set.copyOf(blocked);
  }

  @Override
  public void start(PeerHandler handler) {
    inner.start(new PeerHandler() {
      @Override
      public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
          Responder reply) {
        if (blocked.contains(from)) {
          reply.fail("partitioned");
          return;
        }
        handler.onRequest(from, channel, payload, reply);
      }

      @Override
      public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {
        if (!blocked.contains(from)) {
          handler.onMessage(from, channel, payload);
        }
      }
    });
  }

  @Override
  public HostAndPort localAddress() {
    return inner.localAddress();
  }

  @Override
  public TransportStats stats() {
    return inner.stats();
  }

  @Override
  public CompletableFuture<byte[]> request(HostAndPort peer, MessageChannel channel,
      byte[] payload) {
    if (blocked.contains(peer)) {
      return CompletableFuture.failedFuture(new PeerUnavailableException(peer, "partitioned"));
    }
    return inner.request(peer, channel, payload);
  }

  @Override
  public void send(HostAndPort peer, MessageChannel channel, byte[] payload) {
    if (!blocked.contains(peer)) {
      inner.send(peer, channel, payload);
    }
  }

  @Override
  public void close() {
    inner.close();
  }
}
