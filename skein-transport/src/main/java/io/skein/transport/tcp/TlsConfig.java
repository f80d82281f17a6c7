package io.skein.transport.tcp;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files for peer TLS, all PEM. Every node presents its certificate and checks the other
 * side's against the trusted certificates (mutual TLS): a peer needs both the cluster secret and
 * a certificate the cluster trusts. Host names are not checked, since peers are identified by
 * the cluster's trust anchors, not by DNS.
 *
 * @param certificateChain this node's certificate chain
 * @param privateKey this node's private key, PKCS#8, unencrypted
 * @param trustedCertificates the certificates (usually the cluster's CA) peers' certificates
 *     must chain to
 */
public record TlsConfig(Path certificateChain, Path privateKey, Path trustedCertificates) {

  public TlsConfig {
    readable("tls certificate chain", certificateChain);
    readable("tls private key", privateKey);
    readable("tls trusted certificates", trustedCertificates);
  }

  private static void readable(String what, Path file) {
    if (file == null || !Files.isReadable(file)) {
      throw new IllegalArgumentException(what + ": " + file + " (expected: a readable PEM file)");
    }
  }
}
