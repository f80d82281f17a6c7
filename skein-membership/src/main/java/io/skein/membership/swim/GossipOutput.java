package io.skein.membership.swim;

import java.util.List;

/**
 * What one call into the {@link GossipEngine} produced: messages to send and events to publish,
 * each in the order they arose.
 *
 * @param envelopes messages to send, best effort
 * @param events what happened
 */
public record GossipOutput(List<Envelope> envelopes, List<GossipEvent> events) {

  /** Nothing to send, nothing happened. */
  public static final GossipOutput EMPTY = new GossipOutput(List.of(), List.of());

  public GossipOutput {
    envelopes = List.copyOf(envelopes);
    events = List.copyOf(events);
  }

  public boolean isEmpty() {
    return envelopes.isEmpty() && events.isEmpty();
  }
}
