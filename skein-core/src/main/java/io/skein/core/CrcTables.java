package io.skein.core;

/**
 * Lookup tables for table-driven CRCs, one byte per step: the single place where Skein derives
 * them, for Redis Cluster's CRC16-XMODEM ({@link HashSlot}) and Dynomite's CRC hashes.
 *
 * <p>Entry {@code i} is the register change that byte value {@code i} causes after it has been
 * folded into the top (MSB-first) or bottom (reflected) of the register. Each call returns a new
 * array that the caller owns; build it once and keep it in a constant.
 */
public final class CrcTables {

  /** CRC16-XMODEM's (and CCITT's) generator polynomial, x^16 + x^12 + x^5 + 1. */
  public static final int CRC16_CCITT = 0x1021;
  /** CRC-32's (IEEE 802.3, zlib) generator polynomial, bit-reversed for reflected use. */
  public static final int CRC32_REFLECTED = 0xEDB8_8320;

  private CrcTables() {}

  /**
   * The table of an MSB-first (non-reflected) CRC of {@code width} bits, 8 to 32, with
   * {@code polynomial} given without its top bit; entries are masked to {@code width} bits.
   */
  public static int[] msbFirst(int width, int polynomial) {
    if (width < 8 || width > 32) {
      throw new IllegalArgumentException("width: " + width + " (expected: 8..32)");
    }
    int top = 1 << (width - 1);
    int mask = width == 32 ? -1 : (1 << width) - 1;
    int[] table = new int[256];
    for (int i = 0; i < 256; i++) {
      int crc = i << (width - 8);
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & top) != 0 ? (crc << 1) ^ polynomial : crc << 1;
      }
      table[i] = crc & mask;
    }
    return table;
  }

  /**
   * The table of a reflected (LSB-first) CRC, with {@code reflectedPolynomial} given
   * bit-reversed (0xEDB88320 for CRC-32).
   */
  public static int[] reflected(int reflectedPolynomial) {
    int[] table = new int[256];
    for (int i = 0; i < 256; i++) {
      int crc = i;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ reflectedPolynomial : crc >>> 1;
      }
      table[i] = crc;
    }
    return table;
  }
}
