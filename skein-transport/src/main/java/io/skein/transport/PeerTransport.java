package io.skein.transport;

import io.skein.core.HostAndPort;
import java.util.concurrent.CompletableFuture;

/**
 * Moves opaque payloads between Skein nodes. The seam between the node's protocol logic and the
 * network: {@code tcp.TcpClusterTransport} is the real one on the peer port, the testkit's
 * {@code InProcessClusterTransport} implements it for fast multi-node tests.
 *
 * <p>Contract:
 * <ul>
 *   <li>Every frame is authenticated under the cluster secret; a frame that fails
 *       authentication is dropped and counted, never delivered.</li>
 *   <li>{@link #request} completes exactly once: with the peer's reply payload, or exceptionally
 *       with a {@link PeerUnavailableException} (cannot connect, connection lost before the
 *       reply, transport closed), a {@link java.util.concurrent.TimeoutException}, or a
 *       {@link PeerErrorException} when the peer's handler failed it. A request
 *       that cannot be delivered is never silently lost.</li>
 *   <li>When a peer's outstanding requests reach the configured bound, further requests wait
 *       for room (backpressure) rather than being dropped.</li>
 *   <li>{@link #send} is best effort (gossip): it may be lost, and says nothing when it is.</li>
 *   <li>Payloads are not copied by the caller after the call; the transport may keep them until
 *       written.</li>
 * </ul>
 *
 * <p>Lifecycle: a constructor binds nothing; {@link #start} binds the listener and begins
 * delivering inbound frames to the handler; {@link #close} stops it and fails what is pending.
 */
public interface PeerTransport extends AutoCloseable {

  /** Binds the peer port and delivers inbound frames to {@code handler} from now on. */
  void start(PeerHandler handler);

  /** The address peers reach this node at (the bound port once started). */
  HostAndPort localAddress();

  /** Sends a request on {@code channel} to {@code peer}; the future carries the reply. */
  CompletableFuture<byte[]> request(HostAndPort peer, MessageChannel channel, byte[] payload);

  /** Sends a one-way message, best effort. */
  void send(HostAndPort peer, MessageChannel channel, byte[] payload);

  /**
   * This transport's counters (frames, refusals by reason, connects, failed and timed-out
   * requests). Transports that count override this; the default counts nothing.
   */
  default TransportStats stats() {
    return new TransportStats();
  }

  /** Stops listening, closes connections, fails pending requests. */
  @Override
  void close();
}
