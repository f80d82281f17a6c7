package io.skein.server.datastore;

import io.skein.core.HostAndPort;
import io.skein.server.config.Datastore;
import io.skein.server.config.NodeConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a node reaches its external Redis.
 *
 * @param nodeName how logs name this node
 * @param address the Redis ({@code servers:}'s one entry)
 * @param password sent in {@code AUTH} on every new connection ({@code redis_requirepass})
 * @param connections pooled connections ({@code datastore_connections})
 * @param timeout how long a command may wait for its reply, queueing included ({@code timeout})
 * @param maxInFlight commands written to one connection and not yet answered
 * @param maxQueued commands waiting for one connection's in-flight room; one more is refused
 * @param minBackoff first wait before reconnecting; doubles on each failed attempt
 * @param maxBackoff longest wait between reconnection attempts
 */
public record ExternalRedisSettings(String nodeName, HostAndPort address,
    Optional<String> password, int connections, Duration timeout, int maxInFlight,
    int maxQueued, Duration minBackoff, Duration maxBackoff) {

  /**
   * Enough to keep a loopback Redis busy (it answers a pipeline in batches of its read buffer,
   * 16 KiB of small commands), small enough that the replies awaited stay a few MiB.
   */
  public static final int DEFAULT_MAX_IN_FLIGHT = 1024;
  /** A burst of 16 k commands (1000 clients pipelining 16) waits; beyond it, fail fast. */
  public static final int DEFAULT_MAX_QUEUED = 16_384;
  /** A restarted Redis is back within a second; the first retry comes soon. */
  public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofMillis(100);
  /** During a long outage, one attempt per connection every 5 s costs nothing. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);

  public ExternalRedisSettings {
    Objects.requireNonNull(nodeName, "nodeName");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(password, "password");
    positive("connections", connections);
    positive("maxInFlight", maxInFlight);
    positive("maxQueued", maxQueued);
    positive("timeout", timeout.toMillis());
    positive("minBackoff", minBackoff.toMillis());
    if (maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff: " + maxBackoff + " (expected: >= "
          + minBackoff + ")");
    }
  }

  /** Settings with the defaults above for everything the config does not say. */
  public static ExternalRedisSettings of(String nodeName, HostAndPort address,
      Optional<String> password, int connections, Duration timeout) {
    return new ExternalRedisSettings(nodeName, address, password, connections, timeout,
        DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_QUEUED, DEFAULT_MIN_BACKOFF, DEFAULT_MAX_BACKOFF);
  }

  /**
   * The settings a node's config gives: {@code servers:}'s entry, {@code redis_requirepass},
   * {@code datastore_connections} and {@code timeout}; empty with the embedded engine.
   */
  public static Optional<ExternalRedisSettings> from(NodeConfig config) {
    if (!(config.datastore() instanceof Datastore.External external)) {
      return Optional.empty();
    }
    // The config reader refuses more than one entry, as Dynomite does.
    HostAndPort address = external.servers().get(0).address();
    return Optional.of(of(config.nodeName(), address, external.password(),
        config.connections().datastore(), config.routing().timeout()));
  }

  /** The wait before reconnection attempt {@code failures + 1}: doubling, capped. */
  long backoffMillis(int failures) {
    long delay = minBackoff.toMillis() << Math.min(failures, 20);
    return Math.min(delay, maxBackoff.toMillis());
  }

  /** With the other values kept: a shorter timeout, say, for a test. */
  public ExternalRedisSettings withTimeout(Duration t) {
    return new ExternalRedisSettings(nodeName, address, password, connections, t, maxInFlight,
        maxQueued, minBackoff, maxBackoff);
  }

  /** With the other values kept: other bounds on one connection's commands. */
  public ExternalRedisSettings withBounds(int inFlight, int queued) {
    return new ExternalRedisSettings(nodeName, address, password, connections, timeout, inFlight,
        queued, minBackoff, maxBackoff);
  }

  @Override
  public String toString() {
    return "ExternalRedisSettings[" + address + ", password=" + (password.isPresent() ? "set"
        : "none") + ", connections=" + connections + ", timeout=" + timeout.toMillis() + "ms]";
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
    }
  }
}
