package io.skein.routing.collect;

import io.skein.routing.dispatch.ReplicaTarget;

/**
 * A replica that answered a read with less than the newest version; the data plane writes
 * {@code newest} back to it (read repair).
 *
 * @param target the replica
 * @param reason why it needs repair
 * @param newest the newest reply seen, to write back
 */
public record Repair(ReplicaTarget target, Reason reason, Reply.Value newest) {

  /** Why a replica needs repair. */
  public enum Reason {
    /** It holds an older version. */
    STALE,
    /** It holds no version of the key. */
    MISSING
  }
}
