package io.skein.routing.pool;

import io.skein.routing.coverage.CoverageError;
import io.skein.routing.coverage.CoverageException;
import io.skein.routing.coverage.CoverageValidator;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.SlotAssignments;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The immutable topology view a request is planned against: datacenters → racks → a continuum
 * or slot map, with each peer's state.
 *
 * <p>Contract: a pool exists only after {@link CoverageValidator#validate} has accepted it
 * ({@link #create} throws {@link CoverageException} otherwise), so every rack has exactly one
 * owner for every key under the configured distribution and its shadow. A pool never changes;
 * a change of topology, state or consistency level is a new pool, which callers publish through
 * {@link TopologyHolder} so that each request sees one consistent view. Derived pools
 * ({@link #withPeerState}, {@link #withConsistency}) share the validated layout and are cheap.
 */
public final class ServerPool {

  /** Peer indexes index arrays and slot maps; 65536 nodes is beyond any sane pool. */
  public static final int MAX_PEER_INDEX = 0xFFFF;

  private final PoolConfig config;
  private final Layout layout;
  private final PeerState[] states;

  private ServerPool(PoolConfig config, Layout layout, PeerState[] states) {
    this.config = config;
    this.layout = layout;
    this.states = states;
  }

  /** Validates and builds a pool whose distributions need no slot map. */
  public static ServerPool create(PoolConfig config, List<Peer> peers) {
    return create(config, peers, SlotAssignments.NONE);
  }

  /**
   * Validates and builds a pool; every peer starts {@link PeerState#NORMAL}.
   *
   * @throws CoverageException listing every coverage error
   * @throws IllegalArgumentException for a malformed peer list (duplicate indexes, more than
   *     one local peer, a local peer outside the configured dc/rack)
   */
  public static ServerPool create(PoolConfig config, List<Peer> peers, SlotAssignments slots) {
    Objects.requireNonNull(config, "config");
    checkPeers(config, peers);
    List<CoverageError> errors = CoverageValidator.validate(config, peers, slots);
    if (!errors.isEmpty()) {
      throw new CoverageException(errors);
    }
    Layout layout = Layout.build(config, peers, slots);
    PeerState[] states = new PeerState[layout.byIndex.length];
    Arrays.fill(states, PeerState.NORMAL);
    return new ServerPool(config, layout, states);
  }

  private static void checkPeers(PoolConfig config, List<Peer> peers) {
    boolean[] seen = new boolean[MAX_PEER_INDEX + 1];
    Peer local = null;
    for (Peer peer : peers) {
      if (peer.index() > MAX_PEER_INDEX) {
        throw new IllegalArgumentException(
            peer.label() + ": index " + peer.index() + " (expected: <= " + MAX_PEER_INDEX + ")");
      }
      if (seen[peer.index()]) {
        throw new IllegalArgumentException("peer index " + peer.index() + " is used twice");
      }
      seen[peer.index()] = true;
      if (peer.isLocal()) {
        if (local != null) {
          throw new IllegalArgumentException("two local peers: " + local.label() + " and "
              + peer.label() + " (expected: at most one)");
        }
        if (!peer.rackKey().equals(config.localRack())) {
          throw new IllegalArgumentException("local " + peer.label() + " is in "
              + peer.rackKey() + " (expected: the configured " + config.localRack() + ")");
        }
        local = peer;
      }
    }
  }

  /** This pool with one peer's state replaced; the topology is shared, not revalidated. */
  public ServerPool withPeerState(int peerIndex, PeerState state) {
    peer(peerIndex);
    Objects.requireNonNull(state, "state");
    if (states[peerIndex] == state) {
      return this;
    }
    PeerState[] next = states.clone();
    next[peerIndex] = state;
    return new ServerPool(config, layout, next);
  }

  /** This pool with other consistency levels (Dynomite's {@code /set_consistency}). */
  public ServerPool withConsistency(ConsistencyLevel read, ConsistencyLevel write) {
    return new ServerPool(config.withConsistency(read, write), layout, states);
  }

  public PoolConfig config() {
    return config;
  }

  /** All peers in index order. */
  public List<Peer> peers() {
    return layout.peers;
  }

  /**
   * The peer with {@code index}.
   *
   * @throws IllegalArgumentException when no peer has that index
   */
  public Peer peer(int index) {
    Peer peer = index >= 0 && index < layout.byIndex.length ? layout.byIndex[index] : null;
    if (peer == null) {
      throw new IllegalArgumentException("peer " + index + ": not in the pool");
    }
    return peer;
  }

  /** True when a peer has {@code index}; any int is accepted. */
  public boolean hasPeer(int index) {
    return index >= 0 && index < layout.byIndex.length && layout.byIndex[index] != null;
  }

  /** The state of the peer with {@code index}. */
  public PeerState state(int index) {
    peer(index);
    return states[index];
  }

  /** True when requests may be planned to the peer; the hot-path form of {@link #state}. */
  public boolean isRoutable(int index) {
    return states[index] != PeerState.DOWN;
  }

  /** The peer this process runs, or -1 when the pool has none (a pure proxy, a test). */
  public int localPeerIndex() {
    return layout.localPeer;
  }

  /** Datacenters nearest first; index 0 is the local DC. */
  public List<Datacenter> datacenters() {
    return layout.datacenters;
  }

  /** The local datacenter. */
  public Datacenter localDc() {
    return layout.datacenters.get(0);
  }

  /** The local rack. */
  public Rack localRack() {
    return localDc().preselected().get(0);
  }

  /** Every rack nearest first, in the snitch's order. */
  public List<Rack> snitchOrder() {
    return layout.snitchOrder;
  }

  /** For each remote DC, nearest first, the rack that receives this node's writes. */
  public List<Rack> preselectedRemoteRacks() {
    return layout.datacenters.stream().skip(1).map(dc -> dc.preselected().get(0)).toList();
  }

  /** The distribution keys are placed by. */
  public Distribution distribution() {
    return config.distribution();
  }

  /**
   * An identity for the validated layout, shared by pools derived from one another with
   * {@link #withPeerState} and {@link #withConsistency}; callers cache derived tables by it.
   */
  public Object layoutIdentity() {
    return layout;
  }

  @Override
  public String toString() {
    return "ServerPool[" + config.localRack() + ", " + layout.peers.size() + " peers, "
        + layout.datacenters.size() + " dcs, " + config.distribution().configName() + "]";
  }
}
