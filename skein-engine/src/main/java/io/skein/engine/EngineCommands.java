package io.skein.engine;

import io.skein.engine.command.CommandTable;
import io.skein.engine.keys.KeyCommands;
import io.skein.engine.keyspace.ValueReaders;
import io.skein.engine.strings.StringCommands;

/** Registers every command family of the engine. */
final class EngineCommands {

  private EngineCommands() {}

  static void registerAll(CommandTable table) {
    StringCommands.register(table);
    KeyCommands.register(table);
  }

  /**
   * Registers how each collection type is read back by RESTORE: each collection family adds
   * {@code readers.register(ValueType.X, XValue::readFrom)} here.
   */
  static void registerReaders(ValueReaders readers) {
  }
}
