package io.skein.engine.command;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One command of the command table: its name, arity and flags, where its keys are, and its
 * handler. Arity follows Redis: positive means exactly that many arguments (name included),
 * negative means at least that many. Key positions follow Redis's legacy (first, last, step)
 * triple, {@code last} negative counting from the end; a {@link KeyFinder} handles the rest.
 *
 * @param name lower-case command name
 * @param group Redis's command group (string, list, generic, server, ...), for COMMAND DOCS
 * @param summary one line, for COMMAND DOCS
 */
public record CommandSpec(
    String name,
    int arity,
    Set<CommandFlag> flags,
    int firstKey,
    int lastKey,
    int keyStep,
    KeyFinder keyFinder,
    String group,
    String summary,
    CommandHandler handler) {

  public CommandSpec {
    name = name.toLowerCase(Locale.ROOT);
    flags = flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags);
  }

  public boolean has(CommandFlag flag) {
    return flags.contains(flag);
  }

  /** Whether {@code argc} arguments (name included) satisfy the arity. */
  public boolean arityAccepts(int argc) {
    return arity >= 0 ? argc == arity : argc >= -arity;
  }

  /**
   * Argument indexes of the keys in {@code argv}. The array may be shared between calls: callers
   * read it and never change it.
   */
  public int[] keyIndexes(byte[][] argv) {
    if (keyFinder != null) {
      return keyFinder.keyIndexes(argv);
    }
    if (firstKey <= 0) {
      return NO_KEYS;
    }
    int last = lastKey < 0 ? argv.length + lastKey : lastKey;
    if (last < firstKey) {
      return NO_KEYS;
    }
    if (last == firstKey && firstKey < SINGLE_KEY.length) {
      return SINGLE_KEY[firstKey]; // most commands: no allocation on the request path
    }
    int[] keys = new int[(last - firstKey) / keyStep + 1];
    for (int i = 0, k = firstKey; k <= last; k += keyStep) {
      keys[i++] = k;
    }
    return keys;
  }

  private static final int[] NO_KEYS = new int[0];
  private static final int[][] SINGLE_KEY = {{0}, {1}, {2}, {3}};

  /** A builder, for readable command tables. */
  public static Builder command(String name, int arity) {
    return new Builder(name, arity);
  }

  /** Builds a {@link CommandSpec}. */
  public static final class Builder {
    private final String name;
    private final int arity;
    private final EnumSet<CommandFlag> flags = EnumSet.noneOf(CommandFlag.class);
    private int firstKey;
    private int lastKey;
    private int keyStep = 1;
    private KeyFinder keyFinder;
    private String group = "generic";
    private String summary = "";

    private Builder(String name, int arity) {
      this.name = name;
      this.arity = arity;
    }

    public Builder flags(CommandFlag... more) {
      flags.addAll(java.util.List.of(more));
      return this;
    }

    /** Keys at {@code first}, {@code first + step}, ... up to {@code last} (negative: from the end). */
    public Builder keys(int first, int last, int step) {
      this.firstKey = first;
      this.lastKey = last;
      this.keyStep = step;
      return this;
    }

    /**
     * Keys found by {@code finder} (a numkeys argument, say): Redis calls these movable keys and
     * COMMAND INFO shows the {@code movablekeys} flag.
     */
    public Builder keyFinder(KeyFinder finder) {
      this.keyFinder = finder;
      flags.add(CommandFlag.MOVABLE_KEYS);
      return this;
    }

    /**
     * Keys found by {@code finder} for a command that Redis models as a container of
     * subcommands (OBJECT ENCODING key, ...): the keys are locked like any others, but COMMAND
     * INFO of the container shows no keys and no {@code movablekeys}, as Redis's does.
     */
    public Builder subcommandKeys(KeyFinder finder) {
      this.keyFinder = finder;
      return this;
    }

    public Builder group(String group) {
      this.group = group;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public CommandSpec handler(CommandHandler handler) {
      return new CommandSpec(name, arity, flags, firstKey, lastKey, keyStep, keyFinder, group,
          summary, handler);
    }
  }
}
