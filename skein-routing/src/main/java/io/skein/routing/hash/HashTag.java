package io.skein.routing.hash;

/**
 * Dynomite's {@code hash_tag}: two characters that delimit the part of a key that is hashed, so
 * that related keys ({@code user:{42}:name}, {@code user:{42}:mail}) land together.
 *
 * <p>The rule, as Dynomite applies it: find the first {@code open} character; find the first
 * {@code close} character after it; if both exist and enclose at least one byte, hash only the
 * enclosed bytes, otherwise hash the whole key. With {@code "{}"} this is Redis Cluster's rule.
 *
 * @param open the opening delimiter byte
 * @param close the closing delimiter byte
 */
public record HashTag(byte open, byte close) {

  /** Redis Cluster's and the usual Dynomite tag, {@code {}}. */
  public static final HashTag BRACES = new HashTag((byte) '{', (byte) '}');

  /**
   * Parses a {@code hash_tag} config value.
   *
   * @throws IllegalArgumentException unless the text is exactly two ASCII characters
   */
  public static HashTag parse(String text) {
    if (text == null || text.length() != 2 || text.charAt(0) > 127 || text.charAt(1) > 127) {
      throw new IllegalArgumentException(
          "hash_tag: '" + text + "' (expected: two ASCII characters, e.g. '{}')");
    }
    return new HashTag((byte) text.charAt(0), (byte) text.charAt(1));
  }

  /**
   * The hashed part of {@code key[offset, offset + length)}, packed as
   * {@code (start << 32) | length} so that the hot path allocates nothing; unpack with
   * {@link #start(long)} and {@link #length(long)}.
   */
  public long select(byte[] key, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (key[i] == open) {
        for (int j = i + 1; j < end; j++) {
          if (key[j] == close) {
            return j - i > 1 ? pack(i + 1, j - i - 1) : pack(offset, length);
          }
        }
        break;
      }
    }
    return pack(offset, length);
  }

  /** The start offset of a {@link #select} result. */
  public static int start(long selection) {
    return (int) (selection >>> 32);
  }

  /** The length of a {@link #select} result. */
  public static int length(long selection) {
    return (int) selection;
  }

  private static long pack(int start, int length) {
    return ((long) start << 32) | (length & 0xFFFF_FFFFL);
  }

  @Override
  public String toString() {
    return "" + (char) open + (char) close;
  }
}
