package io.skein.engine.command;

import io.skein.engine.Engine;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Keyspace;

/**
 * A client's state as commands see it: the selected database, whether it is inside MULTI, and
 * the request to block that a blocking command leaves when it finds nothing to serve.
 *
 * <p>One per client connection, used by one thread at a time: the connection's I/O thread, or
 * the thread that serves the client after it blocked.
 */
public class CommandContext {

  private final Engine engine;
  private final Object connection;
  private Database db;
  private boolean inTransaction;
  private byte[][] blockKeys;
  private long blockTimeoutMillis;
  private boolean retryingBlocked;

  /**
   * @param connection the server's per-connection state, for server commands (SELECT, CLIENT,
   *     ...); may be {@code null} for contexts that have none (tests, internal callers)
   */
  public CommandContext(Engine engine, Object connection) {
    this.engine = engine;
    this.connection = connection;
    this.db = engine.keyspace().database(0);
  }

  public Engine engine() {
    return engine;
  }

  public Keyspace keyspace() {
    return engine.keyspace();
  }

  /** The selected database. */
  public Database db() {
    return db;
  }

  /** Selects database {@code index}; ERR DB index is out of range when there is none. */
  public void select(int index) {
    if (index < 0 || index >= engine.keyspace().databaseCount()) {
      throw RedisException.DB_INDEX_OUT_OF_RANGE;
    }
    db = engine.keyspace().database(index);
  }

  /** Wall-clock milliseconds, from the engine's clock. */
  public long now() {
    return engine.keyspace().clock().millis();
  }

  @SuppressWarnings("unchecked")
  public <T> T connection() {
    return (T) connection;
  }

  public boolean inTransaction() {
    return inTransaction;
  }

  public void inTransaction(boolean yes) {
    inTransaction = yes;
  }

  /**
   * Whether a blocking command may block now; inside MULTI (and for contexts without a
   * connection) it answers as if its timeout had expired, as Redis does.
   */
  public boolean mayBlock() {
    return !inTransaction && connection != null;
  }

  /**
   * Asks to block until one of {@code keys} changes or {@code timeoutMillis} passes (0: for
   * ever). The handler returns without writing a reply; the executor registers the client while
   * it still holds the keys' locks, so no wake-up can be missed, and runs the command again when
   * a key is ready.
   */
  public void block(byte[][] keys, long timeoutMillis) {
    if (!mayBlock()) {
      throw new IllegalStateException("block() outside a blockable context");
    }
    this.blockKeys = keys;
    this.blockTimeoutMillis = timeoutMillis;
  }

  /** The keys a pending block request waits on, or {@code null}. Clears the request. */
  public byte[][] takeBlockKeys() {
    byte[][] keys = blockKeys;
    blockKeys = null;
    return keys;
  }

  public long blockTimeoutMillis() {
    return blockTimeoutMillis;
  }

  /**
   * Whether the executor is running a blocked client's command again because one of its keys
   * changed. Redis keeps such a client waiting when the key became another type, where a first
   * run would answer WRONGTYPE, so blocking commands need to tell the two apart.
   */
  public boolean retryingBlocked() {
    return retryingBlocked;
  }

  /** Set by the executor around a re-run of a blocked command. */
  public void retryingBlocked(boolean yes) {
    retryingBlocked = yes;
  }
}
