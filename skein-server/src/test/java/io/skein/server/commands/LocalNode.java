package io.skein.server.commands;

import io.skein.core.Clock;
import io.skein.engine.EngineConfig.EvictionPolicy;
import io.skein.server.ServerSettings;
import io.skein.server.SkeinServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * An in-process node on an ephemeral loopback port with one I/O thread, for fast command tests
 * through a real client; one per test class, closed by it.
 */
final class LocalNode implements AutoCloseable {

  final SkeinServer server;

  LocalNode() throws InterruptedException {
    server = new SkeinServer(new ServerSettings("127.0.0.1", 0, null, 0,
        EvictionPolicy.NOEVICTION, 16, 1, null), Clock.system());
    server.start();
  }

  Jedis jedis() {
    return new Jedis("127.0.0.1", server.port());
  }

  /** Sends a raw command; bulk and status replies come back as Strings, errors as "-...". */
  static Object raw(Jedis j, String command, String... args) {
    try {
      ProtocolCommand name = () -> command.getBytes(StandardCharsets.UTF_8);
      return plain(j.sendCommand(name, args));
    } catch (JedisDataException e) {
      return "-" + e.getMessage();
    }
  }

  private static Object plain(Object reply) {
    if (reply instanceof byte[] b) {
      return new String(b, StandardCharsets.UTF_8);
    }
    if (reply instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(e -> out.add(plain(e)));
      return out;
    }
    return reply;
  }

  @Override
  public void close() {
    server.close();
  }
}
