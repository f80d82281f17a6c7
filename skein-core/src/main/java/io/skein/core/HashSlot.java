package io.skein.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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
  /**
   * Slicing-by-8: {@code SLICES[k * 256 + v]} is the register after byte {@code v} followed by
   * {@code k} zero bytes. A CRC is linear, so eight bytes fold in as eight independent lookups
   * instead of a chain of eight dependent ones; at 16-byte keys the byte-at-a-time loop was a
   * few percent of a GET's CPU, and every command computes its key's slot.
   */
  private static final int[] SLICES = slices();
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
    int i = offset;
    int end = offset + length;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      // The register is the first two bytes' partner; the other six enter with zero.
      long x = (long) LONGS.get(data, i) ^ ((long) crc << 48);
      crc = SLICES[7 * 256 + (int) (x >>> 56)]
          ^ SLICES[6 * 256 + ((int) (x >>> 48) & 0xff)]
          ^ SLICES[5 * 256 + ((int) (x >>> 40) & 0xff)]
          ^ SLICES[4 * 256 + ((int) (x >>> 32) & 0xff)]
          ^ SLICES[3 * 256 + ((int) (x >>> 24) & 0xff)]
          ^ SLICES[2 * 256 + ((int) (x >>> 16) & 0xff)]
          ^ SLICES[256 + ((int) (x >>> 8) & 0xff)]
          ^ SLICES[(int) x & 0xff];
    }
    for (; i < end; i++) {
      crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ data[i]) & 0xff]) & 0xffff;
    }
    return crc;
  }

  private static int[] slices() {
    int[] slices = new int[8 * 256];
    System.arraycopy(TABLE, 0, slices, 0, 256);
    for (int k = 1; k < 8; k++) {
      for (int v = 0; v < 256; v++) {
        int prev = slices[(k - 1) * 256 + v];
        slices[k * 256 + v] = ((prev << 8) ^ TABLE[prev >>> 8]) & 0xffff;
      }
    }
    return slices;
  }
}
