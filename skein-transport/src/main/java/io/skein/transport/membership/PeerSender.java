package io.skein.transport.membership;

import io.skein.core.HostAndPort;
import io.skein.membership.lifecycle.LifecycleCodec;
import io.skein.membership.lifecycle.MembershipOutput.Outbound;
import io.skein.membership.swim.Envelope;
import io.skein.membership.swim.GossipCodec;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerTransport;
import io.skein.transport.RateLimitedLog;

/**
 * What the cores want sent, as one-way frames: SWIM messages on {@link MessageChannel#GOSSIP},
 * lifecycle PDUs on {@link MessageChannel#MEMBERSHIP}. Best effort, as both protocols expect:
 * nothing is retried here (the protocols repeat what matters), and a transport that throws
 * (closed, say) costs a count and a rate-limited log line, never an exception into a core.
 */
final class PeerSender {

  private final String node;
  private final PeerTransport transport;
  private final MembershipStats stats;
  private final RateLimitedLog log;

  PeerSender(String node, PeerTransport transport, MembershipStats stats, RateLimitedLog log) {
    this.node = node;
    this.transport = transport;
    this.stats = stats;
    this.log = log;
  }

  /** Sends a SWIM message. */
  void gossip(Envelope envelope) {
    send(envelope.to(), MessageChannel.GOSSIP, GossipCodec.encode(envelope.message()));
  }

  /** Sends a lifecycle PDU. */
  void membership(Outbound outbound) {
    send(outbound.to(), MessageChannel.MEMBERSHIP, LifecycleCodec.encode(outbound.pdu()));
  }

  /** Sends {@code payload}; the caller does not touch it afterwards (it may be shared). */
  void send(HostAndPort to, MessageChannel channel, byte[] payload) {
    try {
      transport.send(to, channel, payload);
    } catch (RuntimeException e) {
      stats.countSendFailure();
      log.warn(to.toString(), "[" + node + "][peer " + to + "] " + channel
          + " message not sent: " + e.getMessage());
    }
  }
}
