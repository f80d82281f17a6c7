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
import io.skein.server.datastore.ExternalRedisSettings;
import io.skein.transport.ClusterSecret;
import io.skein.transport.PeerLocality;
import io.skein.transport.PeerLocator;
import io.skein.transport.SecureServerOption;
import io.skein.transport.tcp.TcpClusterTransport;
import io.skein.transport.PartitionableTransport;
import io.skein.transport.PeerTransport;
import io.skein.transport.membership.MembershipSettings;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.membership.swim.GossipConfig;
import java.util.List;
import java.util.Optional;
import io.skein.transport.tcp.TlsConfig;
import io.skein.transport.tcp.TransportConfig;
import java.util.Locale;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Builds a node from its loaded config: the server, and when the config names peers the
 * cluster's data plane (topology, peer transport) and the admin port over the same topology, so
 * that {@code /set_consistency} changes what the dispatcher plans with.
 */
final class NodeAssembly {

  /**
   * The system property that lets {@code SKEIN PARTITION} cut this node off from peers: for
   * partition tests of real processes only, never set in production.
   */
  static final String DEBUG_PARTITIONS = "skein.debug-partitions";

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
    PrometheusRegistry registry = new PrometheusRegistry();
    NodeMetrics metrics = NodeMetrics.registerPeers(registry);
    ClusterSetup cluster = node.standalone() ? null
        : cluster(node, topology, metrics.failureMetrics(), clock);
    SkeinServer server = new SkeinServer(node.server(), clock, cluster,
        ExternalRedisSettings.from(node).orElse(null));
    NodeMetrics.registerFigures(registry, NodeAdminModel.sources(server.context()));
    AdminHttpServer admin = null;
    if (node.statsListen().isPresent()) {
      admin = new AdminHttpServer(node.statsListen().get(), new NodeAdminModel(node.nodeName(),
          topology, registry, server.context(), clock));
    }
    return new NodeAssembly(server, admin);
  }

  private static ClusterSetup cluster(NodeConfig node, TopologyHolder topology,
      FailureMetrics failureMetrics, Clock clock) {
    ClusterSecret secret = node.secret().orElseThrow(() -> new ConfigException(node.source(),
        "cluster_secret", "missing",
        "cluster_secret or cluster_secret_file: every peer frame is authenticated with it"));
    TransportConfig config = TransportConfig.defaults(node.peerListen(), secret)
        .withPeerConnections(node.connections().localPeer(), node.connections().remotePeer())
        .withTimeouts(CONNECT_TIMEOUT, node.routing().timeout());
    if (node.secureServerOption() != SecureServerOption.NONE) {
      TlsConfig tls = node.peerTls().orElseThrow(() -> new ConfigException(node.source(),
          "secure_server_option", node.secureServerOption().name().toLowerCase(Locale.ROOT),
          "none, or peer_tls_cert, peer_tls_key and peer_tls_ca (PEM files) beside it"));
      config = config.withTls(node.secureServerOption(), tls);
    }
    PeerTransport transport = new TcpClusterTransport(config, locator(topology), clock,
        new SplittableRandom());
    if (Boolean.getBoolean(DEBUG_PARTITIONS)) {
      transport = new PartitionableTransport(transport);
    }
    Optional<MembershipSettings> membership = node.gossip().enabled()
        ? Optional.of(membership(node)) : Optional.empty();
    return new ClusterSetup(topology, transport, node.routing().timeout().toMillis(), membership,
        failureMetrics, node.whenDowned());
  }

  /**
   * Every configured peer is a seed: a static Dynomite cluster lists them all in
   * {@code dyn_seeds}; Skein's {@code seeds} key, when given, names them instead.
   */
  private static MembershipSettings membership(NodeConfig node) {
    List<HostAndPort> seeds = node.seeds().isEmpty()
        ? node.peers().stream().map(p -> p.endpoint().address()).toList() : node.seeds();
    GossipConfig gossip = MembershipSettings.gossipPreset(node.gossip().preset().configName());
    return MembershipSettings.defaults().withGossip(gossip).withSeeds(seeds)
        .withSbr(node.sbr());
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
