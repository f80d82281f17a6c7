package io.skein.membership.sbr;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two clocks of the resolver, fed one view per tick.
 *
 * <ul>
 *   <li><b>stable-after</b>: time since the last change of the unreachable set or of the counted
 *       members (Up or Leaving; Joining and WeaklyUp do not count, since a partition may hide
 *       them from one side). A decision waits until it reaches {@code stable_after}.
 *   <li><b>instability</b>: time since the first change of the unreachable set in the current
 *       episode. An episode ends when no member is unreachable any more (or all unreachable
 *       members are Down or Exiting), or when a decision is executed. If an episode lasts
 *       {@code stable_after + down_all_when_unstable}, the runtime downs all.
 * </ul>
 *
 * <p>Times are monotonic nanoseconds. Not thread-safe; owned by one {@link SbrRuntime}.
 */
final class Stability {

  private final long stableAfter;
  private final long downAllWhenUnstable;
  private Set<UniqueAddress> lastUnreachable;
  private Set<UniqueAddress> lastCounted;
  private long lastChange;
  private long firstUnreachableChange;
  private long latestUnreachableChange;
  private int unreachableChanges;

  /** Both in nanoseconds; {@code downAllWhenUnstable} 0 means off. */
  Stability(long stableAfter, long downAllWhenUnstable) {
    this.stableAfter = stableAfter;
    this.downAllWhenUnstable = downAllWhenUnstable;
  }

  /** Takes in the view seen at {@code now}. */
  void observe(long now, SbrView view) {
    Set<UniqueAddress> counted = view.members().stream()
        .filter(m -> m.status().isUpOrLeaving())
        .map(Member::uniqueAddress)
        .collect(Collectors.toSet());
    if (lastUnreachable == null) {
      lastChange = now;
      if (!view.unreachable().isEmpty()) {
        unreachableChanged(now);
      }
    } else {
      if (!lastUnreachable.equals(view.unreachable())) {
        unreachableChanged(now);
        lastChange = now;
      }
      if (!lastCounted.equals(counted)) {
        lastChange = now;
      }
    }
    lastUnreachable = view.unreachable();
    lastCounted = counted;
    if (unreachableChanges > 0 && allUnreachableGone(view)) {
      endEpisode();
    }
    if (downAllWhenUnstable == 0 && unreachableChanges > 0
        && now - latestUnreachableChange >= 2 * stableAfter) {
      endEpisode(); // nothing will act on it; start counting afresh for the next episode
    }
  }

  private void unreachableChanged(long now) {
    if (unreachableChanges == 0) {
      firstUnreachableChange = now;
    }
    latestUnreachableChange = now;
    unreachableChanges++;
  }

  private static boolean allUnreachableGone(SbrView view) {
    return view.unreachable().stream()
        .map(view::member)
        .allMatch(m -> m.map(Member::status)
            .filter(s -> s != MemberStatus.DOWN && s != MemberStatus.EXITING)
            .isEmpty());
  }

  private void endEpisode() {
    unreachableChanges = 0;
  }

  /** Whether nothing has changed for {@code stable_after}. */
  boolean isStable(long now) {
    return now - lastChange >= stableAfter;
  }

  /** Whether the unreachable set has kept changing for too long. */
  boolean isUnstable(long now) {
    return downAllWhenUnstable > 0 && unreachableChanges > 0
        && now - firstUnreachableChange >= stableAfter + downAllWhenUnstable;
  }

  /** A decision was executed: wait {@code stable_after} again and start a new episode. */
  void acted(long now) {
    lastChange = now;
    endEpisode();
  }

  /** For messages: how the instability looked. */
  String describeInstability(long now) {
    return "unreachable set changed " + unreachableChanges + " times in "
        + (now - firstUnreachableChange) / 1_000_000 + " ms, the latest "
        + (now - latestUnreachableChange) / 1_000_000 + " ms ago";
  }

  /** When a decision may be taken at the earliest, given no further change. */
  long decisionDueAt() {
    return lastChange + stableAfter;
  }
}
