package io.skein.routing.topology;

import io.skein.routing.hash.DynHash;
import io.skein.routing.hash.HashTag;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The routing part of a pool's configuration: where this node is, how keys are hashed and
 * placed, which consistency levels apply and how long a request may take.
 *
 * @param dc this node's datacenter ({@code datacenter:})
 * @param rack this node's rack ({@code rack:})
 * @param hash the key hash for token distributions ({@code hash:})
 * @param hashTag the two delimiters that select the hashed part of a key ({@code hash_tag:});
 *     empty hashes whole keys. The {@code slots} distribution always applies Redis Cluster's
 *     {@code {}} rule instead, as Redis clients expect.
 * @param distribution how a rack places keys ({@code distribution:})
 * @param distributionShadow a second distribution computed beside the first to count where
 *     they disagree ({@code distribution_shadow:}), or empty
 * @param readConsistency the level for reads ({@code read_consistency:})
 * @param writeConsistency the level for writes ({@code write_consistency:})
 * @param timeout how long the client waits at most before it gets an answer ({@code timeout:})
 * @param dcOrder the order of remote datacenters by distance, nearest first; datacenters not
 *     listed follow in name order
 */
public record PoolConfig(String dc, String rack, DynHash hash, Optional<HashTag> hashTag,
    Distribution distribution, Optional<Distribution> distributionShadow,
    ConsistencyLevel readConsistency, ConsistencyLevel writeConsistency, Duration timeout,
    List<String> dcOrder) {

  /**
   * Dynomite's default request timeout is 5 s: long enough for a cross-DC quorum on a slow
   * link, short enough that a client never appears hung.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  public PoolConfig {
    new RackKey(dc, rack);
    if (hash == null || hashTag == null || distribution == null || distributionShadow == null
        || readConsistency == null || writeConsistency == null || timeout == null
        || dcOrder == null) {
      throw new IllegalArgumentException("pool config: a field is null (expected: all set)");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: " + timeout + " (expected: > 0)");
    }
    dcOrder = List.copyOf(dcOrder);
  }

  /**
   * Dynomite's defaults for a node in {@code dc}/{@code rack}: {@code murmur}, no hash tag,
   * {@code vnode} (the distribution a Dynomite config with tokens implies; the config loader
   * picks {@code slots} for a new cluster without tokens), no shadow, DC_ONE for reads and
   * writes.
   */
  public static PoolConfig defaults(String dc, String rack) {
    return new PoolConfig(dc, rack, DynHash.DEFAULT, Optional.empty(), Distribution.VNODE,
        Optional.empty(), ConsistencyLevel.DEFAULT, ConsistencyLevel.DEFAULT, DEFAULT_TIMEOUT,
        List.of());
  }

  public PoolConfig withHash(DynHash value) {
    return new PoolConfig(dc, rack, value, hashTag, distribution, distributionShadow,
        readConsistency, writeConsistency, timeout, dcOrder);
  }

  public PoolConfig withHashTag(HashTag value) {
    return new PoolConfig(dc, rack, hash, Optional.ofNullable(value), distribution,
        distributionShadow, readConsistency, writeConsistency, timeout, dcOrder);
  }

  public PoolConfig withDistribution(Distribution value) {
    return new PoolConfig(dc, rack, hash, hashTag, value, distributionShadow, readConsistency,
        writeConsistency, timeout, dcOrder);
  }

  public PoolConfig withDistributionShadow(Distribution value) {
    return new PoolConfig(dc, rack, hash, hashTag, distribution, Optional.ofNullable(value),
        readConsistency, writeConsistency, timeout, dcOrder);
  }

  public PoolConfig withConsistency(ConsistencyLevel read, ConsistencyLevel write) {
    return new PoolConfig(dc, rack, hash, hashTag, distribution, distributionShadow, read, write,
        timeout, dcOrder);
  }

  public PoolConfig withTimeout(Duration value) {
    return new PoolConfig(dc, rack, hash, hashTag, distribution, distributionShadow,
        readConsistency, writeConsistency, value, dcOrder);
  }

  public PoolConfig withDcOrder(List<String> value) {
    return new PoolConfig(dc, rack, hash, hashTag, distribution, distributionShadow,
        readConsistency, writeConsistency, timeout, value);
  }

  /** The local (dc, rack). */
  public RackKey localRack() {
    return new RackKey(dc, rack);
  }
}
