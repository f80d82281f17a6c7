package io.skein.engine.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * One connection's WATCHed keys. Any write to one of them, from any client, marks it dirty, and
 * its next EXEC then fails (answers a null array), as Redis's optimistic locking does.
 */
public final class Watcher {

  final List<DbKey> keys = new ArrayList<>();
  private volatile boolean dirty;

  public boolean dirty() {
    return dirty;
  }

  void markDirty() {
    dirty = true;
  }

  void reset() {
    keys.clear();
    dirty = false;
  }

  /** Whether any key is watched. */
  public boolean watching() {
    return !keys.isEmpty();
  }
}
