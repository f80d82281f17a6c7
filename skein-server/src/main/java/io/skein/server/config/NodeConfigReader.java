package io.skein.server.config;

import io.skein.server.cluster.WhenDowned;
import io.skein.transport.ClusterSecret;
import io.skein.transport.tcp.TlsConfig;
import io.skein.transport.SecureServerOption;
import io.skein.core.HostAndPort;
import io.skein.routing.coverage.CoverageException;
import io.skein.routing.hash.DynHash;
import io.skein.routing.hash.DynToken;
import io.skein.routing.hash.HashTag;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.PoolConfig;
import io.skein.server.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one merged section of a config into a {@link NodeConfig}: checks every key is known,
 * warns about Dynomite keys Skein ignores, applies DESIGN §5's defaults, and runs coverage
 * validation on the resulting topology.
 */
final class NodeConfigReader {

  static final String DEFAULT_DC = "localdc";
  static final String DEFAULT_RACK = "localrack";
  /** Dynomite's stats port; loopback because the admin port can change consistency levels. */
  static final HostAndPort DEFAULT_STATS = new HostAndPort("127.0.0.1", 22222);
  /** Redis Cluster's bus convention: the peer port is the client port + 10000. */
  static final int PEER_PORT_OFFSET = 10_000;
  private static final int MAX_MILLIS = 3_600_000;
  private static final String LEVELS =
      "DC_ONE, DC_QUORUM, DC_SAFE_QUORUM or DC_EACH_SAFE_QUORUM, in any case";

  private final ConfigSection s;
  private final Path file;
  private final Consumer<String> warnings;

  private NodeConfigReader(ConfigSection s, Path file, Consumer<String> warnings) {
    this.s = s;
    this.file = file;
    this.warnings = warnings;
  }

  /**
   * @param file the config file, or null for none ({@code cluster_secret_file} is relative to
   *     its directory, else to the working directory)
   * @param dynomiteStyle the file has a {@code dyn_o_mite:} section (the admin port is then on
   *     by default, as in Dynomite)
   */
  static NodeConfig read(ConfigSection s, Path file, boolean dynomiteStyle,
      Consumer<String> warnings) {
    return new NodeConfigReader(s, file, warnings).read(dynomiteStyle);
  }

  private NodeConfig read(boolean dynomiteStyle) {
    checkKeys();
    HostAndPort listen = listen();
    HostAndPort peerListen = s.parsed("dyn_listen", Formats::address, Formats.ADDRESS)
        .orElseGet(() -> defaultPeerListen(listen));
    Optional<HostAndPort> stats = s.parsed("stats_listen", Formats::address, Formats.ADDRESS)
        .or(() -> dynomiteStyle ? Optional.of(DEFAULT_STATS) : Optional.empty());
    List<DynToken> tokens = s.parsed("tokens", Formats::tokens, Formats.TOKENS).orElse(List.of());
    TopologyKeys topology = new TopologyKeys(s);
    List<SeedPeer> dynSeeds = topology.dynSeeds(peerListen);
    List<HostAndPort> seeds = topology.seeds();
    PoolConfig routing = routing(!tokens.isEmpty() || !dynSeeds.isEmpty());
    if (routing.distribution().usesTokens() && tokens.isEmpty()) {
      throw s.fail("tokens", "missing", "this node's tokens (" + Formats.TOKENS
          + ") with distribution vnode");
    }
    ConnectionPools pools = new ConnectionPools(
        s.integer("local_peer_connections", 1, 1, ConnectionPools.MAX),
        s.integer("remote_peer_connections", 1, 1, ConnectionPools.MAX),
        s.integer("datastore_connections", 1, 1, ConnectionPools.MAX));
    SecureServerOption secure = s.parsed("secure_server_option", SecureServerOption::parse,
        "none, rack, datacenter or all").orElse(SecureServerOption.NONE);
    Path baseDir = file == null || file.toAbsolutePath().getParent() == null ? Path.of("")
        : file.toAbsolutePath().getParent();
    Optional<ClusterSecret> secret = new SecretKeys(s, baseDir).secret();
    Optional<TlsConfig> peerTls = PeerTlsKeys.read(s, baseDir);
    if (secret.isEmpty() && !(dynSeeds.isEmpty() && seeds.isEmpty())) {
      warnings.accept(s.file() + ": cluster_secret: missing; peer frames will not be "
          + "authenticated (set cluster_secret or cluster_secret_file)");
    }
    NodeConfig node = new NodeConfig(s.file(),
        s.text("node_name").orElse(peerListen.toString()), server(listen), peerListen, stats,
        tokens, dynSeeds, seeds, routing, pools, secure, datastore(), secret, gossip(),
        SbrReader.read(s.section("sbr")),
        s.section("sbr").map(x -> new WhenDowned(x.bool("exit_when_downed", false),
            x.bool("allow_stale_reads", false))).orElse(WhenDowned.DEFAULT), peerTls);
    validateTopology(node);
    return node;
  }

  private void checkKeys() {
    for (String key : s.keys()) {
      ConfigKeys.Key k = ConfigKeys.find(key);
      if (k == null) {
        throw s.fail(key, "unknown key", "a key Dynomite or Skein knows, listed in "
            + "docs/operations.md; nearest: " + ConfigKeys.nearest(key));
      }
      if (k.origin() == ConfigKeys.Origin.DYNOMITE_UNUSED) {
        warnings.accept(s.file() + ": " + key + ": accepted, not used by Skein (" + k.reason()
            + ")");
      }
    }
  }

