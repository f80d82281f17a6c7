package io.skein.routing.pool;

import io.skein.routing.topology.ConsistencyLevel;
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

  /** Changes the consistency levels for reads and writes. */
  public ServerPool updateConsistency(ConsistencyLevel read, ConsistencyLevel write) {
    return current.updateAndGet(pool -> pool.withConsistency(read, write));
  }
}
