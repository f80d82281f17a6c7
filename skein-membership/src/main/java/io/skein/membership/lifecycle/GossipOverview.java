package io.skein.membership.lifecycle;

import io.skein.membership.member.UniqueAddress;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the gossiped state that is about the version rather than the members: who has seen
 * this version, and who cannot reach whom.
 *
 * @param seen the members that have seen this exact version, in address order
 * @param reachability the observer → subject records
 */
public record GossipOverview(Set<UniqueAddress> seen, Reachability reachability) {

  private static final GossipOverview EMPTY = new GossipOverview(Set.of(), Reachability.empty());

  public GossipOverview {
    if (reachability == null) {
      throw new IllegalArgumentException("gossip overview: reachability is required");
    }
    seen = Collections.unmodifiableSet(new TreeSet<>(seen));
  }

  /** Nobody has seen anything; everyone reaches everyone. */
  public static GossipOverview empty() {
    return EMPTY;
  }
}
