package io.skein.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashSlotTest {

  private static int slot(String key) {
    return HashSlot.of(key.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void crc16CheckValueMatchesXmodem() {
    byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(HashSlot.crc16(data, 0, data.length)).isEqualTo(0x31C3);
    assertThat(slot("123456789")).isEqualTo(12739);
  }

  @Test
  void knownSlotsFromRedisClusterSpec() {
    assertThat(slot("foo")).isEqualTo(12182);
    assertThat(slot("bar")).isEqualTo(5061);
    assertThat(slot("")).isEqualTo(0);
  }

  @Test
  void hashTagSelectsTheHashedPart() {
    assertThat(slot("{user1000}.following")).isEqualTo(slot("user1000"));
    assertThat(slot("{user1000}.followers")).isEqualTo(slot("{user1000}.following"));
    assertThat(slot("foo{bar}{zap}")).isEqualTo(slot("bar"));
  }

  @Test
  void emptyOrUnclosedTagHashesWholeKey() {
    byte[] empty = "foo{}{bar}".getBytes(StandardCharsets.UTF_8);
    assertThat(HashSlot.of(empty)).isEqualTo(HashSlot.crc16(empty, 0, empty.length) & 16383);
    byte[] unclosed = "foo{bar".getBytes(StandardCharsets.UTF_8);
    assertThat(HashSlot.of(unclosed)).isEqualTo(HashSlot.crc16(unclosed, 0, unclosed.length) & 16383);
    assertThat(slot("{{bar}}zap")).isEqualTo(slot("{bar"));
  }
}
