package io.skein.engine.command;

/**
 * A Redis error reply raised by a command before it changes anything. The message is the whole
 * reply text after the {@code -}, prefix included ({@code ERR}, {@code WRONGTYPE}, ...).
 *
 * <p>Stackless: errors are ordinary replies, and building stack traces for them would make bad
 * input expensive.
 */
public final class RedisException extends RuntimeException {

  public static final RedisException WRONGTYPE =
      new RedisException("WRONGTYPE Operation against a key holding the wrong kind of value");
  public static final RedisException NOT_INTEGER =
      new RedisException("ERR value is not an integer or out of range");
  public static final RedisException NOT_FLOAT =
      new RedisException("ERR value is not a valid float");
  public static final RedisException SYNTAX = new RedisException("ERR syntax error");
  public static final RedisException OVERFLOW =
      new RedisException("ERR increment or decrement would overflow");
  public static final RedisException NO_SUCH_KEY = new RedisException("ERR no such key");
  public static final RedisException INDEX_OUT_OF_RANGE =
      new RedisException("ERR index out of range");
  public static final RedisException OOM =
      new RedisException("OOM command not allowed when used memory > 'maxmemory'.");
  public static final RedisException NOAUTH =
      new RedisException("NOAUTH Authentication required.");
  public static final RedisException DB_INDEX_OUT_OF_RANGE =
      new RedisException("ERR DB index is out of range");
  public static final RedisException NAN_OR_INFINITY =
      new RedisException("ERR increment would produce NaN or Infinity");
  public static final RedisException TIMEOUT_NEGATIVE =
      new RedisException("ERR timeout is negative");
  public static final RedisException TIMEOUT_NOT_FLOAT =
      new RedisException("ERR timeout is not a float or out of range");
  public static final RedisException TIMEOUT_OUT_OF_RANGE =
      new RedisException("ERR timeout is out of range");

  public RedisException(String message) {
    super(message, null, false, false);
  }

  /** {@code ERR wrong number of arguments for 'name' command}. */
  public static RedisException wrongArity(String name) {
    return new RedisException("ERR wrong number of arguments for '" + name + "' command");
  }

  /** {@code ERR <text>}. */
  public static RedisException err(String text) {
    return new RedisException("ERR " + text);
  }
}
