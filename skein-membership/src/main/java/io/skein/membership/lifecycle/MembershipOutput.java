package io.skein.membership.lifecycle;

import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import java.util.List;

/**
 * What one step of {@link ClusterMembership} produced: messages for the driver to send, and the
 * events it already published on the bus (returned too, for tests and logs).
 *
 * @param outbound messages to send, in order
 * @param events the events of this step, in the order they were published
 */
public record MembershipOutput(List<Outbound> outbound, List<ClusterEvent> events) {

  static final MembershipOutput NONE = new MembershipOutput(List.of(), List.of());

  public MembershipOutput {
    outbound = List.copyOf(outbound);
    events = List.copyOf(events);
  }

  /**
   * One message to send on the membership channel.
   *
   * @param to the peer address (a seed's address is all a joining node knows)
   * @param pdu the message; {@link LifecycleCodec#encode} gives its bytes
   */
  public record Outbound(HostAndPort to, GossipPdu pdu) {}
}
