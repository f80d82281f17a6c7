package io.skein.server.net;

import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;

/**
 * The replies one client is owed, in the order of its requests, while some of them are being
 * answered elsewhere (a routed command waiting for replicas or for an external Redis).
 *
 * <p>Design note. Redis answers a pipeline in order. Holding every later command until a
 * routed one is answered keeps that order but costs a round trip per routed command, which
 * turns a pipeline of thousands into thousands of round trips. Instead, later commands run at
 * once and their replies wait here, each in its slot, behind the slots still open; when the
 * head of the queue completes, every completed reply at the head is written out. Commands that
 * change what the connection is (blocking pops, MULTI/EXEC, SUBSCRIBE, HELLO, ...) are not run
 * while replies are owed: the connection waits for them first.
 *
 * <p>Not thread-safe: the connection's event loop owns it.
 */
public final class ReplyOrder {

  /** Replies owed before the connection stops reading (backpressure on one client). */
  static final int MAX_OUTSTANDING = 1024;

  /** One reply owed: open until {@link ReplyOrder#complete}; a skipped one is never written. */
  public static final class Slot {
    private byte[] bytes;
    private boolean done;
    private final boolean skip;

    private Slot(boolean skip) {
      this.skip = skip;
    }
  }

  private final ArrayDeque<Slot> slots = new ArrayDeque<>();

  boolean isEmpty() {
    return slots.isEmpty();
  }

  boolean full() {
    return slots.size() >= MAX_OUTSTANDING;
  }

  /** A slot for a reply that comes later; {@code skip} when CLIENT REPLY silences it. */
  Slot open(boolean skip) {
    Slot slot = new Slot(skip);
    slots.add(slot);
    return slot;
  }

  /** A reply made now that must wait behind the open ones. */
  void addDone(ByteBuf reply) {
    Slot slot = new Slot(false);
    slot.bytes = new byte[reply.readableBytes()];
    reply.readBytes(slot.bytes);
    slot.done = true;
    slots.add(slot);
  }

  /** Completes {@code slot} and writes every completed reply at the head into {@code out}. */
  void complete(Slot slot, byte[] reply, ByteBuf out) {
    slot.bytes = reply;
    slot.done = true;
    while (!slots.isEmpty() && slots.peek().done) {
      Slot head = slots.poll();
      if (!head.skip) {
        out.writeBytes(head.bytes);
      }
    }
  }

  void clear() {
    slots.clear();
  }
}
