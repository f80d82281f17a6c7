package io.skein.transport.tcp;

import static io.skein.transport.tcp.TestPeers.config;
import static io.skein.transport.tcp.TestPeers.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skein.transport.FrameRejection;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerUnavailableException;
import io.skein.transport.SecureServerOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Peer TLS with one self-signed certificate that every node presents and trusts. */
class TlsTransportTest {

  @TempDir static Path dir;
  private static TlsConfig files;
  private final List<TcpClusterTransport> started = new ArrayList<>();

  @BeforeAll
  static void makeCertificate() throws Exception {
    files = TestCertificates.selfSigned(dir);
  }

  @AfterEach
  void closeAll() {
    started.forEach(TcpClusterTransport::close);
  }

  private TcpClusterTransport start(TransportConfig config) {
    TcpClusterTransport t = transport(config);
    started.add(t);
    t.start(new TestPeers.Echo());
    return t;
  }

  @Test
  void requestsFlowOverMutualTls() throws Exception {
    TcpClusterTransport b = start(config().withTls(SecureServerOption.ALL, files));
    TcpClusterTransport a = start(config().withTls(SecureServerOption.ALL, files));
    byte[] hello = "over tls".getBytes(StandardCharsets.UTF_8);
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, hello).get(10, TimeUnit.SECONDS))
        .isEqualTo(hello);
    assertThat(b.stats().rejectedTotal()).isZero();
  }

  @Test
  void aPlainTextPeerIsRefusedWhereTlsIsRequired() {
    TcpClusterTransport b = start(config().withTls(SecureServerOption.ALL, files));
    TcpClusterTransport a = start(config());
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, new byte[] {1}))
        .failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PeerUnavailableException.class);
    await().atMost(Duration.ofSeconds(5))
        .until(() -> b.stats().rejected(FrameRejection.TLS_REQUIRED) == 1);
  }

  @Test
  void tlsIsOnlyUsedWhereTheOptionSaysSoAndPlainPeersStillTalkInsideTheRack() throws Exception {
    // RACK: every peer here is in the same rack, so plain text is accepted and used.
    TcpClusterTransport b = start(config().withTls(SecureServerOption.RACK, files));
    TcpClusterTransport a = start(config());
    assertThat(a.request(b.localAddress(), MessageChannel.DATA, new byte[] {2})
        .get(10, TimeUnit.SECONDS)).containsExactly(2);
  }
}
