package io.skein.membership.lifecycle;

/** What one observer says about one subject. */
public enum ReachabilityStatus {
  /** The observer's failure detector hears the subject again. */
  REACHABLE,
  /** The observer's failure detector gave up on the subject; may become reachable again. */
  UNREACHABLE,
  /** The observer knows the subject is gone for good (e.g. its incarnation was replaced). */
  TERMINATED
}
