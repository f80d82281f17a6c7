package io.skein.transport.membership;

import io.skein.core.HostAndPort;
import io.skein.membership.lifecycle.GossipPdu;
import io.skein.membership.lifecycle.LifecycleCodec;
import io.skein.membership.swim.GossipCodec;
import io.skein.membership.swim.GossipMessage;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.RateLimitedLog;

/**
 * The {@link PeerHandler} of the GOSSIP and MEMBERSHIP channels. It decodes on the transport's
 * thread, so a bad frame is dropped and counted where it arrives and never reaches a core or
 * throws back into the transport; what decodes is handed to the node's thread through the
 * {@link Sink}.
 *
 * <p>Both channels are one-way: a request on them is answered with an error, and one-way
 * messages on other channels are ignored; both are counted as refused. Thread-safe.
 */
final class MembershipInbound implements PeerHandler {

  /** Where decoded messages go (the node, which moves them to its own thread). */
  interface Sink {
    void gossip(HostAndPort from, GossipMessage message);

    void membership(HostAndPort from, GossipPdu pdu);
  }

  private final String node;
  private final Sink sink;
  private final MembershipStats stats;
  private final RateLimitedLog log;

  MembershipInbound(String node, Sink sink, MembershipStats stats, RateLimitedLog log) {
    this.node = node;
    this.sink = sink;
    this.stats = stats;
    this.log = log;
  }

  @Override
  public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {
    if (channel == MessageChannel.GOSSIP) {
      GossipMessage message;
      try {
        message = GossipCodec.decode(payload);
      } catch (RuntimeException e) {
        dropped(from, channel, e);
        return;
      }
      stats.countReceived(channel);
      sink.gossip(from, message);
    } else if (channel == MessageChannel.MEMBERSHIP) {
      GossipPdu pdu;
      try {
        pdu = LifecycleCodec.decode(payload);
      } catch (RuntimeException e) {
        dropped(from, channel, e);
        return;
      }
      stats.countReceived(channel);
      sink.membership(from, pdu);
    } else {
      stats.countRefused();
    }
  }

  @Override
  public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
      Responder reply) {
    stats.countRefused();
    reply.fail("channel: " + channel + " request (expected: one-way messages on GOSSIP and"
        + " MEMBERSHIP)");
  }

  /**
   * Codec exceptions are the expected failure; any other exception from a decoder is a bug
   * that hostile bytes found, and is dropped the same way rather than thrown at the transport.
   */
  private void dropped(HostAndPort from, MessageChannel channel, RuntimeException e) {
    stats.countBadFrame(channel);
    log.warn(String.valueOf(from), "[" + node + "][peer " + from + "] Dropped " + channel
        + " frame: " + e.getMessage());
  }
}
