package io.skein.membership.member;

import java.util.Comparator;
import java.util.Set;

/**
 * A member of the cluster as the lifecycle sees it.
 *
 * <p>Equality is by every field; two views of one node differ while their statuses do. Use
 * {@link #uniqueAddress()} to identify the node.
 *
 * @param uniqueAddress the node incarnation
 * @param status where it is in its life
 * @param upNumber assigned by the leader when the member becomes Up (1, 2, 3 ... in order of
 *     becoming Up); {@link Integer#MAX_VALUE} until then. Lower is older.
 * @param dc the datacenter (Akka encodes it as a role {@code dc-<name>}; here it is a field)
 * @param rack the rack within the datacenter
 * @param roles free-form roles, used by role filters in split-brain strategies
 */
public record Member(
    UniqueAddress uniqueAddress,
    MemberStatus status,
    int upNumber,
    String dc,
    String rack,
    Set<String> roles) {

  /** The up number of a member that has never been Up. */
  public static final int NOT_UP = Integer.MAX_VALUE;

  /** Orders members by address: the order for leader election and tie breaks. */
  public static final Comparator<Member> ADDRESS_ORDER =
      Comparator.comparing(Member::uniqueAddress);

  /** Orders members oldest first (lowest up number, then address). */
  public static final Comparator<Member> AGE_ORDER =
      Comparator.comparingInt(Member::upNumber).thenComparing(Member::uniqueAddress);

  public Member {
    if (uniqueAddress == null || status == null || dc == null || rack == null) {
      throw new IllegalArgumentException("member: address, status, dc and rack are required");
    }
    roles = Set.copyOf(roles);
  }

  /** A node that has just asked to join. */
  public static Member joining(UniqueAddress address, String dc, String rack, Set<String> roles) {
    return new Member(address, MemberStatus.JOINING, NOT_UP, dc, rack, roles);
  }

  /**
   * This member in status {@code next}.
   *
   * @throws IllegalStateException if the lifecycle does not allow the step
   */
  public Member withStatus(MemberStatus next) {
    if (next == status) {
      return this;
    }
    if (!status.canMoveTo(next)) {
      throw new IllegalStateException(
          uniqueAddress + ": " + status + " -> " + next + " (expected one of "
              + status.successors() + ")");
    }
    return new Member(uniqueAddress, next, upNumber, dc, rack, roles);
  }

  /** This member made Up with the given up number (leader action). */
  public Member up(int number) {
    return new Member(uniqueAddress, MemberStatus.UP, number, dc, rack, roles)
        .checkedFrom(this);
  }

  private Member checkedFrom(Member before) {
    if (before.status != MemberStatus.UP && !before.status.canMoveTo(MemberStatus.UP)) {
      throw new IllegalStateException(
          uniqueAddress + ": " + before.status + " -> Up (not allowed)");
    }
    return this;
  }

  /** Whether this member is older than {@code other} (became Up earlier). */
  public boolean isOlderThan(Member other) {
    return AGE_ORDER.compare(this, other) < 0;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    return uniqueAddress + "(" + status + ", dc=" + dc + ", rack=" + rack
        + (upNumber == NOT_UP ? "" : ", up=" + upNumber) + ")";
  }
}
