package io.skein.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.PeerState;
import io.skein.server.ServerSettings;
import io.skein.server.SkeinServer;
import io.skein.server.config.ConfigFile;
import io.skein.server.config.NodeConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real HTTP requests against the admin port on an ephemeral loopback port. */
class AdminHttpServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ManualClock clock = new ManualClock(1_700_000_000_000L);
  private TopologyHolder topology;
  private NodeMetrics metrics;
  private AdminHttpServer admin;

  private void start(String config) {
    NodeConfig node = ConfigFile.loadNode(resource(config), Map.of(), w -> { });
    topology = new TopologyHolder(node.serverPool());
    PrometheusRegistry registry = new PrometheusRegistry();
    SkeinServer server = new SkeinServer(ServerSettings.defaults().withPort(0), clock);
    metrics = NodeMetrics.register(registry, NodeAdminModel.sources(server.context()));
    admin = new AdminHttpServer(new HostAndPort("127.0.0.1", 0),
        new NodeAdminModel(node.nodeName(), topology, registry, server.context(), clock));
    admin.start();
  }

  @AfterEach
  void stop() {
    if (admin != null) {
      admin.close();
    }
  }

  @Test
  void pingAnswersOkAsDynomiteDoes() throws Exception {
    start("rack1_node.yml");

    HttpResponse<String> r = get("/ping");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("OK\r\n");
  }

  @Test
  void setConsistencyTakesEffectAtOnceAndKeepsTheOtherLevel() throws Exception {
    start("rack1_node.yml");

    assertThat(get("/set_consistency/read/dc_quorum").body()).isEqualTo("OK\r\n");
    assertThat(get("/set_consistency/write/Dc_Safe_Quorum").statusCode()).isEqualTo(200);

    assertThat(topology.current().config().readConsistency())
        .isEqualTo(ConsistencyLevel.DC_QUORUM);
    assertThat(topology.current().config().writeConsistency())
        .isEqualTo(ConsistencyLevel.DC_SAFE_QUORUM);
    assertThat(get("/get_consistency").body())
        .isEqualTo("Read Consistency: DC_QUORUM\r\nWrite Consistency: DC_SAFE_QUORUM\r\n");
  }

  @Test
  void aBadLevelIsRefusedWithTheAcceptedNamesAndChangesNothing() throws Exception {
    start("rack1_node.yml");
    ServerPool before = topology.current();

    HttpResponse<String> level = get("/set_consistency/read/dc_two");
    HttpResponse<String> operation = get("/set_consistency/readwrite/dc_one");

    assertThat(level.statusCode()).isEqualTo(400);
    assertThat(level.body()).contains("'dc_two'").contains("DC_EACH_SAFE_QUORUM");
    assertThat(operation.statusCode()).isEqualTo(400);
    assertThat(operation.body()).contains("/set_consistency/<read|write>/<level>");
    assertThat(topology.current()).isSameAs(before);
  }

  @Test
  void clusterDescribeListsDcsRacksAndServersWithTheirState() throws Exception {
    start("rack1_node.yml");
    topology.updatePeerState(2, PeerState.DOWN);

    JsonNode root = JSON.readTree(get("/cluster_describe").body());

    JsonNode racks = root.get("dcs").get(0).get("racks");
    assertThat(root.get("dcs").get(0).get("name").asText()).isEqualTo("dc");
    assertThat(racks).extracting(r -> r.get("name").asText())
        .containsExactly("rack1", "rack2", "rack3");
    JsonNode server = racks.get(2).get("servers").get(0);
    assertThat(server.get("host").asText()).isEqualTo("127.0.0.3");
    assertThat(server.get("port").asInt()).isEqualTo(8101);
    assertThat(server.get("token").asLong()).isEqualTo(1383429731L);
    assertThat(server.get("state").asText()).isEqualTo("down");
    assertThat(racks.get(0).get("servers").get(0).get("local").asBoolean()).isTrue();
  }

  @Test
  void ringShowsEachRacksTokensInOrder() throws Exception {
    start("a_dc1.yml");

    JsonNode root = JSON.readTree(get("/ring").body());

    assertThat(root.get("distribution").asText()).isEqualTo("vnode");
    JsonNode dc2rack1 = root.get("dcs").get(1).get("racks").get(0);
    assertThat(dc2rack1.get("name").asText()).isEqualTo("rack1");
    assertThat(dc2rack1.get("ring")).extracting(e -> e.get("token").asLong())
        .containsExactly(12345678L, 1383429731L);
    assertThat(dc2rack1.get("ring").get(0).get("address").asText()).isEqualTo("127.0.0.5:8101");
  }

  @Test
  void ringShowsSlotRangesThatCoverEverySlot() throws Exception {
    start("embedded_with_skein_keys.yml");

    JsonNode root = JSON.readTree(get("/ring").body());

    JsonNode slots = root.get("dcs").get(0).get("racks").get(0).get("slots");
    assertThat(root.get("distribution").asText()).isEqualTo("slots");
    assertThat(slots).hasSize(1);
    assertThat(slots.get(0).get("first").asInt()).isZero();
    assertThat(slots.get(0).get("last").asInt()).isEqualTo(16383);
  }

  @Test
  void infoHasDynomitesFields() throws Exception {
    start("rack1_node.yml");
    clock.advanceMillis(5_000);

    JsonNode info = JSON.readTree(get("/info").body());

    assertThat(info.get("source").asText()).isEqualTo("127.0.0.1:8101");
    assertThat(info.get("uptime").asLong()).isEqualTo(5);
    assertThat(info.get("rack").asText()).isEqualTo("rack1");
    assertThat(info.get("dc").asText()).isEqualTo("dc");
    assertThat(info.get("curr_connections").asLong()).isZero();
    assertThat(info.get("dyn_o_mite").get("embedded").get("keys").asLong()).isZero();
  }

  @Test
  void metricsExposesSkeinsNamesInPrometheusText() throws Exception {
    start("rack1_node.yml");
    metrics.peerStateTransition("127.0.0.2:8101", "down");
    metrics.peerState("127.0.0.2:8101", PeerState.DOWN);
    metrics.phi("127.0.0.2:8101", 9.5);

    HttpResponse<String> r = get("/metrics");

    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
    assertThat(r.body())
        .contains("skein_commands_total 0.0")
        .contains("skein_keys 0.0")
        .contains("distribution_shadow_disagreement_total ")
        .contains("peer_state_transitions_total{peer=\"127.0.0.2:8101\",state=\"down\"} 1.0")
        .contains("peer_state_current{peer=\"127.0.0.2:8101\"} 1.0")
        .contains("gossip_phi_score{peer=\"127.0.0.2:8101\"} 9.5");
  }

  @Test
  void unknownPathsAndMethodsAreRefused() throws Exception {
    start("rack1_node.yml");

    HttpResponse<String> missing = get("/nodes");
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/ping"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("'/nodes'").contains("/cluster_describe");
    assertThat(post.statusCode()).isEqualTo(405);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + admin.port() + path);
  }

  private static Path resource(String name) {
    try {
      return Path.of(AdminHttpServerTest.class.getResource("/dynomite/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
