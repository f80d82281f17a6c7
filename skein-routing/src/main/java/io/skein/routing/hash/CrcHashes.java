package io.skein.routing.hash;

import io.skein.core.CrcTables;

/**
 * Dynomite's three CRC hashes.
 *
 * <ul>
 *   <li>{@code crc16}: the XMODEM table (polynomial 0x1021), but the running value is a 32-bit
 *       integer that is never masked to 16 bits, so after two bytes it carries the earlier bytes
 *       upwards and the token uses all 32 bits. It is therefore not Redis's CRC16.
 *   <li>{@code crc32}: libmemcached's variant, CRC-32 then {@code ((~crc) >> 16) & 0x7fff},
 *       a 15-bit token.
 *   <li>{@code crc32a}: the standard CRC-32 (as {@code java.util.zip.CRC32}).
 * </ul>
 */
final class CrcHashes {

  private static final int[] XMODEM = CrcTables.msbFirst(16, CrcTables.CRC16_CCITT);
  private static final int[] CRC32 = CrcTables.reflected(CrcTables.CRC32_REFLECTED);

  private CrcHashes() {}

  static long crc16(byte[] key, int offset, int length) {
    int crc = 0;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc << 8) ^ XMODEM[((crc >>> 8) ^ key[i]) & 0xff];
    }
    return Integer.toUnsignedLong(crc);
  }

  static long crc32(byte[] key, int offset, int length) {
    int crc = crc32Register(key, offset, length);
    return ((~crc) >>> 16) & 0x7fff;
  }

  static long crc32a(byte[] key, int offset, int length) {
    return Integer.toUnsignedLong(~crc32Register(key, offset, length));
  }

  /** The reflected CRC-32 register after the bytes, starting from all ones, not inverted. */
  private static int crc32Register(byte[] key, int offset, int length) {
    int crc = 0xFFFF_FFFF;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc >>> 8) ^ CRC32[(crc ^ key[i]) & 0xff];
    }
    return crc;
  }
}
