package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running suspicion timers of one node, one per suspected member: opens them with the
 * configured timeouts, says which have run out and when the next will, and moves them all after
 * a local pause. Owned by {@link MemberTable}, which decides what a timer running out means.
 */
final class SuspicionTimers {

  private final GossipConfig config;
  private final Map<UniqueAddress, MemberState> suspects = new LinkedHashMap<>();

  SuspicionTimers(GossipConfig config) {
    this.config = config;
  }

  /**
   * Starts a timer for {@code s} at {@code now}, opened by {@code accuser}, in a cluster of
   * {@code live} members. With Lifeguard the timeout starts at the maximum and falls with each
   * confirmation; without, it is the minimum.
   */
  void open(MemberState s, UniqueAddress accuser, long now, int live) {
    long min = Suspicion.minTimeoutMillis(config.suspicionMult(), live,
        config.probeIntervalMillis());
    if (!config.lifeguard()) {
      s.suspicion = new Suspicion(accuser, 0, min, min, now);
    } else {
      // Aim for the minimum two probe intervals before the nominal timeout; with too few other
      // members to confirm (live minus this node and the suspect), expect no confirmations.
      int k = config.suspicionMult() - 2;
      if (live - 2 < k) {
        k = 0;
      }
      s.suspicion = new Suspicion(accuser, k, min, min * config.suspicionMaxTimeoutMult(), now);
    }
    suspects.put(s.info.address(), s);
  }

  /** Stops the timer of {@code s}, if it has one (it is no longer suspected). */
  void close(MemberState s) {
    if (s.suspicion != null) {
      s.suspicion = null;
      suspects.remove(s.info.address());
    }
  }

  /** The suspects whose timer has run out by {@code now}. */
  List<MemberState> due(long now) {
    if (suspects.isEmpty()) {
      return List.of();
    }
    List<MemberState> due = new ArrayList<>();
    for (MemberState s : suspects.values()) {
      if (s.suspicion.deadline() <= now) {
        due.add(s);
      }
    }
    return due;
  }

  /** The earliest deadline, or {@link Long#MAX_VALUE}. */
  long nextDeadline() {
    long next = Long.MAX_VALUE;
    for (MemberState s : suspects.values()) {
      next = Math.min(next, s.suspicion.deadline());
    }
    return next;
  }

  /**
   * After a local pause of {@code millis}: moves every timer later by the pause, and at least to
   * {@code resumeAt}.
   */
  void pause(long millis, long resumeAt) {
    for (MemberState s : suspects.values()) {
      s.suspicion.shift(Math.max(millis, resumeAt - s.suspicion.deadline()));
    }
  }
}
