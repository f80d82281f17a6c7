package io.skein.resp;

/**
 * The limits the request decoder applies, with Redis's values as defaults. Immutable; to change
 * one at run time (for example {@code CONFIG SET proto-max-bulk-len}) build a new instance and
 * hand it to {@link RespRequestDecoder#limits(RespLimits)}.
 *
 * @param maxBulkLength largest bulk string a command argument may declare; Redis's
 *     {@code proto-max-bulk-len}, 512 MiB by default. Values above what a Java array can hold
 *     ({@code Integer.MAX_VALUE - 8}) are accepted here but such bulks are still refused.
 * @param maxMultibulkLength largest argument count a multibulk request may declare. Redis 7
 *     refuses only counts above {@code INT_MAX}, so the default is {@link Integer#MAX_VALUE}; the
 *     memory such a request may take is bounded by the bytes the client actually sends.
 * @param maxInlineLength longest inline command line, and longest multibulk or bulk header
 *     line, before the request is refused; Redis's {@code PROTO_INLINE_MAX_SIZE}, 64 KiB.
 * @param unauthenticatedMaxMultibulk largest argument count while a password is required and
 *     the client has not authenticated; Redis hard-codes 10.
 * @param unauthenticatedMaxBulk largest bulk length while unauthenticated; Redis hard-codes 16384.
 */
public record RespLimits(
    long maxBulkLength,
    int maxMultibulkLength,
    int maxInlineLength,
    int unauthenticatedMaxMultibulk,
    int unauthenticatedMaxBulk) {

  /** Redis's {@code proto-max-bulk-len} default. */
  public static final long DEFAULT_MAX_BULK_LENGTH = 512L * 1024 * 1024;
  /** Redis's {@code PROTO_INLINE_MAX_SIZE}. */
  public static final int DEFAULT_MAX_INLINE_LENGTH = 64 * 1024;

  private static final RespLimits DEFAULTS =
      new RespLimits(DEFAULT_MAX_BULK_LENGTH, Integer.MAX_VALUE, DEFAULT_MAX_INLINE_LENGTH, 10, 16384);

  public RespLimits {
    requirePositive("maxBulkLength", maxBulkLength);
    requirePositive("maxMultibulkLength", maxMultibulkLength);
    requirePositive("maxInlineLength", maxInlineLength);
    requirePositive("unauthenticatedMaxMultibulk", unauthenticatedMaxMultibulk);
    requirePositive("unauthenticatedMaxBulk", unauthenticatedMaxBulk);
  }

  /** Redis 7's limits. */
  public static RespLimits defaults() {
    return DEFAULTS;
  }

  /** A copy with another {@code proto-max-bulk-len}. */
  public RespLimits withMaxBulkLength(long n) {
    return new RespLimits(n, maxMultibulkLength, maxInlineLength,
        unauthenticatedMaxMultibulk, unauthenticatedMaxBulk);
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
    }
  }
}
