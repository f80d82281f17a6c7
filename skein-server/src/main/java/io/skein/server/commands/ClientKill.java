package io.skein.server.commands;

import io.skein.engine.command.Args;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.server.net.ClientConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * CLIENT KILL in both forms: the old {@code CLIENT KILL addr} (OK or an error) and the filter
 * form {@code CLIENT KILL [ID id] [ADDR a] [LADDR a] [USER u] [SKIPME yes|no]} (a count).
 */
final class ClientKill {

  private ClientKill() {}

  static void kill(ClientConnection self, byte[][] argv, ReplySink out) {
    if (argv.length == 3) {
      String addr = Args.text(argv[2]);
      for (ClientConnection c : self.server().clients().all()) {
        if (c.remoteAddress().equals(addr)) {
          c.closeAfterFlush();
          out.ok();
          return;
        }
      }
      throw RedisException.err("No such client");
    }
    Long id = null;
    String addr = null;
    String laddr = null;
    boolean skipMe = true;
    for (int i = 2; i < argv.length; i += 2) {
      if (i + 1 >= argv.length) {
        throw RedisException.SYNTAX;
      }
      byte[] opt = argv[i];
      String value = Args.text(argv[i + 1]);
      if (Args.is(opt, "ID")) {
        id = Args.parseLong(argv[i + 1]);
      } else if (Args.is(opt, "ADDR")) {
        addr = value;
      } else if (Args.is(opt, "LADDR")) {
        laddr = value;
      } else if (Args.is(opt, "USER")) {
        if (!value.equals("default")) {
          throw RedisException.err("No such user '" + value + "'");
        }
      } else if (Args.is(opt, "SKIPME")) {
        skipMe = ClientCommand.onOff(Args.is(argv[i + 1], "YES") ? Args.bytes("ON")
            : Args.is(argv[i + 1], "NO") ? Args.bytes("OFF") : argv[i + 1]);
      } else {
        throw RedisException.SYNTAX;
      }
    }
    List<ClientConnection> victims = new ArrayList<>();
    for (ClientConnection c : self.server().clients().all()) {
      boolean match = (id == null || c.id() == id)
          && (addr == null || c.remoteAddress().equals(addr))
          && (laddr == null || c.localAddress().equals(laddr))
          && !(skipMe && c == self);
      if (match) {
        victims.add(c);
      }
    }
    victims.forEach(ClientConnection::closeAfterFlush);
    out.integer(victims.size());
  }
}
