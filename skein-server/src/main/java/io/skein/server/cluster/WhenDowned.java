package io.skein.server.cluster;

/**
 * What a node does once the split-brain resolver has downed it. Either way it stops
 * acknowledging writes at once ({@code -CLUSTERDOWN The cluster is down}).
 *
 * @param exit stop the process too ({@code sbr.exit_when_downed}, default false: the node stays
 *     up answering CLUSTERDOWN until restarted, so an operator can look at it)
 * @param allowStaleReads keep answering reads from this node's own, possibly stale, copy
 *     ({@code sbr.allow_stale_reads}, default false: a cache that prefers an old value to an
 *     error can turn it on)
 */
public record WhenDowned(boolean exit, boolean allowStaleReads) {

  /** Stay up, refuse everything. */
  public static final WhenDowned DEFAULT = new WhenDowned(false, false);
}
