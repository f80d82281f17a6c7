package io.skein.engine.keys;

import static io.skein.engine.command.CommandFlag.FAST;
import static io.skein.engine.command.CommandFlag.READONLY;
import static io.skein.engine.command.CommandFlag.WRITE;
import static io.skein.engine.command.CommandSpec.command;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandTable;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.CompositeEntry;
import io.skein.engine.keyspace.ValueType;

/**
 * The generic key commands on named keys: DEL, UNLINK, EXISTS, TYPE, TOUCH. Registers the whole
 * generic family.
 */
public final class KeyCommands {

  private KeyCommands() {}

  public static void register(CommandTable table) {
    table.add(command("del", -2).flags(WRITE).keys(1, -1, 1).group("generic")
        .summary("Deletes one or more keys.").handler(KeyCommands::del));
    // Values are freed by the garbage collector, so UNLINK is DEL without Redis's lazy free.
    table.add(command("unlink", -2).flags(WRITE, FAST).keys(1, -1, 1).group("generic")
        .summary("Asynchronously deletes one or more keys.").handler(KeyCommands::del));
    table.add(command("exists", -2).flags(READONLY, FAST).keys(1, -1, 1).group("generic")
        .summary("Determines whether one or more keys exist.").handler(KeyCommands::exists));
    table.add(command("touch", -2).flags(READONLY, FAST).keys(1, -1, 1).group("generic")
        .summary("Returns the number of existing keys out of those specified after updating the"
            + " time they were last accessed.").handler(KeyCommands::touch));
    table.add(command("type", 2).flags(READONLY, FAST).keys(1, 1, 1).group("generic")
        .summary("Determines the type of value stored at a key.").handler(KeyCommands::type));
    ExpireCommands.register(table);
    RenameCommands.register(table);
    KeyspaceCommands.register(table);
    ScanCommand.register(table);
    ObjectCommand.register(table);
    DumpCommands.register(table);
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

  /** EXISTS: a repeated key counts each time; like Redis, it leaves the LRU clock alone. */
  static void exists(CommandContext ctx, byte[][] argv, ReplySink out) {
    count(ctx, argv, out, false);
  }

  /** TOUCH: EXISTS that refreshes the LRU clock of the keys it finds. */
  static void touch(CommandContext ctx, byte[][] argv, ReplySink out) {
    count(ctx, argv, out, true);
  }

  private static void count(CommandContext ctx, byte[][] argv, ReplySink out, boolean touch) {
    long found = 0;
    for (int i = 1; i < argv.length; i++) {
      boolean hit = (touch ? ctx.db().lookup(argv[i]) : ctx.db().peek(argv[i])) != null;
      ctx.keyspace().stats().lookup(hit);
      if (hit) {
        found++;
      }
    }
    out.integer(found);
  }

  static void type(CommandContext ctx, byte[][] argv, ReplySink out) {
    Object e = ctx.db().peek(argv[1]);
    ValueType type = e == null ? null
        : e instanceof CompositeEntry c ? c.value().type() : ValueType.STRING;
    ctx.keyspace().stats().lookup(type != null);
    out.simple(type == null ? "none" : type.redisName());
  }
}
