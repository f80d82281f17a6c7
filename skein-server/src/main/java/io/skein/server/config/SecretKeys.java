package io.skein.server.config;

import io.skein.transport.ClusterSecret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the cluster secret from {@code cluster_secret} or {@code cluster_secret_file} (a path
 * relative to the config file's directory, so a cluster's files can move together). The value
 * is never echoed in an error.
 */
final class SecretKeys {

  private final ConfigSection s;
  private final Path baseDir;

  SecretKeys(ConfigSection s, Path baseDir) {
    this.s = s;
    this.baseDir = baseDir;
  }

  Optional<ClusterSecret> secret() {
    if (s.has("cluster_secret") && s.has("cluster_secret_file")) {
      throw s.fail("cluster_secret", "given with cluster_secret_file",
          "cluster_secret or cluster_secret_file, not both");
    }
    Optional<String> inline = s.text("cluster_secret");
    if (inline.isPresent()) {
      return Optional.of(parse("cluster_secret", inline.get()));
    }
    Optional<String> file = s.text("cluster_secret_file");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path path = baseDir.resolve(file.get());
    try {
      return Optional.of(parse("cluster_secret_file",
          Files.readString(path, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw s.fail("cluster_secret_file", "'" + file.get() + "' cannot be read ("
          + e.getClass().getSimpleName() + ")", "a readable file holding the secret");
    }
  }

  private ClusterSecret parse(String key, String text) {
    try {
      return ClusterSecret.of(text);
    } catch (IllegalArgumentException e) {
      throw s.fail(key, "a secret of " + text.strip().getBytes(StandardCharsets.UTF_8).length
          + " bytes", "a secret of at least " + ClusterSecret.MIN_LENGTH + " bytes");
    }
  }
}
