package io.skein.testkit;

import io.skein.core.HostAndPort;
import io.skein.transport.FrameRejection;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.frame.Frame;
import io.skein.transport.frame.FrameType;
import io.skein.transport.frame.Opened;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/** Hands opened frames to a node's {@link PeerHandler}, as the TCP frame dispatcher does. */
final class InProcessDispatch {

  /** Sends an answer frame back on the connection the request came on. */
  @FunctionalInterface
  interface Replier {
    void send(FrameType type, int channelCode, long correlationId, byte[] payload);
  }

  private InProcessDispatch() {}

  /**
   * Opens a frame that reached {@code at} as the responder of {@code connection} and hands it to
   * the handler; answers go back sealed by the same session, under {@code at}'s lock.
   */
  static void atResponder(InProcessClusterTransport at, PeerHandler handler,
      InProcessRegistry registry, VirtualConnection connection, byte[] frame) {
    Opened opened;
    synchronized (at) {
      if (at.isClosed()) {
        return;
      }
      opened = connection.responderSession().open(frame);
    }
    toHandler(at, handler, connection.responderSession().peer(), opened,
        (type, code, corr, payload) -> {
          synchronized (at) {
            if (at.isClosed()) {
              return;
            }
            byte[] answer = connection.responderSession().seal(type, code, corr, payload);
            at.stats().frameSent();
            InProcessClusterTransport to = connection.initiator();
            registry.transmit(at.localAddress(), to,
                () -> to.receiveAsInitiator(connection, answer));
          }
        });
  }

  static void toHandler(InProcessClusterTransport at, PeerHandler handler, HostAndPort from,
      Opened opened, Replier replier) {
    if (opened instanceof Opened.Rejected rejected) {
      rejected(at, from, rejected);
      return;
    }
    if (!(opened instanceof Opened.Accepted accepted)) {
      return;
    }
    at.stats().frameReceived();
    Frame frame = accepted.frame();
    MessageChannel channel = MessageChannel.fromCode(frame.channelCode());
    PeerHandler.Responder responder = responder(replier, frame);
    if (channel == null) {
      rejected(at, from, new Opened.Rejected(FrameRejection.UNKNOWN_CHANNEL,
          "channel " + frame.channelCode(), false));
      if (frame.type() == FrameType.REQUEST) {
        responder.fail("unknown channel: " + frame.channelCode());
      }
      return;
    }
    try {
      if (frame.type() == FrameType.REQUEST) {
        handler.onRequest(from, channel, frame.payload(), responder);
      } else if (frame.type() == FrameType.ONEWAY) {
        handler.onMessage(from, channel, frame.payload());
      }
    } catch (RuntimeException e) {
      at.log().warn(String.valueOf(from), "[" + at.localAddress() + "][peer " + from
          + "] Handler failed a " + channel + " " + frame.type() + ": " + e);
      if (frame.type() == FrameType.REQUEST) {
        try {
          responder.fail("handler failed: " + e);
        } catch (IllegalStateException alreadyAnswered) {
          // The handler answered before it threw.
        }
      }
    }
  }

  static void rejected(InProcessClusterTransport at, HostAndPort from, Opened.Rejected r) {
    at.stats().frameRejected(r.reason());
    at.log().warn(String.valueOf(from), "[" + at.localAddress() + "][peer " + from
        + "] Dropped frame: " + r.reason() + " (" + r.detail() + ")");
  }

  private static PeerHandler.Responder responder(Replier replier, Frame request) {
    AtomicBoolean answered = new AtomicBoolean();
    return new PeerHandler.Responder() {
      @Override
      public void reply(byte[] payload) {
        answer(FrameType.REPLY, payload);
      }

      @Override
      public void fail(String message) {
        answer(FrameType.ERROR_REPLY, String.valueOf(message).getBytes(StandardCharsets.UTF_8));
      }

      private void answer(FrameType type, byte[] payload) {
        if (!answered.compareAndSet(false, true)) {
          throw new IllegalStateException("request " + request.correlationId()
              + ": already answered (expected: one reply or fail per request)");
        }
        replier.send(type, request.channelCode(), request.correlationId(), payload);
      }
    };
  }
}
