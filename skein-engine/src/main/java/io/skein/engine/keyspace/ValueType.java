package io.skein.engine.keyspace;

/** The Redis type of a stored value, with the name {@code TYPE} replies. */
public enum ValueType {
  STRING("string"),
  LIST("list"),
  SET("set"),
  ZSET("zset"),
  HASH("hash");

  private final String redisName;

  ValueType(String redisName) {
    this.redisName = redisName;
  }

  /** The name Redis uses in {@code TYPE} replies and in {@code SCAN ... TYPE}. */
  public String redisName() {
    return redisName;
  }

  /** The type named {@code name} in any case, or {@code null}. */
  public static ValueType byName(String name) {
    for (ValueType t : values()) {
      if (t.redisName.equalsIgnoreCase(name)) {
        return t;
      }
    }
    return null;
  }
}
