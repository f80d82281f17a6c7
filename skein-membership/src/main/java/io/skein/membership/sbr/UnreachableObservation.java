package io.skein.membership.sbr;

import io.skein.membership.member.UniqueAddress;

/**
 * One record of the reachability table: {@code observer}'s failure detector finds
 * {@code subject} unreachable. The table is gossiped, so a node knows the observations of every
 * member it can still exchange gossip with, not only its own.
 *
 * @param observer the member whose detector raised the suspicion
 * @param subject the member it cannot reach
 */
public record UnreachableObservation(UniqueAddress observer, UniqueAddress subject) {

  public UnreachableObservation {
    if (observer == null || subject == null) {
      throw new IllegalArgumentException("observation: observer and subject are required");
    }
    if (observer.equals(subject)) {
      throw new IllegalArgumentException(
          "observation: " + observer + " observes itself (expected: two different members)");
    }
  }

  @Override
  public String toString() {
    return observer + " -x-> " + subject;
  }
}
