/**
 * The node's YAML config file.
 *
 * <p>Entry point: {@link io.skein.server.config.ConfigFile#load}. Threading: start-up only.
 * Dependencies: Jackson YAML.
 */
package io.skein.server.config;
