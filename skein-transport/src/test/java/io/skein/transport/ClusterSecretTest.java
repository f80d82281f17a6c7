package io.skein.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSecretTest {

  @TempDir Path dir;

  @Test
  void aShortSecretIsRefusedWithItsLengthNotItsValue() {
    assertThatThrownBy(() -> ClusterSecret.of("tooshort"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cluster_secret: 8 bytes (expected: at least 16 bytes)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tooshort"));
  }

  @Test
  void toStringNeverShowsTheSecret() {
    ClusterSecret secret = ClusterSecret.of("correct horse battery staple");
    assertThat(secret.toString()).isEqualTo("ClusterSecret[redacted]").doesNotContain("horse");
  }

  @Test
  void aSecretFileIsTrimmedSoATrailingNewlineDoesNotChangeTheKey() throws Exception {
    Path file = dir.resolve("secret");
    Files.writeString(file, "  correct horse battery staple\n", StandardCharsets.UTF_8);
    assertThat(ClusterSecret.fromFile(file))
        .isEqualTo(ClusterSecret.of("correct horse battery staple"));
  }

  @Test
  void anEmptySecretFileIsNamedInTheError() throws Exception {
    Path file = dir.resolve("empty");
    Files.writeString(file, " \n");
    assertThatThrownBy(() -> ClusterSecret.fromFile(file))
        .hasMessageContaining("cluster_secret_file: " + file + " is empty");
  }

  @Test
  void aMissingSecretFileIsNamedInTheError() {
    Path file = dir.resolve("absent");
    assertThatThrownBy(() -> ClusterSecret.fromFile(file))
        .hasMessageStartingWith("cluster_secret_file: " + file + " cannot be read");
  }

  @Test
  void differentSecretsAreNotEqualAndGiveDifferentMacs() {
    ClusterSecret a = ClusterSecret.of("0123456789abcdef");
    ClusterSecret b = ClusterSecret.of("0123456789abcdeF");
    byte[] data = "frame".getBytes(StandardCharsets.UTF_8);
    assertThat(a).isNotEqualTo(b);
    assertThat(a.newMac().doFinal(data)).isNotEqualTo(b.newMac().doFinal(data));
    assertThat(a.newMac().doFinal(data)).isEqualTo(a.newMac().doFinal(data));
  }

  @Test
  void derivedKeysDifferByLabelAndFromTheSecretItself() {
    ClusterSecret s = ClusterSecret.of("0123456789abcdef");
    byte[] data = {1, 2, 3};
    byte[] plain = s.newMac().doFinal(data);
    byte[] one = s.deriveMac(new byte[] {1}).doFinal(data);
    byte[] two = s.deriveMac(new byte[] {2}).doFinal(data);
    assertThat(one).isNotEqualTo(two).isNotEqualTo(plain);
  }
}
