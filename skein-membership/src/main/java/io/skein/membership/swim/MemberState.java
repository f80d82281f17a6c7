package io.skein.membership.swim;

/**
 * The engine's record of one member: the claim it currently believes, when that last changed,
 * and the suspicion timer while the member is suspected. Mutable; owned by {@link MemberTable}.
 */
final class MemberState {

  MemberInfo info;
  long changedAt;
  Suspicion suspicion;
  /** Position in the table's list, for O(1) random picks and removal. */
  int slot;

  MemberState(MemberInfo info, long changedAt) {
    this.info = info;
    this.changedAt = changedAt;
  }

  SwimStatus status() {
    return info.status();
  }

  boolean isLive() {
    return !info.status().isGone();
  }
}
