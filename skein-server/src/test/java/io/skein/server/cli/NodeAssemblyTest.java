package io.skein.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.core.Clock;
import io.skein.server.config.ConfigException;
import io.skein.server.config.ConfigFile;
import io.skein.server.config.NodeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building a node from its config: the checks that only a node about to start makes. */
class NodeAssemblyTest {

  @TempDir
  Path dir;

  private NodeConfig load(String extra) throws Exception {
    Path file = dir.resolve("node.yml");
    Files.writeString(file, """
        dyn_o_mite:
          datacenter: dc
          rack: rack1
          listen: 127.0.0.1:0
          dyn_listen: 127.0.0.1:0
          dyn_seeds:
          - 127.0.0.2:8101:rack2:dc:1383429731
          tokens: '1383429731'
        """ + extra);
    return ConfigFile.loadNode(file, Map.of(), w -> { });
  }

  @Test
  void aDynomiteConfigAskingForPeerTlsLoadsButTheNodeNeedsItsPemFiles() throws Exception {
    NodeConfig node = load("""
          secure_server_option: datacenter
          cluster_secret: a-secret-of-sixteen-bytes
        """);
    assertThatThrownBy(() -> NodeAssembly.build(node, Clock.system()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("secure_server_option")
        .hasMessageContaining("peer_tls_cert, peer_tls_key and peer_tls_ca");
  }

  @Test
  void aNodeWithPeersNeedsTheClusterSecret() throws Exception {
    NodeConfig node = load("");
    assertThatThrownBy(() -> NodeAssembly.build(node, Clock.system()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cluster_secret");
  }

  @Test
  void pemFilesNextToTheConfigAreTakenForPeerTls() throws Exception {
    for (String f : new String[] {"node.crt", "node.key", "ca.crt"}) {
      Files.writeString(dir.resolve(f), "-----BEGIN TEST-----\n");
    }
    NodeConfig node = load("""
          secure_server_option: all
          peer_tls_cert: node.crt
          peer_tls_key: node.key
          peer_tls_ca: ca.crt
        """);
    assertThat(node.peerTls()).hasValueSatisfying(
        tls -> assertThat(tls.privateKey()).isEqualTo(dir.resolve("node.key")));
  }
}
