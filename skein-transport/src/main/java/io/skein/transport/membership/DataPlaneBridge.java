package io.skein.transport.membership;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.GossipCodec;
import io.skein.membership.swim.GossipMessage;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import io.skein.transport.MessageChannel;
import java.util.List;

/**
 * The node's side of the {@link GossipHandler}, the data plane's phi detectors: heartbeats in,
 * heartbeats out, the evaluation tick, and Down at once for a peer that leaves or is downed.
 *
 * <p>Heartbeats out: every {@link GossipHandler#interval()} this node sends each other peer of
 * the topology an empty SWIM gossip message (a valid message that changes nothing). SWIM alone
 * would not do: it probes one member per probe interval, so with five nodes a given peer hears
 * from this one every few seconds, irregularly, while the detector is tuned for a steady 1 s
 * cadence (Akka's cluster heartbeat does the same). Peers in other datacenters get one every
 * cross-DC interval instead (3 s by default), and their detectors expect that cadence and a
 * longer pause (see {@code MembershipSettings#gossipHandler}). Peers are named by their endpoint's
 * {@code host:port}, which must be the address the transport reports as a message's source.
 *
 * <p>Time is monotonic milliseconds, as the handler expects. The handler is thread-safe; the
 * node still calls it from its one thread. Not thread-safe itself.
 */
final class DataPlaneBridge {

  private final GossipHandler handler;
  private final PeerSender sender;
  private final Clock clock;
  private final byte[] heartbeat;
  private final long otherDcIntervalMillis;
  private long otherDcBeatAt = Long.MIN_VALUE / 4; // the first call sends to everyone

  /**
   * @param otherDcIntervalMillis how often peers in other datacenters get a heartbeat
   *     ({@code CrossDcSettings}); peers in this node's datacenter get one every call
   */
  DataPlaneBridge(GossipHandler handler, UniqueAddress self, PeerSender sender, Clock clock,
      long otherDcIntervalMillis) {
    this.handler = handler;
    this.sender = sender;
    this.clock = clock;
    this.otherDcIntervalMillis = otherDcIntervalMillis;
    this.heartbeat = GossipCodec.encode(new GossipMessage.Gossip(self, List.of()));
  }

  /** A message arrived from {@code peer}; {@code counts} as {@link HeartbeatRule} decided. */
  void heard(HostAndPort peer, boolean counts) {
    if (counts) {
      handler.recordHeartbeat(peer.toString(), now());
    }
  }

  /** The peer at {@code address} announced it is going, or was downed: Down at once. */
  void markDown(HostAndPort address) {
    handler.markDown(address.toString());
  }

  /**
   * Sends one heartbeat to every other peer of the current topology in this node's datacenter,
   * and to those in other datacenters when their slower interval has passed.
   */
  void sendHeartbeats() {
    ServerPool pool = handler.pool();
    long now = now();
    boolean otherDcDue = now - otherDcBeatAt >= otherDcIntervalMillis;
    if (otherDcDue) {
      otherDcBeatAt = now;
    }
    String localDc = pool.localDc().name();
    for (Peer peer : pool.peers()) {
      boolean sameDc = localDc.equals(peer.dc());
      if (!peer.isLocal() && (sameDc || otherDcDue)) {
        sender.send(peer.endpoint().address(), MessageChannel.GOSSIP, heartbeat);
      }
    }
  }

  /**
   * Whether this node's detector holds the peer at {@code member}'s address silent: heard from
   * once, and phi above the threshold now. False for an address that is not a data-plane peer,
   * and for a peer never heard from or marked Down on purpose (its detector was reset).
   */
  boolean silent(UniqueAddress member) {
    HostAndPort address = member.address();
    for (Peer peer : handler.pool().peers()) {
      if (!peer.isLocal() && peer.endpoint().address().equals(address)) {
        return handler.phi(peer.index(), now()).orElse(0.0) > handler.threshold();
      }
    }
    return false;
  }

  /** The detectors' tick: phi against the threshold for every peer. */
  void evaluate() {
    handler.evaluate(now());
  }

  long now() {
    return clock.nanos() / 1_000_000;
  }
}
