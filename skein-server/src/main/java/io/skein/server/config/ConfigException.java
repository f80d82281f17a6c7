package io.skein.server.config;

/**
 * A config that cannot be used. The message always reads
 * {@code <file>: <key>: <value> (expected: <form>)}, so an operator sees where the problem is,
 * what was found and what would have been accepted; the parts are kept for tools and tests.
 */
public final class ConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String key;
  private final String value;
  private final String expected;

  /**
   * @param file the config file as the operator named it
   * @param key the key, with its section for nested keys ({@code sbr.strategy}); for a problem
   *     with the file as a whole, {@code yaml}
   * @param value what was found, already quoted where it is text ({@code 'dc_two'}), or a short
   *     description ({@code missing})
   * @param expected the accepted form
   */
  public ConfigException(String file, String key, String value, String expected) {
    super(file + ": " + key + ": " + value + " (expected: " + expected + ")");
    this.file = file;
    this.key = key;
    this.value = value;
    this.expected = expected;
  }

  public String file() {
    return file;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  public String expected() {
    return expected;
  }
}
