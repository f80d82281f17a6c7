package io.skein.routing.collect;

import io.skein.routing.dispatch.ReplicaTarget;
import java.util.List;

/**
 * The replies of one datacenter counted for a rule: successes (or the largest group of
 * identical replies) and targets still outstanding. Small enough to recount on every reply;
 * a plan has at most one target per rack.
 *
 * @param dcOrdinal the datacenter
 * @param count successes, or the size of the largest identical group
 * @param outstanding targets of the DC without a reply yet
 * @param agreed a member of the largest identical group (the newest on a tie), or null
 * @param members the DC's target positions, for {@link #first}
 */
record Tally(int dcOrdinal, int count, int outstanding, Reply.Value agreed, int[] members,
    Reply[] replies) {

  static Tally of(List<ReplicaTarget> targets, Reply[] replies, int dcOrdinal,
      boolean identical) {
    int[] members = new int[targets.size()];
    int size = 0;
    int successes = 0;
    int outstanding = 0;
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i).dcOrdinal() != dcOrdinal) {
        continue;
      }
      members[size++] = i;
      if (replies[i] == null) {
        outstanding++;
      } else if (replies[i] instanceof Reply.Value) {
        successes++;
      }
    }
    int best = 0;
    Reply.Value agreed = null;
    if (identical) {
      for (int a = 0; a < size; a++) {
        if (replies[members[a]] instanceof Reply.Value v) {
          int same = 0;
          for (int b = 0; b < size; b++) {
            if (replies[members[b]] instanceof Reply.Value w && v.sameAs(w)) {
              same++;
            }
          }
          if (same > best || (same == best && v.version() > agreed.version())) {
            best = same;
            agreed = v;
          }
        }
      }
    }
    return new Tally(dcOrdinal, identical ? best : successes, outstanding, agreed,
        java.util.Arrays.copyOf(members, size), replies);
  }

  /** The value that arrived first among this DC's replies. */
  Reply.Value first(int[] arrival) {
    Reply.Value first = null;
    int at = Integer.MAX_VALUE;
    for (int i : members) {
      if (replies[i] instanceof Reply.Value v && arrival[i] < at) {
        first = v;
        at = arrival[i];
      }
    }
    return first;
  }

  /**
   * The value with the newest version among {@code replies}, restricted to datacenter
   * {@code dcOrdinal} unless {@code targets} is null; earlier targets win ties.
   */
  static Reply.Value newest(Reply[] replies, List<ReplicaTarget> targets, int dcOrdinal) {
    Reply.Value newest = null;
    for (int i = 0; i < replies.length; i++) {
      if (targets != null && targets.get(i).dcOrdinal() != dcOrdinal) {
        continue;
      }
      if (replies[i] instanceof Reply.Value v && (newest == null || v.version() > newest.version())) {
        newest = v;
      }
    }
    return newest;
  }
}
