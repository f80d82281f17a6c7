package io.skein.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.skein.core.HostAndPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The keys of one YAML mapping with typed getters whose errors name the file, the key, the value
 * and the expected form. Keys are held in canonical form ({@code maxmemory-policy} is
 * {@code maxmemory_policy}); a key given twice, in two spellings or two sections, is an error.
 * A key whose value is YAML null counts as absent. Start-up only; not thread-safe.
 */
final class ConfigSection {

  private final String file;
  private final String prefix;
  private final Map<String, JsonNode> values;
  private final Set<String> fromCommandLine = new HashSet<>();

  private ConfigSection(String file, String prefix, Map<String, JsonNode> values) {
    this.file = file;
    this.prefix = prefix;
    this.values = values;
  }

  /** Merges the mappings into one section; {@code prefix} names nested keys ({@code sbr.}). */
  static ConfigSection of(String file, String prefix, List<JsonNode> mappings) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (JsonNode mapping : mappings) {
      for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = ConfigKeys.canonical(e.getKey());
        if (values.containsKey(key)) {
          throw new ConfigException(file, prefix + key, "given twice",
              "each key once, in one spelling and one section");
        }
        if (!e.getValue().isNull()) {
          values.put(key, e.getValue());
        }
      }
    }
    return new ConfigSection(file, prefix, values);
  }

  String file() {
    return file;
  }

  Set<String> keys() {
    return Collections.unmodifiableSet(values.keySet());
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  /** The error for {@code key}; {@code value} is shown as given (quote text yourself). */
  ConfigException fail(String key, String value, String expected) {
    String where = fromCommandLine.contains(key) ? "command line" : file;
    return new ConfigException(where, prefix + key, value, expected);
  }

  /**
   * Sets {@code key} from a command-line option, replacing the file's value; errors about it
   * then name the command line. A {@code port} or {@code bind} option splits the file's
   * {@code listen} into the two, so the option changes one half and keeps the other.
   */
  void override(String key, String value) {
    if ((key.equals("port") || key.equals("bind")) && values.containsKey("listen")) {
      HostAndPort listen = parsed("listen", Formats::address, Formats.ADDRESS).orElseThrow();
      values.remove("listen");
      values.putIfAbsent("bind", new TextNode(listen.host()));
      values.putIfAbsent("port", new TextNode(Integer.toString(listen.port())));
    }
    values.put(key, new TextNode(value));
    fromCommandLine.add(key);
  }

  /** A scalar as text: strings, numbers and booleans alike, as Dynomite reads them. */
  Optional<String> text(String key) {
    JsonNode n = values.get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isValueNode()) {
      throw fail(key, n.isArray() ? "a list" : "a mapping", "a single value");
    }
    return Optional.of(n.asText());
  }

  /** A scalar parsed by {@code parser}, whose IllegalArgumentException becomes the error. */
  <T> Optional<T> parsed(String key, Function<String, T> parser, String expected) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get()));
    } catch (IllegalArgumentException e) {
      throw fail(key, "'" + text.get() + "'", expected);
    }
  }

  /** An integer in {@code [min, max]}; quoted digits count, as Dynomite's own parser allows. */
  int integer(String key, int fallback, int min, int max) {
    String expected = "an integer " + min + ".." + max;
    return parsed(key, s -> {
      long v = Long.parseLong(s.strip());
      if (v < min || v > max) {
        throw new IllegalArgumentException();
      }
      return (int) v;
    }, expected).orElse(fallback);
  }

  /** {@code true} or {@code false}, as Dynomite accepts them. */
  boolean bool(String key, boolean fallback) {
    return parsed(key, s -> switch (s) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException();
    }, "true or false").orElse(fallback);
  }

  /** A YAML list of scalars; absent is empty. */
  List<String> list(String key, String elementForm) {
    JsonNode n = values.get(key);
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      throw fail(key, n.isValueNode() ? "'" + n.asText() + "'" : "a mapping",
          "a list of " + elementForm);
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode item = n.get(i);
      if (item == null || !item.isValueNode() || item.isNull()) {
        throw fail(key + "[" + i + "]", "not a single value", elementForm);
      }
      items.add(item.asText());
    }
    return items;
  }

  /** A nested mapping as its own section ({@code sbr:}). */
  Optional<ConfigSection> section(String key) {
    JsonNode n = values.get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isObject()) {
      throw fail(key, n.isValueNode() ? "'" + n.asText() + "'" : "a list", "a mapping of keys");
    }
    return Optional.of(of(file, prefix + key + ".", List.of(n)));
  }
}
