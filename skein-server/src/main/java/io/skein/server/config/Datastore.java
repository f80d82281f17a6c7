package io.skein.server.config;

import java.util.List;
import java.util.Optional;

/**
 * Where a node keeps its data: the embedded engine (the default, when the config has no
 * {@code servers:}), or an external Redis it proxies to, as Dynomite does.
 */
public sealed interface Datastore {

  /** Keys live in this process's engine. */
  record Embedded() implements Datastore {}

  /**
   * Keys live in an external Redis ({@code servers:}, {@code data_store: 0}).
   *
   * @param servers the datastore, one entry as Dynomite allows
   * @param password what the node sends in AUTH to it ({@code redis_requirepass}), if any
   */
  record External(List<DatastoreServer> servers, Optional<String> password) implements Datastore {
    public External {
      servers = List.copyOf(servers);
    }

    @Override
    public String toString() {
      return "External[servers=" + servers + ", password=" + (password.isPresent() ? "set" : "none")
          + "]";
    }
  }
}
