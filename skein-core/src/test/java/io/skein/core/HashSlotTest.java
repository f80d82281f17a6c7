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

  @Test
  void wordAtATimeCrcEqualsByteAtATimeAtEveryLengthAndOffset() {
    long seed = 20261121L;
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    byte[] data = new byte[80];
    for (int round = 0; round < 50; round++) {
      for (int i = 0; i < data.length; i++) {
        data[i] = (byte) random.nextInt(256);
      }
      for (int offset = 0; offset < 9; offset++) {
        for (int length = 0; offset + length <= data.length; length++) {
          assertThat(HashSlot.crc16(data, offset, length))
              .as("seed %d round %d offset %d length %d", seed, round, offset, length)
              .isEqualTo(bytewiseCrc16(data, offset, length));
        }
      }
    }
  }

  /** The textbook bitwise CRC16-XMODEM, as the reference. */
  private static int bytewiseCrc16(byte[] data, int offset, int length) {
    int crc = 0;
    for (int i = offset; i < offset + length; i++) {
      crc ^= (data[i] & 0xff) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
      }
      crc &= 0xffff;
    }
    return crc;
  }
}