  private HostAndPort listen() {
    if (s.has("listen") && (s.has("port") || s.has("bind"))) {
      throw s.fail("listen", "given with port or bind", "listen, or port and bind, not both");
    }
    Optional<HostAndPort> listen = s.parsed("listen", Formats::address, Formats.ADDRESS);
    if (listen.isPresent()) {
      return listen.get();
    }
    ServerSettings d = ServerSettings.defaults();
    String bind = s.text("bind").orElse(d.bind());
    if (bind.isBlank()) {
      throw s.fail("bind", "''", "an address to listen on");
    }
    return new HostAndPort(bind, s.integer("port", d.port(), 0, 65535));
  }

  private HostAndPort defaultPeerListen(HostAndPort listen) {
    if (listen.port() == 0) {
      return listen; // an ephemeral client port (tests) gets an ephemeral peer port
    }
    int port = listen.port() + PEER_PORT_OFFSET;
    if (port > 65535) {
      throw s.fail("dyn_listen", "missing, and the client port " + listen.port()
          + " + " + PEER_PORT_OFFSET + " is past 65535", "dyn_listen set explicitly");
    }
    return new HostAndPort(listen.host(), port);
  }

  private PoolConfig routing(boolean hasTokens) {
    String dc = name("datacenter", DEFAULT_DC);
    String rack = name("rack", DEFAULT_RACK);
    Distribution distribution = s.parsed("distribution", Distribution::fromConfigName,
        "vnode, slots, modula or random").orElse(hasTokens ? Distribution.VNODE
        : Distribution.SLOTS);
    PoolConfig pool = PoolConfig.defaults(dc, rack)
        .withDistribution(distribution)
        .withHash(s.parsed("hash", DynHash::fromConfigName, hashNames()).orElse(DynHash.DEFAULT))
        .withHashTag(s.parsed("hash_tag", HashTag::parse, "two ASCII characters, e.g. '{}'")
            .orElse(null))
        .withDistributionShadow(s.parsed("distribution_shadow", Distribution::fromConfigName,
            "vnode, slots, modula or random").orElse(null))
        .withConsistency(level("read_consistency"), level("write_consistency"))
        .withTimeout(Duration.ofMillis(s.integer("timeout",
            (int) PoolConfig.DEFAULT_TIMEOUT.toMillis(), 1, MAX_MILLIS)))
        .withDcOrder(s.list("dc_order", "datacenter names"));
    return pool;
  }

  private ConsistencyLevel level(String key) {
    return s.parsed(key, ConsistencyLevel::parse, LEVELS).orElse(ConsistencyLevel.DEFAULT);
  }

  private String name(String key, String fallback) {
    String name = s.text(key).orElse(fallback);
    if (name.isBlank() || name.indexOf(':') >= 0 || !name.strip().equals(name)) {
      throw s.fail(key, "'" + name + "'", "a non-empty name without ':' or surrounding blanks");
    }
    return name;
  }

  private static String hashNames() {
    StringBuilder sb = new StringBuilder("one of ");
    for (DynHash h : DynHash.values()) {
      sb.append(h.ordinal() == 0 ? "" : ", ").append(h.configName());
    }
    return sb.toString();
  }

  private Datastore datastore() {
    int store = s.integer("data_store", 0, 0, 1);
    if (store == 1) {
      throw s.fail("data_store", "1 (memcache)", "0 (redis); Skein speaks the Redis protocol only");
    }
    List<String> entries = s.list("servers", DatastoreServer.FORM);
    Optional<String> password = s.text("redis_requirepass");
    if (entries.isEmpty()) {
      password.ifPresent(p -> warnings.accept(s.file() + ": redis_requirepass: accepted, not "
          + "used with the embedded engine (requirepass sets the clients' password)"));
      return new Datastore.Embedded();
    }
    if (entries.size() > 1) {
      throw s.fail("servers", entries.size() + " entries", "one " + DatastoreServer.FORM
          + " entry, as Dynomite allows");
    }
    return new Datastore.External(List.of(new TopologyKeys(s).datastoreServer(entries.get(0))),
        password);
  }

  private GossipSettings gossip() {
    return new GossipSettings(
        s.parsed("gossip_preset", GossipPreset::parse, GossipPreset.FORM)
            .orElse(GossipPreset.LAN),
        s.bool("enable_gossip", true),
        s.has("gos_interval")
            ? Optional.of(Duration.ofMillis(s.integer("gos_interval", 0, 1, MAX_MILLIS)))
            : Optional.empty());
  }

  private ServerSettings server(HostAndPort listen) {
    return new ServerKeys(s).settings(listen, file == null ? null : file.toString());
  }

  private void validateTopology(NodeConfig node) {
    String key = node.dynSeeds().isEmpty() ? "tokens" : "dyn_seeds";
    try {
      node.serverPool();
    } catch (CoverageException e) {
      throw s.fail(key, e.getMessage(), "every rack to own each key exactly once: each rack "
          + "with tokens, no token twice in one rack");
    } catch (IllegalArgumentException e) {
      throw s.fail(key, e.getMessage(), "a topology routing accepts");
    }
  }
}
