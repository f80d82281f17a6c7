package io.skein.routing.dispatch;

/** Where a replica target sits relative to this node, nearest first. */
public enum TargetRole {
  /** The owner in this node's own rack. */
  LOCAL_RACK,
  /** The owner in another rack of this node's datacenter. */
  LOCAL_DC,
  /** An owner in another datacenter. */
  REMOTE_DC
}
