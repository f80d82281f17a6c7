package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import java.util.ArrayList;
import java.util.List;

/** Collects what one call into the engine sends and emits, in order. Not thread-safe. */
final class Outbox {

  private final List<Envelope> envelopes = new ArrayList<>();
  private final List<GossipEvent> events = new ArrayList<>();

  void send(HostAndPort to, GossipMessage message) {
    envelopes.add(new Envelope(to, message));
  }

  void emit(GossipEvent event) {
    events.add(event);
  }

  /** What was collected since the last drain; empties the outbox. */
  GossipOutput drain() {
    if (envelopes.isEmpty() && events.isEmpty()) {
      return GossipOutput.EMPTY;
    }
    GossipOutput out = new GossipOutput(envelopes, events);
    envelopes.clear();
    events.clear();
    return out;
  }
}
