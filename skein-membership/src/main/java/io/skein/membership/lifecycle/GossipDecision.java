package io.skein.membership.lifecycle;

/**
 * What a node does with a peer's version compared with its own: the pure core of every gossip
 * exchange.
 */
public enum GossipDecision {
  /** Ours is newer: send the peer our envelope. */
  SEND_ENVELOPE,
  /** Theirs is newer: ask the peer for its envelope ({@link GossipPdu.GossipMerge}). */
  REQUEST_MERGE,
  /** The two forked: exchange envelopes and merge (whoever merges talks back). */
  MERGE,
  /** Same version: nothing to send, unless the seen sets differ. */
  SAME;

  /** The decision for a node holding {@code local} that hears of {@code remote}. */
  public static GossipDecision decide(VectorClock local, VectorClock remote) {
    return switch (local.compare(remote)) {
      case AFTER -> SEND_ENVELOPE;
      case BEFORE -> REQUEST_MERGE;
      case CONCURRENT -> MERGE;
      case SAME -> SAME;
    };
  }
}
