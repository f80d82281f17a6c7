package io.skein.membership.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member is in its life, with Akka's semantics:
 *
 * <pre>
 *   Joining ─► (WeaklyUp) ─► Up ─► Leaving ─► Exiting ─► Removed
 *      └──────────┴──────────┴────────┴───────────┴─► Down ─► Removed
 * </pre>
 *
 * <p>Joining, WeaklyUp, Leaving and Exiting are moved on by the leader; Down is set by an
 * operator or the split-brain resolver; Removed is terminal (a removed node must restart with a
 * new uid to come back). {@link #canMoveTo} is the one table of allowed transitions; gossip
 * merges and leader actions both consult it, so an illegal step cannot arrive by any path.
 */
public enum MemberStatus {
  JOINING("Joining"),
  WEAKLY_UP("WeaklyUp"),
  UP("Up"),
  LEAVING("Leaving"),
  EXITING("Exiting"),
  DOWN("Down"),
  REMOVED("Removed");

  private final String displayName;

  MemberStatus(String displayName) {
    this.displayName = displayName;
  }

  /** The name operators see, e.g. {@code WeaklyUp}. */
  public String displayName() {
    return displayName;
  }

  /** The statuses this one may move to (not including itself). */
  public Set<MemberStatus> successors() {
    return switch (this) {
      case JOINING -> EnumSet.of(WEAKLY_UP, UP, LEAVING, DOWN, REMOVED);
      case WEAKLY_UP -> EnumSet.of(UP, LEAVING, DOWN, REMOVED);
      case UP -> EnumSet.of(LEAVING, DOWN, REMOVED);
      case LEAVING -> EnumSet.of(EXITING, DOWN, REMOVED);
      case EXITING -> EnumSet.of(REMOVED, DOWN);
      case DOWN -> EnumSet.of(REMOVED);
      case REMOVED -> EnumSet.noneOf(MemberStatus.class);
    };
  }

  /** Whether a member in this status may be moved to {@code next}. */
  public boolean canMoveTo(MemberStatus next) {
    return successors().contains(next);
  }

  /**
   * Precedence when two gossip states disagree about one member with equal vector clocks:
   * the status further along its life wins (Removed over Down over Exiting ...), so merges
   * are monotonic and every node reaches the same answer.
   */
  public int precedence() {
    return switch (this) {
      case REMOVED -> 0;
      case DOWN -> 1;
      case EXITING -> 2;
      case LEAVING -> 3;
      case UP -> 4;
      case WEAKLY_UP -> 5;
      case JOINING -> 6;
    };
  }

  /** Up or Leaving: the statuses a leader may have, and those that count as serving. */
  public boolean isUpOrLeaving() {
    return this == UP || this == LEAVING;
  }

  /** Parses a display name or constant name in any case, e.g. {@code weaklyup}, {@code UP}. */
  public static MemberStatus parse(String text) {
    String norm = text.replace("_", "").replace("-", "");
    for (MemberStatus s : values()) {
      if (s.displayName.equalsIgnoreCase(norm)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "member status: '" + text + "' (expected: Joining, WeaklyUp, Up, Leaving, Exiting,"
            + " Down or Removed)");
  }

  @Override
  public String toString() {
    return displayName;
  }
}
