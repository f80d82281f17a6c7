package io.skein.server.commands;

import io.skein.engine.command.CommandTable;

/** Registers the commands the server implements on top of the engine's. */
public final class ServerCommands {

  private ServerCommands() {}

  public static void registerAll(CommandTable table) {
    ConnectionCommands.register(table);
    TransactionCommands.register(table);
    PubSubCommands.register(table);
    InfoCommand.register(table);
    ConfigCommand.register(table);
    ClientCommand.register(table);
    CommandCommand.register(table);
    AdminCommands.register(table);
    io.skein.server.cluster.SkeinCommands.register(table);
  }
}
