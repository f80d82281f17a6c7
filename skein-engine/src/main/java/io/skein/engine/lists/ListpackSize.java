package io.skein.engine.lists;

/**
 * What a list would take as one Redis listpack, so that {@code OBJECT ENCODING} switches
 * between "listpack" and "quicklist" where Redis 7.2 does. Every element is sized as a string
 * entry; Redis stores small integers more tightly, so for lists of numbers this overestimates
 * a little and may switch slightly early.
 */
final class ListpackSize {

  /** Redis's default list-max-listpack-size -2: one listpack holds at most 8 KiB. */
  static final int MAX_BYTES = 8192;
  /** A listpack's header (total bytes, element count) and end marker. */
  static final int OVERHEAD = 7;

  private ListpackSize() {}

  /** A string entry: encoding header, data, and the back-length that lets it be walked back. */
  static int entryBytes(int len) {
    int header = len <= 63 ? 1 : len <= 4095 ? 2 : 5;
    int body = header + len;
    int back = body < 128 ? 1 : body < 16384 ? 2 : body < 2097152 ? 3 : body < 268435456 ? 4 : 5;
    return body + back;
  }
}
