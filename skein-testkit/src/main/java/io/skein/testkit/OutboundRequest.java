package io.skein.testkit;

import io.skein.core.HostAndPort;
import io.skein.transport.MessageChannel;
import java.util.concurrent.CompletableFuture;

/** A request of an {@link InProcessClusterTransport} from {@code request()} until answered. */
final class OutboundRequest {

  final HostAndPort peer;
  final MessageChannel channel;
  final byte[] payload;
  final long correlationId;
  final CompletableFuture<byte[]> future = new CompletableFuture<>();

  OutboundRequest(HostAndPort peer, MessageChannel channel, byte[] payload, long correlationId) {
    this.peer = peer;
    this.channel = channel;
    this.payload = payload;
    this.correlationId = correlationId;
  }
}
