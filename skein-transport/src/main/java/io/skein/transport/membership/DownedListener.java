package io.skein.transport.membership;

/**
 * Told once that this node has been downed: the split-brain resolver decided that its side of a
 * partition stops, or the cluster marked it Down or removed it (learned by gossip). The node is
 * out of the cluster for good; only a restart (a new incarnation) brings it back.
 *
 * <p>The server answers every client command with {@code -CLUSTERDOWN The cluster is down} from
 * then on, and may exit. Called on the membership node's thread, after the node has stopped its
 * timers: it must be quick and must not call back into the node and wait for it.
 */
@FunctionalInterface
public interface DownedListener {

  /** A listener that does nothing (tests, tools). */
  DownedListener IGNORE = reason -> { };

  /**
   * This node is down.
   *
   * @param reason the decision or the observation, for the log
   */
  void downed(String reason);
}
