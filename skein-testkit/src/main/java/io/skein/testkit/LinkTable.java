package io.skein.testkit;

import io.skein.core.HostAndPort;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Per-direction link state of the in-memory network: conditions (loss, delay) and blocks (one
 * way, or both ways for a partition). Not thread-safe: {@link InProcessRegistry} guards it.
 */
final class LinkTable {

  private record Link(HostAndPort from, HostAndPort to) {}

  private final Map<Link, LinkConditions> conditions = new HashMap<>();
  private final Set<Link> blocked = new HashSet<>();
  private LinkConditions defaults = LinkConditions.PERFECT;

  void setDefaults(LinkConditions c) {
    defaults = c;
  }

  void set(HostAndPort from, HostAndPort to, LinkConditions c) {
    conditions.put(new Link(from, to), c);
  }

  LinkConditions get(HostAndPort from, HostAndPort to) {
    return conditions.getOrDefault(new Link(from, to), defaults);
  }

  void block(HostAndPort from, HostAndPort to) {
    blocked.add(new Link(from, to));
  }

  void unblock(HostAndPort from, HostAndPort to) {
    blocked.remove(new Link(from, to));
  }

  /** Blocks every link between the two sides, both ways. */
  void partition(Collection<HostAndPort> side, Collection<HostAndPort> other) {
    for (HostAndPort a : side) {
      for (HostAndPort b : other) {
        if (!a.equals(b)) {
          block(a, b);
          block(b, a);
        }
      }
    }
  }

  void heal() {
    blocked.clear();
  }

  boolean isBlocked(HostAndPort from, HostAndPort to) {
    return blocked.contains(new Link(from, to));
  }
}
