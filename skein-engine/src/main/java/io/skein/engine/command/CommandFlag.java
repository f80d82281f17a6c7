package io.skein.engine.command;

/**
 * Redis's command flags, as {@code COMMAND INFO} lists them (in its order), plus Skein's locking
 * needs. Flags Redis 7.2 hides from COMMAND INFO (may_replicate, sentinel, protected, ...) are
 * left out.
 */
public enum CommandFlag {
  // Declared in the order Redis 7.2's COMMAND INFO lists flags, which EnumSet iteration keeps.
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
  SKIP_SLOWLOG("skip_slowlog"),
  ASKING("asking"),
  FAST("fast"),
  NO_AUTH("no_auth"),
  NO_MANDATORY_KEYS("no_mandatory_keys"),
  NO_ASYNC_LOADING("no_async_loading"),
  /** Not allowed inside MULTI (Redis's no-multi). */
  NO_MULTI("no_multi"),
  MOVABLE_KEYS("movablekeys"),
  ALLOW_BUSY("allow_busy"),
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
