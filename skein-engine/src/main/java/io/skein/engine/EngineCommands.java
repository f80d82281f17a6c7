package io.skein.engine;

import io.skein.engine.command.CommandTable;
import io.skein.engine.hashes.HashCommands;
import io.skein.engine.keys.KeyCommands;
import io.skein.engine.sets.SetCommands;
import io.skein.engine.strings.StringCommands;

/** Registers every command family of the engine. */
final class EngineCommands {

  private EngineCommands() {}

  static void registerAll(CommandTable table) {
    StringCommands.register(table);
    KeyCommands.register(table);
    HashCommands.register(table);
    SetCommands.register(table);
  }
}
