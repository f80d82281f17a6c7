package io.skein.engine.command;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every command a node knows, looked up by name in any case without allocating.
 *
 * <p>Built once at start-up, then read-only and safe to share between threads.
 */
public final class CommandTable {

  private final Map<String, CommandSpec> byName = new LinkedHashMap<>();
  private CommandSpec[] buckets = new CommandSpec[0];

  /** Adds a command; a second command of the same name is a programming error. */
  public CommandTable add(CommandSpec spec) {
    if (byName.putIfAbsent(spec.name(), spec) != null) {
      throw new IllegalStateException("command registered twice: " + spec.name());
    }
    rebuild();
    return this;
  }

  /** The command named by {@code name} in any case, or {@code null}. */
  public CommandSpec lookup(byte[] name) {
    CommandSpec[] table = buckets;
    int mask = table.length - 1;
    for (int i = lowerHash(name) & mask; ; i = (i + 1) & mask) {
      CommandSpec spec = table[i];
      if (spec == null) {
        return null;
      }
      if (equalsIgnoreCase(spec.name(), name)) {
        return spec;
      }
    }
  }

  public CommandSpec lookup(String name) {
    return byName.get(name.toLowerCase(Locale.ROOT));
  }

  public Collection<CommandSpec> all() {
    return Collections.unmodifiableCollection(byName.values());
  }

  public int size() {
    return byName.size();
  }

  private void rebuild() {
    int capacity = Integer.highestOneBit(Math.max(4, byName.size() * 4) - 1) << 1;
    CommandSpec[] table = new CommandSpec[capacity];
    for (CommandSpec spec : byName.values()) {
      int i = lowerHash(spec.name().getBytes(StandardCharsets.US_ASCII)) & (capacity - 1);
      while (table[i] != null) {
        i = (i + 1) & (capacity - 1);
      }
      table[i] = spec;
    }
    buckets = table;
  }

  private static int lowerHash(byte[] name) {
    int h = 0;
    for (byte b : name) {
      h = 31 * h + toLower(b);
    }
    return h ^ (h >>> 15);
  }

  private static boolean equalsIgnoreCase(String lower, byte[] name) {
    if (lower.length() != name.length) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (lower.charAt(i) != toLower(name[i])) {
        return false;
      }
    }
    return true;
  }

  private static int toLower(byte b) {
    return b >= 'A' && b <= 'Z' ? b + 32 : b & 0xff;
  }
}
