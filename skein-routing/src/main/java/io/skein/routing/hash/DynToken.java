package io.skein.routing.hash;

/**
 * A position on a rack's ring: an unsigned 32-bit token, as Dynomite configures them
 * ({@code tokens: '2147483647'}).
 *
 * <p>Held in a {@code long} so that tokens order naturally; the constructor refuses anything
 * outside {@code [0, 2^32-1]}. A config value out of range is an error, never saturated or
 * wrapped, because a silently moved token moves keys to the wrong node.
 *
 * @param value the token, {@code 0 <= value <= 4294967295}
 */
public record DynToken(long value) implements Comparable<DynToken> {

  /** The largest token, {@code 2^32 - 1}. */
  public static final long MAX = 0xFFFF_FFFFL;

  public DynToken {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException(
          "token: " + value + " (expected: 0.." + MAX + ")");
    }
  }

  /** The token for an unsigned 32-bit value held in an {@code int}. */
  public static DynToken fromU32(int bits) {
    return new DynToken(Integer.toUnsignedLong(bits));
  }

  /**
   * Parses a decimal token as written in a Dynomite config. Leading and trailing blanks are
   * ignored; signs, other radixes and values above {@link #MAX} are refused.
   *
   * @throws IllegalArgumentException naming the text and what was expected
   */
  public static DynToken parse(String text) {
    String digits = text == null ? "" : text.strip();
    if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)
        || !digits.chars().allMatch(c -> c < 128)) {
      throw new IllegalArgumentException(
          "token: '" + text + "' (expected: a decimal number in 0.." + MAX + ")");
    }
    long value = Long.parseLong(digits);
    if (value > MAX) {
      throw new IllegalArgumentException(
          "token: '" + text + "' (expected: a decimal number in 0.." + MAX + ")");
    }
    return new DynToken(value);
  }

  @Override
  public int compareTo(DynToken other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
