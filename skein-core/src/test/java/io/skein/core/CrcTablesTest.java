package io.skein.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class CrcTablesTest {

  private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

  @Test
  void xmodemTableHasTheKnownEntriesAndCheckValue() {
    int[] t = CrcTables.msbFirst(16, CrcTables.CRC16_CCITT);
    assertThat(t[0]).isZero();
    assertThat(t[1]).isEqualTo(0x1021);
    assertThat(t[128]).isEqualTo(0x9188);
    assertThat(t[255]).isEqualTo(0x1EF0);
    int crc = 0;
    for (byte b : CHECK) {
      crc = ((crc << 8) ^ t[((crc >>> 8) ^ b) & 0xff]) & 0xffff;
    }
    assertThat(crc).isEqualTo(0x31C3);
  }

  @Test
  void reflectedCrc32TableMatchesTheJdk() {
    int[] t = CrcTables.reflected(CrcTables.CRC32_REFLECTED);
    assertThat(t[1]).isEqualTo(0x7707_3096);
    assertThat(t[255]).isEqualTo(0x2D02_EF8D);
    int crc = -1;
    for (byte b : CHECK) {
      crc = (crc >>> 8) ^ t[(crc ^ b) & 0xff];
    }
    CRC32 jdk = new CRC32();
    jdk.update(CHECK);
    assertThat(Integer.toUnsignedLong(~crc)).isEqualTo(jdk.getValue()).isEqualTo(0xCBF4_3926L);
  }

  @Test
  void msbFirstWorksAtFullWidth() {
    int[] t = CrcTables.msbFirst(32, 0x04C1_1DB7);
    assertThat(t[1]).isEqualTo(0x04C1_1DB7);
    assertThat(CrcTables.msbFirst(8, 0x07)[1]).isEqualTo(0x07);
    assertThat(CrcTables.msbFirst(8, 0x07)[255]).isEqualTo(0xF3);
  }

  @Test
  void eachCallReturnsAFreshArray() {
    int[] a = CrcTables.msbFirst(16, CrcTables.CRC16_CCITT);
    a[1] = 0;
    assertThat(CrcTables.msbFirst(16, CrcTables.CRC16_CCITT)[1]).isEqualTo(0x1021);
  }

  @Test
  void rejectsWidthsOutsideEightToThirtyTwo() {
    assertThatThrownBy(() -> CrcTables.msbFirst(7, 1))
        .hasMessage("width: 7 (expected: 8..32)");
  }
}
