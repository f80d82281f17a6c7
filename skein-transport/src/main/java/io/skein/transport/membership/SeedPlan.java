package io.skein.transport.membership;

import io.skein.core.HostAndPort;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How a node with a static seed list gets into a cluster, with no coordinator to ask:
 *
 * <ul>
 *   <li>Every node asks every other seed to let it join, once per tick, until one welcomes it
 *       (a seed that is not in a cluster yet ignores the request).</li>
 *   <li>The lowest seed (host as text, then port: the order that also elects the leader) is
 *       the one that may start a new cluster, and only after it has asked the other seeds for
 *       {@code seed-join-timeout} without being welcomed, so a restarted first seed rejoins the
 *       cluster that is still running instead of founding a second one (Akka's first-seed
 *       rule).</li>
 *   <li>A node that is its own only seed, or has no seeds, starts a cluster at once.</li>
 * </ul>
 *
 * <p>So a fresh cluster forms once its lowest seed is up, after the timeout; a node that is
 * not a seed never founds one. Immutable.
 *
 * @param self this node's peer address
 * @param others the other seeds, lowest first
 * @param firstSeed whether this node is the lowest seed (or has no other seed)
 */
record SeedPlan(HostAndPort self, List<HostAndPort> others, boolean firstSeed) {

  /** The address order of {@code UniqueAddress} without the uid. */
  static final Comparator<HostAndPort> ORDER =
      Comparator.comparing(HostAndPort::host).thenComparingInt(HostAndPort::port);

  SeedPlan {
    others = List.copyOf(others);
  }

  /** The plan of {@code self} for the configured {@code seeds} (self may be among them). */
  static SeedPlan of(HostAndPort self, Collection<HostAndPort> seeds) {
    List<HostAndPort> others = seeds.stream().filter(s -> !s.equals(self)).distinct()
        .sorted(ORDER).toList();
    boolean listed = seeds.contains(self);
    boolean first = others.isEmpty() || (listed && ORDER.compare(self, others.get(0)) < 0);
    return new SeedPlan(self, others, first);
  }

  /** Whether this node starts a cluster by itself now, {@code elapsedMillis} after it began. */
  boolean startsCluster(long elapsedMillis, long seedJoinTimeoutMillis) {
    return firstSeed && (others.isEmpty() || elapsedMillis >= seedJoinTimeoutMillis);
  }
}
