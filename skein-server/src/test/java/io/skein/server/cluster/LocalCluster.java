package io.skein.server.cluster;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import io.skein.server.ServerSettings;
import io.skein.server.SkeinServer;
import io.skein.server.datastore.ExternalRedisSettings;
import io.skein.transport.ClusterSecret;
import io.skein.transport.PeerLocator;
import io.skein.transport.tcp.TcpClusterTransport;
import io.skein.transport.tcp.TransportConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import redis.clients.jedis.Jedis;

/**
 * A cluster of in-process nodes on loopback: real client ports, the real TCP peer transport,
 * one node per rack. Node {@code i} is in dc {@code dcs[i]}, rack {@code racks[i]}.
 */
final class LocalCluster implements AutoCloseable {

  static final ClusterSecret SECRET = ClusterSecret.of("a-test-secret-of-enough-length");

  private final List<SkeinServer> nodes = new ArrayList<>();
  private final List<HostAndPort> peerAddresses = new ArrayList<>();
  private final String[] dcs;
  private final String[] racks;
  private final long[] tokens;
  private final ConsistencyLevel read;
  private final ConsistencyLevel write;
  private java.util.function.IntFunction<ExternalRedisSettings> external = i -> null;

  LocalCluster(String[] dcs, String[] racks, ConsistencyLevel read, ConsistencyLevel write) {
    this(dcs, racks, new long[dcs.length], read, write);
  }

  LocalCluster(String[] dcs, String[] racks, long[] tokens, ConsistencyLevel read,
      ConsistencyLevel write) {
    this.dcs = dcs;
    this.racks = racks;
    this.tokens = tokens;
    this.read = read;
    this.write = write;
    for (int i = 0; i < dcs.length; i++) {
      peerAddresses.add(new HostAndPort("127.0.0.1", freePort()));
    }
  }

  /** One datacenter, {@code n} racks of one node each. */
  static LocalCluster racks(int n, ConsistencyLevel level) throws InterruptedException {
    String[] dcs = new String[n];
    String[] racks = new String[n];
    for (int i = 0; i < n; i++) {
      dcs[i] = "dc1";
      racks[i] = "rack" + (i + 1);
    }
    return new LocalCluster(dcs, racks, level, level).start();
  }

  /** One datacenter of {@code racks} racks with {@code perRack} nodes each, tokens spread. */
  static LocalCluster racks(int racks, int perRack, ConsistencyLevel level)
      throws InterruptedException {
    int n = racks * perRack;
    String[] dcNames = new String[n];
    String[] rackNames = new String[n];
    long[] tokens = new long[n];
    for (int i = 0; i < n; i++) {
      dcNames[i] = "dc1";
      rackNames[i] = "rack" + (i / perRack + 1);
      tokens[i] = (DynToken.MAX / perRack) * (i % perRack + 1);
    }
    return new LocalCluster(dcNames, rackNames, tokens, level, level).start();
  }

  /** Each node {@code i} fronts the external Redis {@code settings.apply(i)} (proxy mode). */
  LocalCluster withExternal(java.util.function.IntFunction<ExternalRedisSettings> settings) {
    this.external = settings;
    return this;
  }

  LocalCluster start() throws InterruptedException {
    for (int i = 0; i < dcs.length; i++) {
      nodes.add(startNode(i));
    }
    return this;
  }

  private SkeinServer startNode(int i) throws InterruptedException {
    PoolConfig config = PoolConfig.defaults(dcs[i], racks[i])
        .withConsistency(read, write).withTimeout(Duration.ofSeconds(5))
        .withHashTag(io.skein.routing.hash.HashTag.BRACES);
    List<Peer> peers = new ArrayList<>();
    for (int p = 0; p < dcs.length; p++) {
      peers.add(new Peer(p, new PeerEndpoint(peerAddresses.get(p)), racks[p], dcs[p],
          List.of(new DynToken(tokens[p])), p == i, true, false));
    }
    TopologyHolder topology = new TopologyHolder(ServerPool.create(config, peers));
    TransportConfig transportConfig = TransportConfig.defaults(peerAddresses.get(i), SECRET)
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));
    TcpClusterTransport transport = new TcpClusterTransport(transportConfig,
        PeerLocator.sameRack(), Clock.system(), new SplittableRandom(i));
    SkeinServer server = new SkeinServer(ServerSettings.defaults().withPort(0), Clock.system(),
        new ClusterSetup(topology, transport, 3000), external.apply(i));
    server.start();
    return server;
  }

  /** Stops node {@code i} as a crash would look to its peers (its sockets close). */
  void stop(int i) {
    nodes.get(i).close();
  }

  /** Starts node {@code i} again, empty, on a new client port and its old peer port. */
  void restart(int i) throws InterruptedException {
    nodes.set(i, startNode(i));
  }

  SkeinServer node(int i) {
    return nodes.get(i);
  }

  Jedis client(int i) {
    return new Jedis("127.0.0.1", nodes.get(i).port(), 5000);
  }

  int size() {
    return nodes.size();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (SkeinServer node : nodes) {
      node.close();
    }
  }
}
