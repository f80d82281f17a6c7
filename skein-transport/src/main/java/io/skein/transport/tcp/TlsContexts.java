package io.skein.transport.tcp;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;

/**
 * Builds the two TLS contexts of a transport from {@link TlsConfig}: the JDK's TLS (no native
 * library to ship), TLS 1.3 and 1.2 only, mutual authentication.
 */
final class TlsContexts {

  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private TlsContexts() {}

  static SslContext server(TlsConfig tls) {
    try {
      return SslContextBuilder
          .forServer(tls.certificateChain().toFile(), tls.privateKey().toFile())
          .trustManager(tls.trustedCertificates().toFile())
          .clientAuth(ClientAuth.REQUIRE)
          .sslProvider(SslProvider.JDK)
          .protocols(PROTOCOLS)
          .build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("tls: " + e.getMessage()
          + " (expected: PEM certificate chain, PKCS#8 key and trusted certificates)", e);
    }
  }

  static SslContext client(TlsConfig tls) {
    try {
      return SslContextBuilder.forClient()
          .keyManager(tls.certificateChain().toFile(), tls.privateKey().toFile())
          .trustManager(tls.trustedCertificates().toFile())
          // Peers are identified by the cluster's trust anchors, not by host names.
          .endpointIdentificationAlgorithm(null)
          .sslProvider(SslProvider.JDK)
          .protocols(PROTOCOLS)
          .build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("tls: " + e.getMessage()
          + " (expected: PEM certificate chain, PKCS#8 key and trusted certificates)", e);
    }
  }
}
