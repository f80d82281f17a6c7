package io.skein.engine.command;

/**
 * Finds the key arguments of a command whose keys move (ZUNIONSTORE's numkeys, BLMPOP, ...).
 * Returns argument indexes; must not throw on malformed input (return what can be found).
 */
@FunctionalInterface
public interface KeyFinder {

  int[] keyIndexes(byte[][] argv);
}
