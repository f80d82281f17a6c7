package io.skein.engine;

/**
 * The engine's settings that CONFIG SET may change while it runs; reads are volatile, so a change
 * takes effect on the next command on every thread.
 */
public final class EngineConfig {

  /** Redis's eviction policies that Skein implements. */
  public enum EvictionPolicy {
    NOEVICTION("noeviction"),
    ALLKEYS_LRU("allkeys-lru"),
    VOLATILE_LRU("volatile-lru"),
    ALLKEYS_RANDOM("allkeys-random"),
    VOLATILE_RANDOM("volatile-random"),
    VOLATILE_TTL("volatile-ttl");

    private final String redisName;

    EvictionPolicy(String redisName) {
      this.redisName = redisName;
    }

    public String redisName() {
      return redisName;
    }

    /** The policy named {@code name} in any case, or {@code null}. */
    public static EvictionPolicy byName(String name) {
      for (EvictionPolicy p : values()) {
        if (p.redisName.equalsIgnoreCase(name)) {
          return p;
        }
      }
      return null;
    }

    public boolean volatileOnly() {
      return this == VOLATILE_LRU || this == VOLATILE_RANDOM || this == VOLATILE_TTL;
    }
  }

  private volatile long maxmemory;
  private volatile EvictionPolicy policy = EvictionPolicy.NOEVICTION;
  /** Redis's default: 5 samples approximate true LRU closely at a fraction of the cost. */
  private volatile int maxmemorySamples = 5;
  /** Redis's default {@code hz}: the active expiry cycle runs ten times a second. */
  private volatile int hz = 10;

  public long maxmemory() {
    return maxmemory;
  }

  /** Bytes; 0 means no limit. */
  public void maxmemory(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("maxmemory: " + bytes + " (expected: >= 0)");
    }
    this.maxmemory = bytes;
  }

  public EvictionPolicy policy() {
    return policy;
  }

  public void policy(EvictionPolicy policy) {
    this.policy = policy;
  }

  public int maxmemorySamples() {
    return maxmemorySamples;
  }

  public void maxmemorySamples(int samples) {
    if (samples < 1 || samples > 64) {
      throw new IllegalArgumentException("maxmemory-samples: " + samples + " (expected: 1..64)");
    }
    this.maxmemorySamples = samples;
  }

  public int hz() {
    return hz;
  }

  public void hz(int hz) {
    this.hz = Math.max(1, Math.min(500, hz));
  }
}
