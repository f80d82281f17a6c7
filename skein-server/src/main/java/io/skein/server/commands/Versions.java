package io.skein.server.commands;

/** Skein's own version, as INFO reports it next to the Redis version it answers as. */
public final class Versions {

  public static final String SKEIN = "0.1.0";

  private Versions() {}
}
