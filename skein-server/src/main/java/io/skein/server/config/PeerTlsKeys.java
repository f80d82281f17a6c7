package io.skein.server.config;

import io.skein.transport.tcp.TlsConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the peer TLS files that Dynomite's {@code secure_server_option} needs: Skein's
 * {@code peer_tls_cert} (this node's certificate chain), {@code peer_tls_key} (its PKCS#8
 * private key) and {@code peer_tls_ca} (the certificates it trusts), PEM files whose paths are
 * relative to the config file. All three or none. A file whose option is not {@code none} still
 * loads without them (Dynomite's own configs must load unchanged); the node refuses to start
 * its peer transport without them.
 */
final class PeerTlsKeys {

  static final String CERT = "peer_tls_cert";
  static final String KEY = "peer_tls_key";
  static final String CA = "peer_tls_ca";

  private PeerTlsKeys() {}

  static Optional<TlsConfig> read(ConfigSection s, Path baseDir) {
    if (!s.has(CERT) && !s.has(KEY) && !s.has(CA)) {
      return Optional.empty();
    }
    for (String k : new String[] {CERT, KEY, CA}) {
      if (!s.has(k)) {
        throw s.fail(k, "missing", "a PEM file path, given with " + CERT + ", " + KEY
            + " and " + CA);
      }
    }
    Path cert = file(s, baseDir, CERT);
    Path key = file(s, baseDir, KEY);
    Path ca = file(s, baseDir, CA);
    return Optional.of(new TlsConfig(cert, key, ca));
  }

  private static Path file(ConfigSection s, Path baseDir, String key) {
    String text = s.text(key).orElseThrow();
    Path path = baseDir.resolve(text);
    if (!java.nio.file.Files.isReadable(path)) {
      throw s.fail(key, "'" + text + "' cannot be read", "a readable PEM file");
    }
    return path;
  }
}
