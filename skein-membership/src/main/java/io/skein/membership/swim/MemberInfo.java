package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;

/**
 * One claim about a member: who it is, where it runs, and its SWIM status at an incarnation.
 * Gossip carries these claims; {@link #overrides} decides which of two claims wins.
 *
 * <p>Identity is the {@link UniqueAddress} (peer address plus a uid chosen at start-up), the same
 * identity the member lifecycle uses, so a node restarted on the same address is a new member and
 * the old one is left to fail. {@code dc} and {@code rack} travel with every claim so a receiver
 * can map a gossip member to a ring peer without another lookup.
 *
 * @param address the member's identity; {@code address().address()} is where to send to it
 * @param dc the datacenter
 * @param rack the rack within the datacenter
 * @param incarnation raised only by the member itself, to refute a suspicion about it
 * @param status the claimed status at that incarnation
 */
public record MemberInfo(
    UniqueAddress address, String dc, String rack, long incarnation, SwimStatus status) {

  public MemberInfo {
    if (address == null || status == null) {
      throw new IllegalArgumentException("member info: address and status are required");
    }
    if (dc == null || rack == null) {
      throw new IllegalArgumentException("member info: dc and rack are required (may be empty)");
    }
    if (incarnation < 0) {
      throw new IllegalArgumentException("incarnation: " + incarnation + " (expected: >= 0)");
    }
  }

  /** An alive member at incarnation {@code incarnation}. */
  public static MemberInfo alive(UniqueAddress address, String dc, String rack, long incarnation) {
    return new MemberInfo(address, dc, rack, incarnation, SwimStatus.ALIVE);
  }

  /** Where to send to this member. */
  public HostAndPort hostAndPort() {
    return address.address();
  }

  /** This claim with another status at the same incarnation. */
  public MemberInfo withStatus(SwimStatus next) {
    return new MemberInfo(address, dc, rack, incarnation, next);
  }

  /** This claim with another status at another incarnation. */
  public MemberInfo with(SwimStatus next, long nextIncarnation) {
    return new MemberInfo(address, dc, rack, nextIncarnation, next);
  }

  /**
   * Whether this claim replaces {@code current}, SWIM's precedence rule (null: the member is
   * unknown). Only the member itself raises its incarnation, so a higher incarnation is newer
   * news; within one incarnation bad news wins, so a suspicion cannot be undone by stale alive
   * gossip, only by the member's own refutation:
   *
   * <ul>
   *   <li>an unknown member is learned only from an Alive claim (a suspicion or death of a member
   *       nobody introduced is noise);</li>
   *   <li>Alive(i) overrides anything with incarnation &lt; i, including Dead and Left (the
   *       member refuted a false death, or rejoined);</li>
   *   <li>Suspect(i) overrides Alive(j) for j &le; i and Suspect(j) for j &lt; i;</li>
   *   <li>Dead(i) and Left(i) override Alive or Suspect with j &le; i; nothing but a higher
   *       Alive overrides Dead or Left.</li>
   * </ul>
   */
  public boolean overrides(MemberInfo current) {
    if (current == null) {
      return status == SwimStatus.ALIVE;
    }
    if (address != current.address && !address.equals(current.address)) {
      throw new IllegalArgumentException(
          "member: " + current.address + " (expected: " + address + ")");
    }
    long other = current.incarnation;
    return switch (status) {
      case ALIVE -> incarnation > other;
      case SUSPECT -> current.status == SwimStatus.ALIVE
          ? incarnation >= other
          : current.status == SwimStatus.SUSPECT && incarnation > other;
      case DEAD, LEFT -> !current.status.isGone() && incarnation >= other;
    };
  }

  @Override
  public String toString() {
    return address + "(" + status + "@" + incarnation + ", dc=" + dc + ", rack=" + rack + ")";
  }
}
