package io.skein.server.net;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The node's open client connections, by id, for CLIENT LIST / KILL and INFO. Thread-safe. */
public final class ClientRegistry {

  private final AtomicLong nextId = new AtomicLong();
  private final ConcurrentHashMap<Long, ClientConnection> byId = new ConcurrentHashMap<>();

  long nextId() {
    return nextId.incrementAndGet();
  }

  void add(ClientConnection c) {
    byId.put(c.id(), c);
  }

  void remove(ClientConnection c) {
    byId.remove(c.id());
  }

  public int size() {
    return byId.size();
  }

  public ClientConnection byId(long id) {
    return byId.get(id);
  }

  /** A snapshot, ordered by id. */
  public List<ClientConnection> all() {
    Collection<ClientConnection> values = byId.values();
    List<ClientConnection> list = new ArrayList<>(values);
    list.sort((a, b) -> Long.compare(a.id(), b.id()));
    return list;
  }
}
