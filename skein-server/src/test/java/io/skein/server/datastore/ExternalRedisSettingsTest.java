package io.skein.server.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.core.HostAndPort;
import io.skein.server.config.ConfigFile;
import io.skein.server.config.NodeConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalRedisSettingsTest {

  @TempDir
  Path dir;

  private static NodeConfig load(Path file) {
    return ConfigFile.loadNode(file, Map.of(), warning -> { });
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("node.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void dynomitesSingleRedisExampleProxiesToItsServer() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/dynomite/redis_single.yml").toURI());
    ExternalRedisSettings s = ExternalRedisSettings.from(load(file)).orElseThrow();
    assertThat(s.address()).isEqualTo(new HostAndPort("127.0.0.1", 22122));
    assertThat(s.password()).isEmpty();
    assertThat(s.connections()).as("Dynomite's default datastore_connections").isEqualTo(1);
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void passwordConnectionsAndTimeoutComeFromTheConfig() throws IOException {
    ExternalRedisSettings s = ExternalRedisSettings.from(load(write("""
        dyn_o_mite:
          listen: 127.0.0.1:8102
          tokens: '1'
          servers:
          - 127.0.0.1:6380:1 backend
          redis_requirepass: s3cret
          datastore_connections: 3
          timeout: 750
        """))).orElseThrow();
    assertThat(s.address()).isEqualTo(new HostAndPort("127.0.0.1", 6380));
    assertThat(s.password()).contains("s3cret");
    assertThat(s.connections()).isEqualTo(3);
    assertThat(s.timeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(s.toString()).as("the password is not logged").doesNotContain("s3cret");
  }

  @Test
  void theEmbeddedEngineHasNoExternalRedis() throws IOException {
    assertThat(ExternalRedisSettings.from(load(write("port: 7000\n")))).isEmpty();
  }

  @Test
  void reconnectionBackoffDoublesUpToItsCap() {
    ExternalRedisSettings s = ExternalRedisSettings.of("n", new HostAndPort("127.0.0.1", 1),
        Optional.empty(), 1, Duration.ofSeconds(5));
    assertThat(new long[] {s.backoffMillis(0), s.backoffMillis(1), s.backoffMillis(2),
        s.backoffMillis(5), s.backoffMillis(6), s.backoffMillis(1000)})
        .containsExactly(100, 200, 400, 3200, 5000, 5000);
  }

  @Test
  void refusesBoundsThatCannotWork() {
    ExternalRedisSettings s = ExternalRedisSettings.of("n", new HostAndPort("127.0.0.1", 1),
        Optional.empty(), 1, Duration.ofSeconds(5));
    assertThatThrownBy(() -> s.withBounds(0, 10)).hasMessage("maxInFlight: 0 (expected: > 0)");
    assertThatThrownBy(() -> s.withTimeout(Duration.ZERO)).hasMessage(
        "timeout: 0 (expected: > 0)");
    assertThatThrownBy(() -> ExternalRedisSettings.of("n", s.address(), Optional.empty(), 0,
        Duration.ofSeconds(1))).hasMessage("connections: 0 (expected: > 0)");
  }
}
