package io.skein.membership.lifecycle;

import io.skein.membership.member.UniqueAddress;

/**
 * One observation: {@code observer} says {@code subject} is {@code status}, as of the observer's
 * {@code version} (a counter the observer bumps on every change it makes to its own row).
 *
 * @param observer the node whose failure detector made the observation
 * @param subject the node observed
 * @param status what the observer says
 * @param version the observer's counter when it recorded this
 */
public record ReachabilityRecord(
    UniqueAddress observer, UniqueAddress subject, ReachabilityStatus status, long version) {

  public ReachabilityRecord {
    if (observer == null || subject == null || status == null) {
      throw new IllegalArgumentException("reachability record: observer, subject and status are required");
    }
    if (observer.equals(subject)) {
      throw new IllegalArgumentException(
          "reachability record: " + observer + " observes itself (expected: another node)");
    }
    if (version < 1) {
      throw new IllegalArgumentException(
          "reachability record version: " + version + " (expected: >= 1)");
    }
  }

  @Override
  public String toString() {
    return observer + " -> " + subject + " " + status + " v" + version;
  }
}
