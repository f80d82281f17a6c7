package io.skein.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.skein.server.ServerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads a node's YAML config, in either of two shapes:
 *
 * <ul>
 *   <li>Dynomite's: a {@code dyn_o_mite:} mapping with Dynomite's keys, loaded unchanged, and
 *       Skein's keys beside them (in the same mapping, or in a sibling {@code skein:} one);
 *   <li>Skein's own: Skein's keys at the top level or under {@code skein:} (the original form,
 *       still accepted as it was).
 * </ul>
 *
 * <p>Every error is a {@link ConfigException} naming the file, the key, the value and the
 * expected form. A Dynomite key Skein does not use is accepted with a warning that says so; any
 * other unknown key is an error. The topology is coverage-validated before a config is returned.
 * Start-up only.
 */
public final class ConfigFile {

  private static final System.Logger LOG = System.getLogger(ConfigFile.class.getName());
  private static final String DYNOMITE_SECTION = "dyn_o_mite";
  private static final String SKEIN_SECTION = "skein";

  private ConfigFile() {}

  /** The client-side settings of {@code file}, as before Skein read Dynomite's keys. */
  public static ServerSettings load(Path file) {
    return loadNode(file).server();
  }

  /** Loads {@code file}, logging each warning. */
  public static NodeConfig loadNode(Path file) {
    return loadNode(file, Map.of(), ConfigFile::logWarning);
  }

  /**
   * Loads {@code file} with command-line options applied over it.
   *
   * @param file the YAML file, or null for no file (the defaults)
   * @param overrides keys given on the command line, in config-key form ({@code port},
   *     {@code maxmemory_policy}); each replaces the file's value, and errors about it name the
   *     command line
   * @param warnings receives one line per warning (an ignored Dynomite key, a missing secret)
   * @throws ConfigException for anything that cannot be used
   */
  public static NodeConfig loadNode(Path file, Map<String, String> overrides,
      Consumer<String> warnings) {
    String label = file == null ? "defaults" : file.toString();
    List<JsonNode> sections = new ArrayList<>();
    boolean dynomiteStyle = false;
    if (file != null) {
      JsonNode root = parse(file, label);
      dynomiteStyle = root.has(DYNOMITE_SECTION);
      if (dynomiteStyle || root.has(SKEIN_SECTION)) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!e.getKey().equals(DYNOMITE_SECTION) && !e.getKey().equals(SKEIN_SECTION)) {
            throw new ConfigException(label, e.getKey(), "unknown section",
                "dyn_o_mite: and skein: side by side, or Skein's keys at the top level");
          }
          if (!e.getValue().isObject()) {
            throw new ConfigException(label, e.getKey(), "not a mapping", "a mapping of keys");
          }
          sections.add(e.getValue());
        }
      } else {
        sections.add(root);
      }
    }
    ConfigSection section = ConfigSection.of(label, "", sections);
    overrides.forEach(section::override);
    return NodeConfigReader.read(section, file, dynomiteStyle, warnings);
  }

  private static JsonNode parse(Path file, String label) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root;
    try {
      root = yaml.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new ConfigException(label, "yaml", e.getOriginalMessage().replace('\n', ' '),
          "valid YAML, each key once");
    } catch (IOException e) {
      throw new ConfigException(label, "yaml", "cannot be read (" + e.getClass().getSimpleName()
          + ")", "a readable YAML file");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new ObjectMapper().createObjectNode();
    }
    if (!root.isObject()) {
      throw new ConfigException(label, "yaml", "not a mapping", "a mapping of keys to values");
    }
    return root;
  }

  private static void logWarning(String line) {
    LOG.log(System.Logger.Level.WARNING, "[skein][config] " + line);
  }
}
