package io.skein.engine.keys;

import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.ReplySink;

/** The generic key commands: DEL, EXISTS, ... */
public final class KeyCommands {

  private KeyCommands() {}

  public static void register(CommandTable table) {
    table.add(command("del", -2).flags(WRITE).keys(1, -1, 1).group("generic")
        .summary("Deletes one or more keys.").handler(KeyCommands::del));
    table.add(command("exists", -2).flags(READONLY, FAST).keys(1, -1, 1).group("generic")
        .summary("Determines whether one or more keys exist.").handler(KeyCommands::exists));
  }

  static void del(CommandContext ctx, byte[][] argv, ReplySink out) {
    long deleted = 0;
    for (int i = 1; i < argv.length; i++) {
      if (ctx.db().delete(argv[i])) {
        deleted++;
      }
    }
    out.integer(deleted);
  }

  static void exists(CommandContext ctx, byte[][] argv, ReplySink out) {
    long found = 0;
    for (int i = 1; i < argv.length; i++) {
      if (ctx.db().lookup(argv[i]) != null) {
        found++;
      }
    }
    out.integer(found);
  }
}
