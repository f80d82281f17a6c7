/**
 * The {@code skein} command-line program (picocli).
 *
 * <p>Entry point: {@link io.skein.server.cli.SkeinCommand#main}. Threading: the main thread
 * starts the node and waits. Dependencies: picocli and the server.
 */
package io.skein.server.cli;
