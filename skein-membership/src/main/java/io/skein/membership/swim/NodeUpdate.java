package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;

/**
 * A state update about a node, piggybacked on protocol messages: the claim and the member who
 * made it. {@code from} matters for suspicions (each distinct accuser is an independent
 * confirmation that shortens the suspicion timeout) and tells a Left apart from a Dead: only a
 * member declares itself Left.
 *
 * @param member the claim
 * @param from the member that originated the claim
 */
public record NodeUpdate(MemberInfo member, UniqueAddress from) {

  public NodeUpdate {
    if (member == null || from == null) {
      throw new IllegalArgumentException("node update: member and from are required");
    }
  }

  /** The member the update is about. */
  public UniqueAddress subject() {
    return member.address();
  }

  @Override
  public String toString() {
    return member + " from " + from;
  }
}
