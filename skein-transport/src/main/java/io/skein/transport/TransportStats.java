package io.skein.transport;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one transport, for metrics and tests. Thread-safe: transport threads increment,
 * any thread reads; values only grow.
 */
public final class TransportStats {

  private final LongAdder framesSent = new LongAdder();
  private final LongAdder framesReceived = new LongAdder();
  private final Map<FrameRejection, LongAdder> rejected = new EnumMap<>(FrameRejection.class);
  private final LongAdder connects = new LongAdder();
  private final LongAdder connectFailures = new LongAdder();
  private final LongAdder reconnects = new LongAdder();
  private final LongAdder requestsFailed = new LongAdder();
  private final LongAdder requestsTimedOut = new LongAdder();
  private final LongAdder messagesDropped = new LongAdder();

  public TransportStats() {
    for (FrameRejection reason : FrameRejection.values()) {
      rejected.put(reason, new LongAdder());
    }
  }

  public void frameSent() {
    framesSent.increment();
  }

  public void frameReceived() {
    framesReceived.increment();
  }

  public void frameRejected(FrameRejection reason) {
    rejected.get(reason).increment();
  }

  /** An outbound connection finished its handshake; {@code again}: not its first to that peer. */
  public void connected(boolean again) {
    connects.increment();
    if (again) {
      reconnects.increment();
    }
  }

  public void connectFailed() {
    connectFailures.increment();
  }

  public void requestFailed() {
    requestsFailed.increment();
  }

  public void requestTimedOut() {
    requestsTimedOut.increment();
  }

  /** A best-effort one-way message that could not be sent. */
  public void messageDropped() {
    messagesDropped.increment();
  }

  /** Authenticated frames written (HELLOs included). */
  public long framesSent() {
    return framesSent.sum();
  }

  /** Frames that passed authentication and were delivered. */
  public long framesReceived() {
    return framesReceived.sum();
  }

  /** Frames refused for {@code reason}. */
  public long rejected(FrameRejection reason) {
    return rejected.get(reason).sum();
  }

  /** Frames refused for any reason. */
  public long rejectedTotal() {
    return rejected.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Frames refused as replays (a repeated or lower sequence number). */
  public long replays() {
    return rejected(FrameRejection.REPLAY);
  }

  /** Outbound connections that completed their handshake. */
  public long connects() {
    return connects.sum();
  }

  /** Outbound connection attempts that failed (refused, timed out, handshake refused). */
  public long connectFailures() {
    return connectFailures.sum();
  }

  /** Connects to a peer this transport had been connected to, or had failed to reach, before. */
  public long reconnects() {
    return reconnects.sum();
  }

  /** Requests completed with a {@link PeerUnavailableException} or an error reply. */
  public long requestsFailed() {
    return requestsFailed.sum();
  }

  /** Requests completed with a {@link java.util.concurrent.TimeoutException}. */
  public long requestsTimedOut() {
    return requestsTimedOut.sum();
  }

  /** One-way messages dropped because the peer could not be reached. */
  public long messagesDropped() {
    return messagesDropped.sum();
  }

  @Override
  public String toString() {
    return "TransportStats[sent=" + framesSent() + ", received=" + framesReceived()
        + ", rejected=" + rejectedTotal() + ", connects=" + connects()
        + ", connectFailures=" + connectFailures() + ", reconnects=" + reconnects()
        + ", failed=" + requestsFailed() + ", timedOut=" + requestsTimedOut()
        + ", dropped=" + messagesDropped() + "]";
  }
}
