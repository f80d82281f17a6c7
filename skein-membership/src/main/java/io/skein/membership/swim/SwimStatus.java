package io.skein.membership.swim;

/**
 * What SWIM believes about a member's process: alive, suspected, failed, or gone on purpose.
 *
 * <p>Ember calls this {@code MemberStatus}; in Skein that name belongs to the member lifecycle
 * ({@link io.skein.membership.member.MemberStatus}: Joining, Up, Leaving, Down ...), which is a
 * different question (is the member part of the cluster?) answered by a different protocol. The
 * two meet where the lifecycle consumes SWIM's verdicts: {@link #ALIVE} and {@link #SUSPECT}
 * members are reachable candidates, {@link #DEAD} makes a member unreachable (a downing decision
 * may follow), {@link #LEFT} is the failure-free end of a member that announced its leave
 * (lifecycle Leaving/Exiting).
 */
public enum SwimStatus {
  /** Answers probes, or refuted the last suspicion with a higher incarnation. */
  ALIVE(0),
  /** A probe failed; the member has a suspicion timeout to refute it. */
  SUSPECT(1),
  /** The suspicion timed out without a refutation. */
  DEAD(2),
  /** The member announced a graceful leave; it is not a failure. */
  LEFT(3);

  private final int code;

  SwimStatus(int code) {
    this.code = code;
  }

  /** The wire code of this status. */
  public int code() {
    return code;
  }

  /** Dead or Left: no longer probed, kept only to stop stale gossip reviving it. */
  public boolean isGone() {
    return this == DEAD || this == LEFT;
  }

  /** The status for a wire code. */
  public static SwimStatus fromCode(int code) {
    for (SwimStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("swim status: " + code + " (expected: 0..3)");
  }
}
