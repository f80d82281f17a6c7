package io.skein.server.config;

import io.skein.membership.sbr.SbrSettings;
import io.skein.server.cluster.WhenDowned;
import io.skein.transport.SecureServerOption;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import io.skein.routing.hash.DynHash;
import io.skein.routing.hash.DynToken;
import io.skein.routing.hash.HashTag;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dynomite's own example configs, in its documented format, load unchanged. */
class DynomiteConfigsTest {

  private final List<String> warnings = new ArrayList<>();

  static Path resource(String name) {
    try {
      return Path.of(DynomiteConfigsTest.class.getResource("/dynomite/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private NodeConfig load(String name) {
    return ConfigFile.loadNode(resource(name), Map.of(), warnings::add);
  }

  @Test
  void singleRedisNodeLoadsAsAProxyWithDynomiteDefaults() {
    NodeConfig node = load("redis_single.yml");

    assertThat(node.listen()).isEqualTo(new HostAndPort("127.0.0.1", 8102));
    assertThat(node.peerListen()).isEqualTo(new HostAndPort("127.0.0.1", 8101));
    assertThat(node.statsListen()).contains(new HostAndPort("127.0.0.1", 22222));
    assertThat(node.dc()).isEqualTo("localdc");
    assertThat(node.rack()).isEqualTo("localrack");
    assertThat(node.tokens()).containsExactly(new DynToken(437425602));
    assertThat(node.routing().distribution()).isEqualTo(Distribution.VNODE);
    assertThat(node.routing().hash()).isEqualTo(DynHash.MURMUR);
    assertThat(node.routing().readConsistency()).isEqualTo(ConsistencyLevel.DC_ONE);
    assertThat(node.routing().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(node.datastore()).isEqualTo(new Datastore.External(List.of(
        new DatastoreServer(new HostAndPort("127.0.0.1", 22122), 1, Optional.empty())),
        Optional.empty()));
    assertThat(node.serverPool().peers()).hasSize(1);
    assertThat(warnings).singleElement().asString()
        .contains("redis_single.yml: redis: accepted, not used by Skein");
  }

  @Test
  void threeRackNodesAgreeOnEveryPeerIndex() {
    NodeConfig rack1 = load("rack1_node.yml");
    NodeConfig rack2 = load("rack2_node.yml");

    ServerPool pool = rack1.serverPool();
    assertThat(pool.localDc().replicas()).isEqualTo(3);
    assertThat(labels(rack1.peers())).isEqualTo(labels(rack2.peers()));
    assertThat(rack1.localPeerIndex()).isEqualTo(0);
    assertThat(rack2.localPeerIndex()).isEqualTo(1);
    assertThat(rack2.routing().readConsistency()).isEqualTo(ConsistencyLevel.DC_QUORUM);
    assertThat(rack2.routing().writeConsistency()).isEqualTo(ConsistencyLevel.DC_SAFE_QUORUM);
    assertThat(warnings).anyMatch(w -> w.contains("pem_key_file: accepted, not used by Skein"));
  }

  @Test
  void twoDatacentersSecureOnlyTheCrossDcLinks() {
    NodeConfig node = load("a_dc1.yml");

    ServerPool pool = node.serverPool();
    assertThat(pool.datacenters()).extracting(d -> d.name()).containsExactly("dc1", "dc2");
    assertThat(pool.datacenters().get(1).replicas()).isEqualTo(2);
    assertThat(node.secureServerOption()).isEqualTo(SecureServerOption.DATACENTER);
    assertThat(node.peers()).allMatch(p -> p.isLocal() ? !p.isSecure()
        : p.isSecure() == p.dc().equals("dc2"));
    assertThat(pool.preselectedRemoteRacks()).extracting(r -> r.name()).containsExactly("rack1");
  }

  @Test
  void everyUsedDynomiteKeyIsRead() {
    NodeConfig node = load("a_dc2_rack1_node2.yml");

    assertThat(node.statsListen()).contains(new HostAndPort("127.0.0.5", 22222));
    assertThat(node.routing().timeout()).isEqualTo(Duration.ofMillis(150000));
    assertThat(node.routing().hashTag()).contains(HashTag.BRACES);
    assertThat(node.gossip().interval()).contains(Duration.ofSeconds(10));
    assertThat(node.connections()).isEqualTo(new ConnectionPools(2, 3, 4));
    assertThat(((Datastore.External) node.datastore()).password()).contains("backend-password");
    assertThat(node.dc()).isEqualTo("dc2");
    assertThat(node.peers()).filteredOn(Peer::isLocal).singleElement()
        .extracting(Peer::rack).isEqualTo("rack1");
    assertThat(warnings).filteredOn(w -> w.contains("accepted, not used by Skein ("))
        .hasSize(6);
    assertThat(warnings).anyMatch(w -> w.endsWith("cluster_secret: missing; peer frames will "
        + "not be authenticated (set cluster_secret or cluster_secret_file)"));
  }

  @Test
  void skeinKeysSitBesideDynomiteKeysAndNoServersMeansTheEmbeddedEngine() {
    NodeConfig node = load("embedded_with_skein_keys.yml");

    assertThat(node.datastore()).isEqualTo(new Datastore.Embedded());
    assertThat(node.nodeName()).isEqualTo("dc1-r1-n1");
    assertThat(node.peerListen()).isEqualTo(new HostAndPort("127.0.0.1", 17001));
    assertThat(node.routing().distribution()).isEqualTo(Distribution.SLOTS);
    assertThat(node.routing().dcOrder()).containsExactly("dc2");
    assertThat(node.secret()).isPresent();
    assertThat(node.secret().get().toString()).doesNotContain("horse");
    assertThat(node.seeds()).containsExactly(new HostAndPort("127.0.0.1", 17002));
    assertThat(node.gossip().preset()).isEqualTo(GossipPreset.LOCAL);
    assertThat(node.server().requirepass()).isEqualTo("s3cret");
    assertThat(node.server().maxmemory()).isEqualTo(100L * 1024 * 1024);
    assertThat(node.sbr().strategy()).isEqualTo(SbrSettings.Strategy.STATIC_QUORUM);
    assertThat(node.sbr().quorumSize()).isEqualTo(2);
    assertThat(node.sbr().stableAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(node.sbr().downAllWhenUnstable()).isZero();
    assertThat(node.whenDowned()).isEqualTo(new WhenDowned(false, true));
    assertThat(node.slotAssignments().of(node.localPeerIndex())).hasSize(1);
    assertThat(warnings).isEmpty();
  }

  @Test
  void skeinOnlyFileStillLoadsAsBefore() {
    NodeConfig node = load("skein_only.yml");

    assertThat(node.server().port()).isEqualTo(6390);
    assertThat(node.server().databases()).isEqualTo(4);
    assertThat(node.server().ioThreads()).isEqualTo(2);
    assertThat(node.server().policy().redisName()).isEqualTo("volatile-ttl");
    assertThat(node.statsListen()).isEmpty();
    assertThat(node.standalone()).isTrue();
    assertThat(ConfigFile.load(resource("skein_only.yml")).requirepass()).isEqualTo("pw");
  }

  private static List<String> labels(List<Peer> peers) {
    return peers.stream().map(p -> p.index() + "=" + p.endpoint() + "/" + p.rack()).toList();
  }
}
