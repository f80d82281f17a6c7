package io.skein.routing.pool;

import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one mutable cell of routing: the current {@link ServerPool}, replaced atomically.
 *
 * <p>Contract: readers ({@link #current}) get a complete, validated pool and keep it for the
 * whole request, so a topology change never shows a request half of each. Writers are the
 * config loader and control plane ({@link #replace}, with a pool from
 * {@link ServerPool#create}), the failure detector ({@link #updatePeerState}) and the admin
 * endpoint ({@link #updateConsistency}); concurrent updates are applied with compare-and-set,
 * none is lost. Thread-safe; lock-free.
 */
public final class TopologyHolder {

  private final AtomicReference<ServerPool> current;

  public TopologyHolder(ServerPool initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** The pool to plan this request against. */
  public ServerPool current() {
    return current.get();
  }

  /** Publishes a new topology, returning the one it replaced. */
  public ServerPool replace(ServerPool next) {
    return current.getAndSet(Objects.requireNonNull(next, "next"));
  }

  /** Records a peer's new state (from the failure detector or the lifecycle). */
  public ServerPool updatePeerState(int peerIndex, PeerState state) {
    return current.updateAndGet(pool -> pool.withPeerState(peerIndex, state));
  }

  /**
   * Records a peer's new state only while the current pool still holds that peer (same index,
   * same endpoint) in state {@code expected}; true when the state was changed. A failure
   * detector reaches its verdict on the pool it read: this keeps a verdict from overwriting a
   * state or a topology published since, where {@link #updatePeerState} would apply it blindly
   * (or throw when the index has left the pool).
   */
  public boolean compareAndSetPeerState(Peer peer, PeerState expected, PeerState next) {
    Objects.requireNonNull(next, "next");
    while (true) {
      ServerPool pool = current.get();
      int index = peer.index();
      boolean samePeer = pool.hasPeer(index)
          && pool.peer(index).endpoint().equals(peer.endpoint());
      if (!samePeer || pool.state(index) != expected) {
        return false;
      }
      if (expected == next || current.compareAndSet(pool, pool.withPeerState(index, next))) {
        return true;
      }
    }
  }

  /** Changes the consistency levels for reads and writes. */
  public ServerPool updateConsistency(ConsistencyLevel read, ConsistencyLevel write) {
    return current.updateAndGet(pool -> pool.withConsistency(read, write));
  }
}
