package io.skein.transport.membership;

import io.skein.transport.MessageChannel;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one {@link MembershipNode}'s traffic, for metrics and tests. Thread-safe:
 * transport threads and the node's thread increment, any thread reads; values only grow.
 */
public final class MembershipStats {

  private final Map<MessageChannel, LongAdder> received = new EnumMap<>(MessageChannel.class);
  private final Map<MessageChannel, LongAdder> badFrames = new EnumMap<>(MessageChannel.class);
  private final LongAdder refused = new LongAdder();
  private final LongAdder ignoredWhileStopped = new LongAdder();
  private final LongAdder sendFailures = new LongAdder();

  public MembershipStats() {
    for (MessageChannel channel : MessageChannel.values()) {
      received.put(channel, new LongAdder());
      badFrames.put(channel, new LongAdder());
    }
  }

  void countReceived(MessageChannel channel) {
    received.get(channel).increment();
  }

  void countBadFrame(MessageChannel channel) {
    badFrames.get(channel).increment();
  }

  void countRefused() {
    refused.increment();
  }

  void countIgnored() {
    ignoredWhileStopped.increment();
  }

  void countSendFailure() {
    sendFailures.increment();
  }

  /** Messages on {@code channel} that decoded and were handed to the cores. */
  public long received(MessageChannel channel) {
    return received.get(channel).sum();
  }

  /** Frames on {@code channel} whose payload did not decode: dropped, never applied. */
  public long badFrames(MessageChannel channel) {
    return badFrames.get(channel).sum();
  }

  /** Bad frames on every channel. */
  public long badFrames() {
    return badFrames.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Requests, and messages on channels this node does not serve: refused. */
  public long refused() {
    return refused.sum();
  }

  /** Messages that arrived before {@code start()} or after the node stopped: ignored. */
  public long ignoredWhileStopped() {
    return ignoredWhileStopped.sum();
  }

  /** Sends the transport refused by throwing (a best-effort send is not retried). */
  public long sendFailures() {
    return sendFailures.sum();
  }

  @Override
  public String toString() {
    return "MembershipStats[gossip=" + received(MessageChannel.GOSSIP) + ", membership="
        + received(MessageChannel.MEMBERSHIP) + ", bad=" + badFrames() + ", refused="
        + refused() + ", ignored=" + ignoredWhileStopped() + ", sendFailures=" + sendFailures()
        + "]";
  }
}
