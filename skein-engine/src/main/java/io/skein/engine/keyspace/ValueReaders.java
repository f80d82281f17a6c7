package io.skein.engine.keyspace;

import java.io.DataInput;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each collection type is read back from the form {@link StoredValue#writeTo} wrote, for
 * RESTORE. The collection families register their readers when the engine is built; strings
 * need none (their DUMP form is their bytes).
 *
 * <p>Filled once while the engine is assembled, then only read; the map is not changed after
 * the engine is published to other threads.
 */
public final class ValueReaders {

  /** Reads one value of a known type; throws {@link IOException} on malformed input. */
  @FunctionalInterface
  public interface Reader {
    StoredValue read(DataInput in) throws IOException;
  }

  private final Map<ValueType, Reader> readers = new EnumMap<>(ValueType.class);

  /** Registers the reader of {@code type}, replacing any earlier one. */
  public void register(ValueType type, Reader reader) {
    readers.put(type, reader);
  }

  /** The reader of {@code type}, or {@code null} when none is registered. */
  public Reader of(ValueType type) {
    return readers.get(type);
  }
}
