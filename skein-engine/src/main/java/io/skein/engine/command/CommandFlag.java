package io.skein.engine.command;

/** Redis's command flags, as {@code COMMAND INFO} lists them, plus Skein's locking needs. */
public enum CommandFlag {
  WRITE("write"),
  READONLY("readonly"),
  DENYOOM("denyoom"),
  ADMIN("admin"),
  PUBSUB("pubsub"),
  NOSCRIPT("noscript"),
  BLOCKING("blocking"),
  LOADING("loading"),
  STALE("stale"),
  SKIP_MONITOR("skip_monitor"),
  FAST("fast"),
  NO_AUTH("no_auth"),
  ALLOW_BUSY("allow_busy"),
  MOVABLE_KEYS("movablekeys"),
  /** Not allowed inside MULTI (Redis's no-multi). */
  NO_MULTI("no_multi"),
  /**
   * Skein's own: the command reads or writes keys it cannot name in advance (FLUSHDB, KEYS,
   * SWAPDB, ...), so it runs holding every stripe lock. Not shown by COMMAND INFO.
   */
  ALL_KEYS(null),
  /**
   * Skein's own: the command visits every slot, locking one slot's stripe at a time itself
   * (SCAN, RANDOMKEY, DBSIZE). Inside MULTI the transaction already holds some stripes, and
   * taking a lower one then could deadlock with a command that locks in ascending order, so a
   * transaction containing such a command takes every stripe instead. Not shown by COMMAND INFO.
   */
  SLOT_BY_SLOT(null);

  private final String redisName;

  CommandFlag(String redisName) {
    this.redisName = redisName;
  }

  /** The name COMMAND INFO shows, or {@code null} for Skein-internal flags. */
  public String redisName() {
    return redisName;
  }
}
