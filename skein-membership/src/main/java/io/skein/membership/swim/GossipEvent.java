package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;

/**
 * What the engine tells its driver happened. Membership events carry the member's claim as it
 * stands after the change; {@link AckReceived} is the hook for phi-accrual detectors.
 */
public sealed interface GossipEvent {

  /** A member this node did not know is alive (a join, or first contact). */
  record Joined(MemberInfo member) implements GossipEvent {}

  /** A member is suspected; {@code accuser} is the member whose probe failed. */
  record Suspected(MemberInfo member, UniqueAddress accuser) implements GossipEvent {}

  /** A suspicion timed out (here or elsewhere): the member is considered failed. */
  record Failed(MemberInfo member) implements GossipEvent {}

  /** A member announced a graceful leave. */
  record Left(MemberInfo member) implements GossipEvent {}

  /** A suspected, failed or departed member is alive again with a higher incarnation. */
  record Recovered(MemberInfo member, SwimStatus previous) implements GossipEvent {}

  /**
   * A probe of {@code member} was answered after {@code rttMillis}; {@code direct} is false when
   * the ack came through an indirect probe (its time includes the relay). Feed it to the
   * member's failure detector as a heartbeat.
   */
  record AckReceived(UniqueAddress member, long rttMillis, boolean direct) implements GossipEvent {}

  /** This node refuted a suspicion or death about itself and is now at {@code incarnation}. */
  record Refuted(long incarnation) implements GossipEvent {}
}
