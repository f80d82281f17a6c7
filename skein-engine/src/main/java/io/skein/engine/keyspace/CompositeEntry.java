package io.skein.engine.keyspace;

/**
 * A key holding a collection: the key's header record (see {@link Records}, with no value bytes)
 * and the collection itself.
 */
public final class CompositeEntry {

  final byte[] header;
  StoredValue value;
  /** The size last added to the engine's memory counter for this entry. */
  long accountedBytes;

  CompositeEntry(byte[] header, StoredValue value) {
    this.header = header;
    this.value = value;
  }

  public byte[] header() {
    return header;
  }

  public StoredValue value() {
    return value;
  }
}
