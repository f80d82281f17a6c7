package io.skein.core;

/**
 * Redis Cluster's key-to-slot rule: CRC16-XMODEM of the key, or of its hash tag, modulo 16384.
 *
 * <p>The hash tag is the part between the first {@code '{'} and the first {@code '}'} after it,
 * used only when it is not empty; {@code "{}"} or an unclosed brace hashes the whole key.
 * Check value: CRC16-XMODEM of {@code "123456789"} is 0x31C3, slot 12739.
 */
public final class HashSlot {

  /** Number of hash slots, as in Redis Cluster. */
  public static final int SLOT_COUNT = 16384;

  private static final int[] TABLE = CrcTables.msbFirst(16, CrcTables.CRC16_CCITT);

  private HashSlot() {}

  /** The slot of {@code key}, honouring its hash tag. */
  public static int of(byte[] key) {
    return of(key, 0, key.length);
  }

  /** The slot of {@code key[offset, offset + length)}, honouring its hash tag. */
  public static int of(byte[] key, int offset, int length) {
    int end = offset + length;
    for (int open = offset; open < end; open++) {
      if (key[open] == '{') {
        for (int close = open + 1; close < end; close++) {
          if (key[close] == '}') {
            if (close > open + 1) {
              return crc16(key, open + 1, close - open - 1) & (SLOT_COUNT - 1);
            }
            break;
          }
        }
        break;
      }
    }
    return crc16(key, offset, length) & (SLOT_COUNT - 1);
  }

  /** CRC16-XMODEM (polynomial 0x1021, initial value 0) of the given bytes. */
  public static int crc16(byte[] data, int offset, int length) {
    int crc = 0;
    for (int i = offset; i < offset + length; i++) {
      crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ data[i]) & 0xff]) & 0xffff;
    }
    return crc;
  }
}
