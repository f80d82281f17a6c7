package io.skein.engine.keyspace;

import java.io.DataOutput;
import java.io.IOException;

/**
 * A collection value (hash, list, set, sorted set) held by a {@link CompositeEntry}. Strings are
 * not {@code StoredValue}s: they live inline in their record (see {@link Records}).
 *
 * <p>Implementations are not thread-safe; the engine's stripe lock for the key's slot guards them.
 */
public interface StoredValue {

  ValueType type();

  /** What {@code OBJECT ENCODING} answers, e.g. {@code listpack} or {@code hashtable}. */
  String encoding();

  /** Number of elements; a collection that reaches 0 is deleted by the command that emptied it. */
  int size();

  /**
   * Approximate bytes of heap the value occupies, maintained incrementally (O(1) to call);
   * {@code maxmemory} and {@code INFO memory} are computed from it.
   */
  long memoryEstimate();

  /** An independent deep copy, for {@code COPY}. */
  StoredValue copy();

  /** Writes the elements for {@code DUMP}; the type tag is written by the caller. */
  void writeTo(DataOutput out) throws IOException;
}
