package io.skein.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.skein.engine.EngineConfig.EvictionPolicy;
import io.skein.server.ServerSettings;
import io.skein.server.commands.MemorySize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * Loads a node's YAML config. Skein's keys sit at the top level (or under {@code skein:});
 * every error names the file, the key and what was expected, and an unknown key is an error,
 * so that a typo never silently falls back to a default.
 */
public final class ConfigFile {

  private static final Set<String> KEYS = Set.of("port", "bind", "requirepass", "maxmemory",
      "maxmemory-policy", "databases", "io-threads");

  private ConfigFile() {}

  /** Thrown for a config that cannot be used; the message says where and why. */
  public static final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
      super(message);
    }
  }

  public static ServerSettings load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read YAML: " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = new ObjectMapper().createObjectNode();
    }
    if (root.has("skein")) {
      root = root.get("skein");
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": expected a mapping of keys to values");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new ConfigException(file + ": unknown key '" + key + "' (expected one of "
            + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
      }
    }
    ServerSettings d = ServerSettings.defaults();
    return new ServerSettings(
        text(file, root, "bind", d.bind()),
        integer(file, root, "port", d.port(), 0, 65535),
        text(file, root, "requirepass", d.requirepass()),
        memory(file, root, "maxmemory", d.maxmemory()),
        policy(file, root, d.policy()),
        integer(file, root, "databases", d.databases(), 1, 1024),
        integer(file, root, "io-threads", d.ioThreads(), 0, 256),
        file.toString());
  }

  private static String text(Path file, JsonNode root, String key, String fallback) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.isValueNode()) {
      throw new ConfigException(file + ": key '" + key + "': expected a string");
    }
    return n.asText();
  }

  private static int integer(Path file, JsonNode root, String key, int fallback, int min, int max) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
      throw new ConfigException(file + ": key '" + key + "': '" + n.asText()
          + "' (expected: an integer " + min + ".." + max + ")");
    }
    return n.asInt();
  }

  private static long memory(Path file, JsonNode root, String key, long fallback) {
    String s = text(file, root, key, null);
    if (s == null) {
      return fallback;
    }
    try {
      return MemorySize.parse(s);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": key '" + key + "': " + e.getMessage());
    }
  }

  private static EvictionPolicy policy(Path file, JsonNode root, EvictionPolicy fallback) {
    String s = text(file, root, "maxmemory-policy", null);
    if (s == null) {
      return fallback;
    }
    EvictionPolicy p = EvictionPolicy.byName(s);
    if (p == null) {
      throw new ConfigException(file + ": key 'maxmemory-policy': '" + s + "' (expected: "
          + "noeviction, allkeys-lru, volatile-lru, allkeys-random, volatile-random, volatile-ttl)");
    }
    return p;
  }
}
