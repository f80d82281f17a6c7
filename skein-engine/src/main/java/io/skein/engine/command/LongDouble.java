package io.skein.engine.command;

import java.math.BigInteger;

/**
 * An x87 80-bit {@code long double} (64-bit significand, exponents down to subnormal
 * 2<sup>-16445</sup>), the type Redis on x86-64 parses blocking timeouts into: enough of it to
 * read a number as {@code strtold} does and to multiply it as the FPU does, so that a timeout
 * rounds to the same millisecond as in Redis ("0.253" seconds is 254 ms there, where
 * {@code double} arithmetic gives 253).
 *
 * <p>A finite value is {@code signum * significand * 2^exponent}, exactly; an infinity has
 * {@code infinite} set. Immutable.
 *
 * @param signum -1, 0 or 1 (a negative zero has signum 0: nothing here tells them apart)
 * @param significand the magnitude's significand, at most 64 bits
 * @param exponent the power of two that scales it
 * @param infinite whether this is an infinity of sign {@code signum}
 */
record LongDouble(int signum, BigInteger significand, int exponent, boolean infinite) {

  private static final int SIGNIFICAND_BITS = 64;
  /** Exponent of the smallest subnormal, 2^-16445: finer bits round away. */
  private static final int MIN_EXPONENT = -16445;
  /** Values of 2^16384 and above overflow. */
  private static final int MAX_BINARY_EXPONENT = 16384;
  /** Redis's MAX_LONG_DOUBLE_CHARS: as long or longer is not a number. */
  private static final int MAX_CHARS = 5 * 1024;
  private static final double LOG10_2 = Math.log10(2);

  static final LongDouble ZERO = new LongDouble(0, BigInteger.ZERO, 0, false);

  /**
   * The number {@code arg} holds, read as Redis's {@code string2ld} reads it (strtold on the
   * whole argument; no leading space; NaN, overflow and underflow to zero refused), or
   * {@code null} when Redis would not take it as a number.
   */
  static LongDouble parse(byte[] arg) {
    if (arg.length == 0 || arg.length >= MAX_CHARS) {
      return null;
    }
    return LongDoubleSyntax.read(arg);
  }

  /**
   * The value {@code signum * mantissa * 2^binaryExponent * 10^decimalExponent} rounded to
   * nearest (ties to even) as {@code strtold} rounds; {@code null} on overflow, or on underflow
   * of a non-zero value to zero (both are ERANGE, which Redis refuses).
   */
  static LongDouble round(int signum, BigInteger mantissa, long binaryExponent,
      long decimalExponent) {
    if (mantissa.signum() == 0) {
      return ZERO;
    }
    // Far outside the range, answer before building powers of ten that could be huge.
    double log10 = decimalExponent + binaryExponent * LOG10_2;
    if ((mantissa.bitLength() - 1) * LOG10_2 + log10 > 4933) {
      return null; // LDBL_MAX is about 1.19e4932
    }
    if (mantissa.bitLength() * LOG10_2 + log10 < -4952) {
      return null; // below half the smallest subnormal, about 3.6e-4951
    }
    // An exact rational num / den, then m = round(num * 2^shift / den).
    BigInteger num = mantissa;
    BigInteger den = BigInteger.ONE;
    if (decimalExponent >= 0) {
      num = num.multiply(BigInteger.TEN.pow(Math.toIntExact(decimalExponent)));
    } else {
      den = BigInteger.TEN.pow(Math.toIntExact(-decimalExponent));
    }
    long log2 = (long) num.bitLength() - den.bitLength() + binaryExponent; // floor or floor+1
    if (log2 > MAX_BINARY_EXPONENT + 1) {
      return null;
    }
    if (log2 < MIN_EXPONENT - 2) {
      return null;
    }
    int exp = (int) Math.max(log2 - SIGNIFICAND_BITS, MIN_EXPONENT);
    BigInteger m = divideRounded(num, den, binaryExponent - exp);
    if (m.bitLength() > SIGNIFICAND_BITS) { // log2 was one too low: drop one more bit
      exp++;
      m = divideRounded(num, den, binaryExponent - exp);
    }
    if (m.signum() == 0) {
      return null;
    }
    if ((long) m.bitLength() + exp > MAX_BINARY_EXPONENT) {
      return null;
    }
    return new LongDouble(signum, m, exp, false);
  }

  /** round(num * 2^shift / den), ties to even. */
  private static BigInteger divideRounded(BigInteger num, BigInteger den, long shift) {
    if (shift >= 0) {
      num = num.shiftLeft(Math.toIntExact(shift));
    } else {
      den = den.shiftLeft(Math.toIntExact(-shift));
    }
    BigInteger[] qr = num.divideAndRemainder(den);
    int half = qr[1].shiftLeft(1).compareTo(den);
    if (half > 0 || (half == 0 && qr[0].testBit(0))) {
      return qr[0].add(BigInteger.ONE);
    }
    return qr[0];
  }

  static LongDouble infinity(int signum) {
    return new LongDouble(signum, BigInteger.ZERO, 0, true);
  }

  /** This times {@code factor}, rounded as the FPU rounds the product. */
  LongDouble times(long factor) {
    if (infinite || signum == 0) {
      return this;
    }
    int sign = signum * Long.signum(factor);
    BigInteger product = significand.multiply(BigInteger.valueOf(Math.abs(factor)));
    LongDouble r = round(sign, product, exponent, 0);
    return r == null ? infinity(sign) : r;
  }

  /** Whether this is greater than {@code value}. */
  boolean greaterThan(long value) {
    if (infinite) {
      return signum > 0;
    }
    return exact().compareTo(BigInteger.valueOf(value).shiftLeft(Math.max(0, -exponent))) > 0;
  }

  /** This scaled by 2^max(0, -exponent), as an integer with its sign. */
  private BigInteger exact() {
    BigInteger v = exponent >= 0 ? significand.shiftLeft(exponent) : significand;
    return signum < 0 ? v.negate() : v;
  }

  /**
   * {@code (long long) ceill(this)} as x86-64 computes it: values outside the long range
   * (infinities included) become {@link Long#MIN_VALUE}, the FPU's "integer indefinite".
   */
  long ceilToLong() {
    if (infinite) {
      return Long.MIN_VALUE;
    }
    BigInteger v;
    if (exponent >= 0) {
      v = exact();
    } else {
      BigInteger[] qr = significand.divideAndRemainder(BigInteger.ONE.shiftLeft(-exponent));
      v = signum < 0 ? qr[0].negate() : qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO);
    }
    return v.bitLength() < 64 ? v.longValue() : Long.MIN_VALUE;
  }
}
