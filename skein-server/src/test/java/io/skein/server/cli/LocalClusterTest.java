package io.skein.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.server.config.ConfigFile;
import io.skein.server.config.NodeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan {@code skein local} writes: nodes, ports, tokens, and configs that load. */
class LocalClusterTest {

  @TempDir
  Path dir;

  private static LocalCluster cluster(int dcs, int racks, int nodes, Distribution d) {
    return new LocalCluster(dcs, racks, nodes, ConsistencyLevel.DC_QUORUM, d, 7000, 22222);
  }

  @Test
  void nodesAreNamedAndPortedInOrder() {
    List<LocalNode> nodes = cluster(1, 3, 1, Distribution.SLOTS).nodes();

    assertThat(nodes).extracting(LocalNode::name)
        .containsExactly("dc1-r1-n1", "dc1-r2-n1", "dc1-r3-n1");
    assertThat(nodes).extracting(LocalNode::clientPort).containsExactly(7000, 7001, 7002);
    assertThat(nodes).extracting(LocalNode::peerPort).containsExactly(17000, 17001, 17002);
    assertThat(nodes).extracting(LocalNode::statsPort).containsExactly(22222, 22223, 22224);
  }

  @Test
  void tokensAreSpreadEvenlyOverEachRack() {
    List<LocalNode> nodes = cluster(1, 2, 3, Distribution.VNODE).nodes();

    assertThat(nodes.subList(0, 3)).extracting(n -> n.token().value())
        .containsExactly(0L, 1431655765L, 2863311530L);
    assertThat(nodes.subList(3, 6)).extracting(n -> n.token().value())
        .containsExactly(0L, 1431655765L, 2863311530L);
  }

  @Test
  void everyGeneratedConfigLoadsAndAllNodesAgreeOnThePeers() throws IOException {
    for (Distribution d : List.of(Distribution.SLOTS, Distribution.VNODE)) {
      LocalCluster cluster = cluster(2, 2, 2, d);
      Files.writeString(dir.resolve(LocalCluster.SECRET_FILE), "0123456789abcdef0123456789abcdef");
      List<List<String>> views = new ArrayList<>();
      for (LocalNode node : cluster.nodes()) {
        Path file = dir.resolve(node.configFileName());
        Files.writeString(file, cluster.yaml(node));
        List<String> warnings = new ArrayList<>();
        NodeConfig config = ConfigFile.loadNode(file, Map.of(), warnings::add);

        ServerPool pool = config.serverPool();
        assertThat(warnings).as("%s %s", d, node.name()).isEmpty();
        assertThat(pool.peers()).hasSize(8);
        assertThat(pool.distribution()).isEqualTo(d);
        assertThat(config.routing().writeConsistency()).isEqualTo(ConsistencyLevel.DC_QUORUM);
        assertThat(config.nodeName()).isEqualTo(node.name());
        assertThat(config.secret()).isPresent();
        assertThat(pool.peer(pool.localPeerIndex()).endpoint().address().port())
            .isEqualTo(node.peerPort());
        views.add(pool.peers().stream().map(LocalClusterTest::label).toList());
      }
      assertThat(views).as("%s", d).allMatch(v -> v.equals(views.get(0)));
    }
  }

  @Test
  void badShapesAndPortsAreRefusedNamingTheOption() {
    assertThatThrownBy(() -> cluster(0, 1, 1, Distribution.SLOTS))
        .hasMessage("--dcs: 0 (expected: 1..16)");
    assertThatThrownBy(() -> cluster(4, 4, 5, Distribution.SLOTS))
        .hasMessage("nodes: 80 (expected: dcs x racks x nodes-per-rack <= 64)");
    assertThatThrownBy(() -> cluster(1, 1, 1, Distribution.RANDOM))
        .hasMessageStartingWith("--distribution: random");
    assertThatThrownBy(() -> new LocalCluster(1, 3, 1, ConsistencyLevel.DC_ONE,
        Distribution.SLOTS, 7000, 7001)).hasMessageStartingWith("--stats-port: 7001");
    assertThatThrownBy(() -> new LocalCluster(1, 1, 1, ConsistencyLevel.DC_ONE,
        Distribution.SLOTS, 60000, 22222)).hasMessageStartingWith("--base-port: 60000");
  }

  @Test
  void stateSurvivesARoundTrip() throws IOException {
    LocalState state = new LocalState(List.of(
        new LocalState.Entry("dc1-r1-n1", 4242, 1_700_000_000_000L, 7000, 22222,
            dir.resolve("dc1-r1-n1.yml")),
        new LocalState.Entry("dc1-r2-n1", 4243, -1, 7001, 22223, dir.resolve("dc1-r2-n1.yml"))));

    state.write(dir);

    assertThat(LocalState.read(dir)).contains(state);
    LocalState.delete(dir);
    assertThat(LocalState.read(dir)).isEmpty();
  }

  @Test
  void aRecordedPidOfAnotherProgramIsNotFound() {
    LocalState.Entry self = new LocalState.Entry("x", ProcessHandle.current().pid(),
        ProcessHandle.current().info().startInstant().get().toEpochMilli(), 1, 2,
        dir.resolve("x.yml"));

    assertThat(LocalProcesses.find(self)).isEmpty();
  }

  private static String label(Peer p) {
    return p.index() + "=" + p.endpoint() + "/" + p.dc() + "/" + p.rack();
  }
}
