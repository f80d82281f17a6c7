package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntSupplier;

/**
 * Updates waiting to be piggybacked, each sent a bounded number of times:
 * λ · ⌈log10(N + 1)⌉, enough for an epidemic to reach N members with high probability while
 * traffic stays flat as N grows (memberlist's {@code TransmitLimitedQueue}). The least sent
 * update goes first, the newest among equals; a newer update about a member replaces the queued
 * one, so stale news is never sent after fresh news. A refutation is sent twice as often, and
 * first: a member that misses one (probability about e^−λ·⌈log10(N+1)⌉ each) would time out a
 * suspicion of a live member.
 */
final class BroadcastQueue {

  /** Least sent first, then newest first. */
  private static final Comparator<Entry> ORDER = (a, b) -> a.sent() != b.sent()
      ? Integer.compare(a.sent(), b.sent()) : Long.compare(b.id, a.id);

  private final int retransmitMult;
  private final int maxPerMessage;
  private final IntSupplier members;
  private final TreeSet<Entry> queue = new TreeSet<>(ORDER);
  private final Map<UniqueAddress, Entry> bySubject = new HashMap<>();
  private long nextId;

  /**
   * @param members the current estimate of N, read when a message is filled
   */
  BroadcastQueue(int retransmitMult, int maxPerMessage, IntSupplier members) {
    this.retransmitMult = retransmitMult;
    this.maxPerMessage = maxPerMessage;
    this.members = members;
  }

  /** How many times each update is sent in a cluster of {@code members}. */
  static int retransmitLimit(int mult, int members) {
    int scale = (int) Math.ceil(Math.log10(members + 1.0));
    return mult * Math.max(1, scale);
  }

  /** Queues {@code update}, replacing any queued update about the same member. */
  void add(NodeUpdate update) {
    add(update, false);
  }

  /**
   * Queues {@code update}, replacing any queued update about the same member; a
   * {@code refutation} goes out twice as many times, ahead of the rest.
   */
  void add(NodeUpdate update, boolean refutation) {
    Entry old = bySubject.remove(update.subject());
    if (old != null) {
      queue.remove(old);
    }
    Entry e = new Entry(update, nextId++,
        refutation ? retransmitLimit(retransmitMult, members.getAsInt()) : 0);
    queue.add(e);
    bySubject.put(update.subject(), e);
  }

  /** Up to the per-message maximum of updates, counting one transmission for each. */
  List<NodeUpdate> take() {
    return take(maxPerMessage);
  }

  /** Up to {@code max} updates, counting one transmission for each. */
  List<NodeUpdate> take(int max) {
    if (queue.isEmpty() || max <= 0) {
      return List.of();
    }
    int limit = retransmitLimit(retransmitMult, members.getAsInt());
    List<NodeUpdate> out = new ArrayList<>(Math.min(max, queue.size()));
    List<Entry> keep = new ArrayList<>();
    while (out.size() < max && !queue.isEmpty()) {
      Entry e = queue.pollFirst();
      out.add(e.update);
      e.transmits++;
      if (e.transmits < limit + e.extra) {
        keep.add(e);
      } else {
        bySubject.remove(e.update.subject());
      }
    }
    queue.addAll(keep);
    return out;
  }

  /** The queued update about {@code subject}, or null. */
  NodeUpdate queued(UniqueAddress subject) {
    Entry e = bySubject.get(subject);
    return e == null ? null : e.update;
  }

  int size() {
    return queue.size();
  }

  boolean isEmpty() {
    return queue.isEmpty();
  }

  private static final class Entry {
    final NodeUpdate update;
    final long id;
    /** Transmissions beyond the limit this entry gets (a refutation's second round). */
    final int extra;
    int transmits;

    Entry(NodeUpdate update, long id, int extra) {
      this.update = update;
      this.id = id;
      this.extra = extra;
    }

    /** Transmissions counted against the shared limit: a refutation sorts first. */
    int sent() {
      return transmits - extra;
    }
  }
}
