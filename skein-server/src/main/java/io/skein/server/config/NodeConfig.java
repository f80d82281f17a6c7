package io.skein.server.config;

import io.skein.server.cluster.WhenDowned;
import io.skein.transport.ClusterSecret;
import io.skein.transport.tcp.TlsConfig;
import io.skein.membership.sbr.SbrSettings;
import io.skein.transport.SecureServerOption;
import io.skein.core.HostAndPort;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.SlotAssignments;
import io.skein.server.ServerSettings;
import java.util.List;
import java.util.Optional;

/**
 * Everything a node's config says, validated: where it listens, where it sits in the topology,
 * who its peers are, how keys are placed and replicated, and how membership runs.
 *
 * <p>Contract: a value from {@link ConfigFile#loadNode} has passed coverage validation, so
 * {@link #serverPool()} succeeds on it; it is immutable and computes the same peers and pool on
 * every call (and on every node given the same cluster).
 *
 * @param source the file it was read from, or {@code defaults}
 * @param nodeName how logs name this node ({@code node_name}; default its peer address)
 * @param server client-side settings: bind and port ({@code listen}), password, memory limit
 * @param peerListen the peer port's address ({@code dyn_listen}; default listen's host and
 *     client port + 10000, Redis Cluster's bus convention)
 * @param statsListen the admin HTTP address ({@code stats_listen}); 127.0.0.1:22222 for a
 *     Dynomite-style file, empty (no admin port) for a Skein-only file that does not set it
 * @param tokens this node's tokens ({@code tokens}); empty with a distribution that needs none
 * @param dynSeeds the other nodes of a static cluster ({@code dyn_seeds})
 * @param seeds peer addresses to join through ({@code seeds}, Skein's dynamic membership)
 * @param routing dc, rack, hash, hash tag, distribution, consistency levels, timeout, dc order
 * @param connections connections per peer and to an external datastore
 * @param secureServerOption which peer links use TLS
 * @param datastore the embedded engine, or the external Redis of {@code servers:}
 * @param secret the cluster secret, if configured
 * @param gossip membership gossip settings
 * @param sbr split-brain resolver settings
 * @param whenDowned what a node downed by the split-brain resolver does
 *     ({@code sbr.exit_when_downed}, {@code sbr.allow_stale_reads})
 * @param peerTls the PEM files for peer TLS ({@code peer_tls_cert}, {@code peer_tls_key},
 *     {@code peer_tls_ca}); present whenever {@code secure_server_option} is not none
 */
public record NodeConfig(String source, String nodeName, ServerSettings server,
    HostAndPort peerListen, Optional<HostAndPort> statsListen, List<DynToken> tokens,
    List<SeedPeer> dynSeeds, List<HostAndPort> seeds, PoolConfig routing,
    ConnectionPools connections, SecureServerOption secureServerOption, Datastore datastore,
    Optional<ClusterSecret> secret, GossipSettings gossip, SbrSettings sbr,
    WhenDowned whenDowned, Optional<TlsConfig> peerTls) {

  public NodeConfig {
    tokens = List.copyOf(tokens);
    dynSeeds = List.copyOf(dynSeeds);
    seeds = List.copyOf(seeds);
  }

  /** The client address ({@code listen}). */
  public HostAndPort listen() {
    return new HostAndPort(server.bind(), server.port());
  }

  public String dc() {
    return routing.dc();
  }

  public String rack() {
    return routing.rack();
  }

  /**
   * This node and its {@code dyn_seeds} as routing's peers, indexed alike on every node (see
   * {@link PeerLayout}); this node is the one with {@link Peer#isLocal()}.
   */
  public List<Peer> peers() {
    return PeerLayout.peers(this);
  }

  /** The local peer's index in {@link #peers()}. */
  public int localPeerIndex() {
    return peers().stream().filter(Peer::isLocal).findFirst().orElseThrow().index();
  }

  /**
   * The slot map for the {@code slots} distribution (or shadow): each rack's 16384 slots split
   * evenly over its peers in index order; {@link SlotAssignments#NONE} when no distribution
   * uses slots.
   */
  public SlotAssignments slotAssignments() {
    boolean slots = routing.distribution() == Distribution.SLOTS
        || routing.distributionShadow().orElse(null) == Distribution.SLOTS;
    return slots ? SlotAssignments.evenly(peers()) : SlotAssignments.NONE;
  }

  /**
   * The validated topology view to put in a {@link io.skein.routing.pool.TopologyHolder}; every
   * peer starts Normal.
   *
   * @throws io.skein.routing.coverage.CoverageException when coverage fails (never for a value
   *     from {@link ConfigFile#loadNode}, which checked it)
   */
  public ServerPool serverPool() {
    List<Peer> peers = peers();
    return ServerPool.create(routing, peers, slotAssignments());
  }

  /** True when this node runs alone: no {@code dyn_seeds} and no {@code seeds}. */
  public boolean standalone() {
    return dynSeeds.isEmpty() && seeds.isEmpty();
  }
}
