package io.skein.server.cli;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.server.SkeinServer;
import io.skein.server.admin.AdminHttpServer;
import io.skein.server.admin.NodeAdminModel;
import io.skein.server.admin.NodeMetrics;
import io.skein.server.cluster.ClusterSetup;
import io.skein.server.config.ConfigException;
import io.skein.server.config.NodeConfig;
import io.skein.transport.ClusterSecret;
import io.skein.transport.PeerLocality;
import io.skein.transport.PeerLocator;
import io.skein.transport.SecureServerOption;
import io.skein.transport.tcp.TcpClusterTransport;
import io.skein.transport.tcp.TransportConfig;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Builds a node from its loaded config: the server, and when the config names peers the
 * cluster's data plane (topology, peer transport) and the admin port over the same topology, so
 * that {@code /set_consistency} changes what the dispatcher plans with.
 */
final class NodeAssembly {

  /** How long a peer connection may take to open. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  final SkeinServer server;
  final AdminHttpServer admin;

  private NodeAssembly(SkeinServer server, AdminHttpServer admin) {
    this.server = server;
    this.admin = admin;
  }

  static NodeAssembly build(NodeConfig node, Clock clock) {
    TopologyHolder topology = new TopologyHolder(node.serverPool());
    ClusterSetup cluster = node.standalone() ? null : cluster(node, topology, clock);
    SkeinServer server = new SkeinServer(node.server(), clock, cluster);
    AdminHttpServer admin = null;
    if (node.statsListen().isPresent()) {
      PrometheusRegistry registry = new PrometheusRegistry();
      NodeMetrics.register(registry, NodeAdminModel.sources(server.context()));
      admin = new AdminHttpServer(node.statsListen().get(), new NodeAdminModel(node.nodeName(),
          topology, registry, server.context(), clock));
    }
    return new NodeAssembly(server, admin);
  }

  private static ClusterSetup cluster(NodeConfig node, TopologyHolder topology, Clock clock) {
    ClusterSecret secret = node.secret().orElseThrow(() -> new ConfigException(node.source(),
        "cluster_secret", "missing",
        "cluster_secret or cluster_secret_file: every peer frame is authenticated with it"));
    if (node.secureServerOption() != SecureServerOption.NONE) {
      throw new ConfigException(node.source(), "secure_server_option",
          node.secureServerOption().name().toLowerCase(java.util.Locale.ROOT),
          "none (peer TLS certificates cannot be configured from YAML yet)");
    }
    TransportConfig config = TransportConfig.defaults(node.peerListen(), secret)
        .withPeerConnections(node.connections().localPeer(), node.connections().remotePeer())
        .withTimeouts(CONNECT_TIMEOUT, node.routing().timeout());
    TcpClusterTransport transport = new TcpClusterTransport(config, locator(topology), clock,
        new SplittableRandom());
    return new ClusterSetup(topology, transport, node.routing().timeout().toMillis());
  }

  /** Where a peer sits, from the current topology; unknown peers are treated as remote. */
  private static PeerLocator locator(TopologyHolder topology) {
    return (HostAndPort address) -> {
      ServerPool pool = topology.current();
      Peer self = pool.peer(pool.localPeerIndex());
      for (Peer p : pool.peers()) {
        if (p.endpoint().address().equals(address)) {
          return PeerLocality.between(self.dc(), self.rack(), p.dc(), p.rack());
        }
      }
      return PeerLocality.REMOTE_DATACENTER;
    };
  }
}
