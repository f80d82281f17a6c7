package io.skein.engine.command;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The subcommands of a container command (CONFIG, CLIENT, COMMAND, ...) with their arities, and
 * the checks Redis 7 makes before a subcommand runs, with its error texts: {@code unknown
 * subcommand 'x'. Try CONFIG HELP.} for a name it does not know, {@code wrong number of
 * arguments for 'config|get' command} for a known one with the wrong number of arguments.
 * Arity counts the container's name too, as in Redis's command table (CONFIG GET is -3).
 * Immutable.
 */
public final class Subcommands {

  /** Redis prints at most this many characters of an unknown subcommand's name. */
  private static final int NAME_SHOWN = 128;

  private final String container;
  private final Map<String, Integer> arities;

  private Subcommands(String container, Map<String, Integer> arities) {
    this.container = container;
    this.arities = arities;
  }

  /** {@code of("config", "get", -3, "set", -4, ...)}: names in lower case, then arities. */
  public static Subcommands of(String container, Object... namesAndArities) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndArities.length; i += 2) {
      m.put((String) namesAndArities[i], (Integer) namesAndArities[i + 1]);
    }
    return new Subcommands(container, Map.copyOf(m));
  }

  /** Checks {@code argv[1]} and the argument count; returns the subcommand in lower case. */
  public String check(byte[][] argv) {
    String sub = Args.text(argv[1]).toLowerCase(Locale.ROOT);
    Integer arity = arities.get(sub);
    if (arity == null) {
      String shown = Args.text(argv[1]);
      if (shown.length() > NAME_SHOWN) {
        shown = shown.substring(0, NAME_SHOWN);
      }
      throw RedisException.err("unknown subcommand '" + shown + "'. Try "
          + Args.text(argv[0]).toUpperCase(Locale.ROOT) + " HELP.");
    }
    boolean fits = arity >= 0 ? argv.length == arity : argv.length >= -arity;
    if (!fits) {
      throw RedisException.wrongArity(container + "|" + sub);
    }
    return sub;
  }
}
