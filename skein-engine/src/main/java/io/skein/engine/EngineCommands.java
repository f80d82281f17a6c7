package io.skein.engine;

import io.skein.engine.command.CommandTable;
import io.skein.engine.hashes.HashCommands;
import io.skein.engine.hashes.RedisHash;
import io.skein.engine.keys.KeyCommands;
import io.skein.engine.keyspace.ValueReaders;
import io.skein.engine.keyspace.ValueType;
import io.skein.engine.lists.ListCommands;
import io.skein.engine.lists.RedisList;
import io.skein.engine.sets.RedisSet;
import io.skein.engine.sets.SetCommands;
import io.skein.engine.strings.StringCommands;
import io.skein.engine.zsets.RedisZSet;
import io.skein.engine.zsets.ZSetCommands;

/** Registers every command family of the engine. */
final class EngineCommands {

  private EngineCommands() {}

  static void registerAll(CommandTable table) {
    StringCommands.register(table);
    KeyCommands.register(table);
    HashCommands.register(table);
    ListCommands.register(table);
    SetCommands.register(table);
    ZSetCommands.register(table);
  }

  /** Registers how each collection type is read back by RESTORE. */
  static void registerReaders(ValueReaders readers) {
    readers.register(ValueType.HASH, RedisHash::readFrom);
    readers.register(ValueType.LIST, RedisList::readFrom);
    readers.register(ValueType.SET, RedisSet::readFrom);
    readers.register(ValueType.ZSET, RedisZSet::readFrom);
  }
}
