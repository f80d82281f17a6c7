package io.skein.server.commands;

import io.skein.server.net.ClientConnection;

/** One line of CLIENT LIST / CLIENT INFO, with Redis 7's fields in Redis's order. */
final class ClientDescription {

  private ClientDescription() {}

  static String describe(ClientConnection c) {
    long now = c.server().engine().keyspace().clock().millis();
    var s = c.state();
    String flags = (s.inMulti() ? "x" : "") + (c.blocked() ? "b" : "")
        + (s.subscriptionCount() > 0 ? "P" : "") + (s.noEvict() ? "e" : "");
    String cmd = s.lastCommand() == null ? "NULL" : s.lastCommand().name();
    return "id=" + c.id()
        + " addr=" + c.remoteAddress()
        + " laddr=" + c.localAddress()
        + " fd=-1"
        + " name=" + s.name()
        + " age=" + (now - c.createdMillis()) / 1000
        + " idle=" + Math.max(0, now - s.lastInteractionMillis()) / 1000
        + " flags=" + (flags.isEmpty() ? "N" : flags)
        + " db=" + c.context().db().index()
        + " sub=" + s.channels().size()
        + " psub=" + s.patterns().size()
        + " ssub=0"
        + " multi=" + s.multiCount()
        + " qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=0 rbp=0 obl=0 oll=0 omem=0 tot-mem=0"
        + " events=r"
        + " cmd=" + cmd
        + " user=default redir=-1"
        + " resp=" + (c.sink().resp3() ? 3 : 2)
        + " lib-name=" + s.libName()
        + " lib-ver=" + s.libVersion();
  }
}
