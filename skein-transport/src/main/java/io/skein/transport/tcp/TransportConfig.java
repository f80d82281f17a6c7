package io.skein.transport.tcp;

import io.skein.core.HostAndPort;
import io.skein.transport.Backoff;
import io.skein.transport.ClusterSecret;
import io.skein.transport.SecureServerOption;
import io.skein.transport.frame.FrameCodec;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link TcpClusterTransport}. Start from {@link #defaults} and change what the
 * node's config sets with the {@code with...} methods.
 *
 * @param bind where to listen ({@code dyn_listen}); port 0 picks a free port
 * @param advertised the address peers reach this node at, sent in every HELLO; null: the bind
 *     host with the bound port
 * @param secret the cluster secret ({@code cluster_secret} / {@code cluster_secret_file})
 * @param connectTimeout TCP connect plus TLS and HELLO handshake
 * @param requestTimeout from {@code request()} to its reply, queueing included
 * @param localPeerConnections connections to each peer of this datacenter
 *     ({@code local_peer_connections})
 * @param remotePeerConnections connections to each peer of another datacenter
 *     ({@code remote_peer_connections})
 * @param maxOutstandingPerConnection requests sent and not yet answered on one connection
 * @param maxQueuedPerPeer requests waiting for room on a peer's connections; past it a request
 *     fails at once
 * @param reconnectBackoff wait after failed connects before the next attempt
 * @param maxFrameBytes largest frame length accepted; a larger one closes the connection
 * @param secureServerOption which connections use TLS ({@code secure_server_option})
 * @param tls certificate, key and trust anchors; required unless the option is NONE
 * @param rejectLogInterval at most one log line per peer per interval for refused frames
 * @param ioThreads Netty event loop threads
 */
public record TransportConfig(
    HostAndPort bind,
    HostAndPort advertised,
    ClusterSecret secret,
    Duration connectTimeout,
    Duration requestTimeout,
    int localPeerConnections,
    int remotePeerConnections,
    int maxOutstandingPerConnection,
    int maxQueuedPerPeer,
    Backoff reconnectBackoff,
    int maxFrameBytes,
    SecureServerOption secureServerOption,
    TlsConfig tls,
    Duration rejectLogInterval,
    int ioThreads) {

  public TransportConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(reconnectBackoff, "reconnectBackoff");
    Objects.requireNonNull(secureServerOption, "secureServerOption");
    positive("connect timeout", connectTimeout);
    positive("request timeout", requestTimeout);
    atLeastOne("local_peer_connections", localPeerConnections);
    atLeastOne("remote_peer_connections", remotePeerConnections);
    atLeastOne("max outstanding per connection", maxOutstandingPerConnection);
    if (maxQueuedPerPeer < 0) {
      throw new IllegalArgumentException("max queued per peer: " + maxQueuedPerPeer
          + " (expected: >= 0)");
    }
    if (maxFrameBytes < FrameCodec.MIN_BODY) {
      throw new IllegalArgumentException("max frame bytes: " + maxFrameBytes
          + " (expected: >= " + FrameCodec.MIN_BODY + ")");
    }
    if (secureServerOption != SecureServerOption.NONE && tls == null) {
      throw new IllegalArgumentException("secure_server_option: "
          + secureServerOption.name().toLowerCase(java.util.Locale.ROOT)
          + " without TLS files (expected: certificate, private key and trusted certificates)");
    }
    positive("reject log interval", rejectLogInterval);
    atLeastOne("io threads", ioThreads);
  }

  /**
   * Defaults, each with its reason: connect 2 s (a LAN connect takes well under 1 ms and a
   * cross-DC one under 300 ms, and it must fail before the request timeout); request 5 s
   * (Dynomite's {@code timeout} default); 1 connection per peer local or remote (Dynomite's
   * default for both keys); 8192 outstanding per connection (the window: a connection carries
   * at most this many requests per round trip, and a round trip on a busy node takes tens of
   * milliseconds, so 1024 capped a healthy replica near 20,000 writes/s while it sat idle);
   * 65536 queued per peer (a DC_ONE client answered before its replicas sends bursts the
   * replicas absorb a moment later, and a request refused here only moves to the coordinator's
   * retry queue, which holds the same bytes longer and resends them; a replicated SET frame is
   * about 110 bytes, so a full queue is a few MB, and the request timeout bounds its age);
   * reconnect backoff 1 s to
   * 10 s (Dynomite's wait before reconnecting a peer); 64 MiB frames; no TLS (Dynomite's
   * default); one refused-frame line per peer per 10 s; 2 I/O threads (peer traffic is a
   * fraction of the client port's, which owns the cores).
   */
  public static TransportConfig defaults(HostAndPort bind, ClusterSecret secret) {
    return new TransportConfig(bind, null, secret, Duration.ofSeconds(2), Duration.ofSeconds(5),
        1, 1, 8192, 65536, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10)),
        FrameCodec.DEFAULT_MAX_FRAME_BYTES, SecureServerOption.NONE, null,
        Duration.ofSeconds(10), 2);
  }

  public TransportConfig withAdvertised(HostAndPort address) {
    return new TransportConfig(bind, address, secret, connectTimeout, requestTimeout,
        localPeerConnections, remotePeerConnections, maxOutstandingPerConnection,
        maxQueuedPerPeer, reconnectBackoff, maxFrameBytes, secureServerOption, tls,
        rejectLogInterval, ioThreads);
  }

  public TransportConfig withTimeouts(Duration connect, Duration request) {
    return new TransportConfig(bind, advertised, secret, connect, request,
        localPeerConnections, remotePeerConnections, maxOutstandingPerConnection,
        maxQueuedPerPeer, reconnectBackoff, maxFrameBytes, secureServerOption, tls,
        rejectLogInterval, ioThreads);
  }

  public TransportConfig withPeerConnections(int local, int remote) {
    return new TransportConfig(bind, advertised, secret, connectTimeout, requestTimeout,
        local, remote, maxOutstandingPerConnection, maxQueuedPerPeer, reconnectBackoff,
        maxFrameBytes, secureServerOption, tls, rejectLogInterval, ioThreads);
  }

  public TransportConfig withOutstandingBounds(int perConnection, int queuedPerPeer) {
    return new TransportConfig(bind, advertised, secret, connectTimeout, requestTimeout,
        localPeerConnections, remotePeerConnections, perConnection, queuedPerPeer,
        reconnectBackoff, maxFrameBytes, secureServerOption, tls, rejectLogInterval, ioThreads);
  }

  public TransportConfig withReconnectBackoff(Duration min, Duration max) {
    return new TransportConfig(bind, advertised, secret, connectTimeout, requestTimeout,
        localPeerConnections, remotePeerConnections, maxOutstandingPerConnection,
        maxQueuedPerPeer, new Backoff(min, max), maxFrameBytes, secureServerOption, tls,
        rejectLogInterval, ioThreads);
  }

  public TransportConfig withMaxFrameBytes(int bytes) {
    return new TransportConfig(bind, advertised, secret, connectTimeout, requestTimeout,
        localPeerConnections, remotePeerConnections, maxOutstandingPerConnection,
        maxQueuedPerPeer, reconnectBackoff, bytes, secureServerOption, tls, rejectLogInterval,
        ioThreads);
  }

  public TransportConfig withTls(SecureServerOption option, TlsConfig files) {
    return new TransportConfig(bind, advertised, secret, connectTimeout, requestTimeout,
        localPeerConnections, remotePeerConnections, maxOutstandingPerConnection,
        maxQueuedPerPeer, reconnectBackoff, maxFrameBytes, option, files, rejectLogInterval,
        ioThreads);
  }

  public TransportConfig withIoThreads(int threads) {
    return new TransportConfig(bind, advertised, secret, connectTimeout, requestTimeout,
        localPeerConnections, remotePeerConnections, maxOutstandingPerConnection,
        maxQueuedPerPeer, reconnectBackoff, maxFrameBytes, secureServerOption, tls,
        rejectLogInterval, threads);
  }

  private static void positive(String what, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + ": " + d + " (expected: > 0)");
    }
  }

  private static void atLeastOne(String what, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(what + ": " + n + " (expected: >= 1)");
    }
  }
}
