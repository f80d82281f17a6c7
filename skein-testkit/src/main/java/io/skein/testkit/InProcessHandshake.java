package io.skein.testkit;

import io.skein.core.HostAndPort;
import io.skein.transport.FrameRejection;
import io.skein.transport.PeerUnavailableException;
import io.skein.transport.frame.FrameSession;
import io.skein.transport.frame.Hello;
import io.skein.transport.frame.Opened;

/**
 * Opens a {@link VirtualConnection}: the same HELLO exchange as on TCP, run at once (the
 * handshake is never lost: on TCP it either completes or the connect fails). Refused, with a
 * {@link PeerUnavailableException}, when nothing listens at the address, a partition or block
 * separates the two, or either side's HELLO does not verify, which the refusing side counts.
 */
final class InProcessHandshake {

  private InProcessHandshake() {}

  static VirtualConnection open(InProcessClusterTransport local, HostAndPort peer,
      InProcessRegistry registry) {
    HostAndPort self = local.localAddress();
    InProcessClusterTransport remote = registry.listener(peer);
    if (remote == null) {
      local.stats().connectFailed();
      throw new PeerUnavailableException(peer, "cannot connect (nothing listens there)");
    }
    if (!registry.reachable(self, peer) || !registry.reachable(peer, self)) {
      local.stats().connectFailed();
      throw new PeerUnavailableException(peer, "cannot connect (unreachable: partitioned)");
    }
    FrameSession mine = FrameSession.initiator(local.secret(), registry.nonce(Hello.NONCE), self);
    FrameSession theirs = FrameSession.responder(remote.secret(), registry.nonce(Hello.NONCE), peer);
    local.stats().frameSent();
    Opened atRemote = theirs.open(mine.hello());
    if (!(atRemote instanceof Opened.Handshake)) {
      refused(remote, self, atRemote);
      local.stats().connectFailed();
      throw new PeerUnavailableException(peer,
          "closed during the handshake (a different cluster secret?)");
    }
    remote.stats().frameReceived();
    remote.stats().frameSent();
    Opened atLocal = mine.open(theirs.hello());
    if (!(atLocal instanceof Opened.Handshake)) {
      refused(local, peer, atLocal);
      local.stats().connectFailed();
      throw new PeerUnavailableException(peer, "handshake refused: " + atLocal);
    }
    local.stats().frameReceived();
    return new VirtualConnection(local, remote, mine, theirs);
  }

  private static void refused(InProcessClusterTransport at, HostAndPort from, Opened opened) {
    Opened.Rejected rejected = opened instanceof Opened.Rejected r ? r
        : new Opened.Rejected(FrameRejection.HANDSHAKE_FAILED, String.valueOf(opened), true);
    InProcessDispatch.rejected(at, from, rejected);
  }
}
