package io.skein.server.pubsub;

import io.netty.buffer.ByteBuf;
import io.skein.engine.util.ByteString;
import io.skein.engine.util.Glob;
import io.skein.resp.RespEncoder;
import io.skein.resp.RespVersion;
import io.skein.server.net.ClientConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Channels and patterns and who listens to them. PUBLISH writes each message straight to every
 * subscriber's channel (Netty hands writes from other threads to the subscriber's own loop), as
 * a push message in RESP3 and a three- or four-element array in RESP2.
 *
 * <p>Thread-safe.
 */
public final class PubSubHub {

  private final Map<ByteString, Set<ClientConnection>> channels = new ConcurrentHashMap<>();
  private final Map<ByteString, Set<ClientConnection>> patterns = new ConcurrentHashMap<>();

  public boolean subscribe(ClientConnection c, ByteString channel) {
    return channels.computeIfAbsent(channel, k -> ConcurrentHashMap.newKeySet()).add(c);
  }

  public boolean psubscribe(ClientConnection c, ByteString pattern) {
    return patterns.computeIfAbsent(pattern, k -> ConcurrentHashMap.newKeySet()).add(c);
  }

  public void unsubscribe(ClientConnection c, ByteString channel) {
    remove(channels, channel, c);
  }

  public void punsubscribe(ClientConnection c, ByteString pattern) {
    remove(patterns, pattern, c);
  }

  /** Drops every subscription of a closed connection. */
  public void unsubscribeAll(ClientConnection c) {
    for (ByteString ch : c.state().channels()) {
      remove(channels, ch, c);
    }
    for (ByteString p : c.state().patterns()) {
      remove(patterns, p, c);
    }
  }

  private static void remove(Map<ByteString, Set<ClientConnection>> map, ByteString name,
      ClientConnection c) {
    map.computeIfPresent(name, (k, set) -> {
      set.remove(c);
      return set.isEmpty() ? null : set;
    });
  }

  /** Sends {@code message} to every subscriber of {@code channel}; returns how many got it. */
  public long publish(byte[] channel, byte[] message) {
    long receivers = 0;
    Set<ClientConnection> direct = channels.get(ByteString.wrap(channel));
    if (direct != null) {
      for (ClientConnection c : direct) {
        send(c, null, channel, message);
        receivers++;
      }
    }
    for (Map.Entry<ByteString, Set<ClientConnection>> e : patterns.entrySet()) {
      if (Glob.matches(e.getKey().bytes(), channel)) {
        for (ClientConnection c : e.getValue()) {
          send(c, e.getKey().bytes(), channel, message);
          receivers++;
        }
      }
    }
    return receivers;
  }

  private static void send(ClientConnection c, byte[] pattern, byte[] channel, byte[] message) {
    RespVersion v = c.sink().version();
    ByteBuf buf = c.channel().alloc().ioBuffer(32 + channel.length + message.length);
    if (pattern == null) {
      RespEncoder.pushHeader(buf, 3, v);
      RespEncoder.bulk(buf, "message");
    } else {
      RespEncoder.pushHeader(buf, 4, v);
      RespEncoder.bulk(buf, "pmessage");
      RespEncoder.bulk(buf, pattern);
    }
    RespEncoder.bulk(buf, channel);
    RespEncoder.bulk(buf, message);
    c.channel().writeAndFlush(buf);
  }

  /** Active channels (with at least one subscriber) matching {@code pattern}, or all. */
  public List<ByteString> channels(byte[] pattern) {
    List<ByteString> result = new ArrayList<>();
    for (ByteString ch : channels.keySet()) {
      if (pattern == null || Glob.matches(pattern, ch.bytes())) {
        result.add(ch);
      }
    }
    return result;
  }

  public int subscribers(byte[] channel) {
    Set<ClientConnection> set = channels.get(ByteString.wrap(channel));
    return set == null ? 0 : set.size();
  }

  /** Number of distinct patterns subscribed to, as PUBSUB NUMPAT counts them. */
  public int patternCount() {
    return patterns.size();
  }

  public int channelCount() {
    return channels.size();
  }
}
