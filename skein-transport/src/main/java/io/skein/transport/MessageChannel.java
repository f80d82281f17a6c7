package io.skein.transport;

/**
 * What a frame carries, so one connection multiplexes the data plane and membership traffic and
 * the receiver routes each frame to its owner without parsing the payload.
 */
public enum MessageChannel {
  /** Replicated and forwarded client commands, repairs, hints. */
  DATA(1),
  /** Failure detection: probes, acks, heartbeats, piggybacked updates. */
  GOSSIP(2),
  /** Member lifecycle state exchange (vector-clock gossip). */
  MEMBERSHIP(3),
  /** Node-to-node administration (pub/sub fan-out, ring queries). */
  CONTROL(4);

  private final int code;

  MessageChannel(int code) {
    this.code = code;
  }

  /** The wire code of this channel. */
  public int code() {
    return code;
  }

  /** The channel for a wire code, or null when the code is unknown. */
  public static MessageChannel fromCode(int code) {
    for (MessageChannel c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    return null;
  }
}
