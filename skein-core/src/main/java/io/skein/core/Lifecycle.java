package io.skein.core;

/**
 * Something that owns threads, sockets or timers. Constructors never start anything;
 * {@link #start()} does, and {@link #close()} releases all of it. Closing twice is harmless.
 */
public interface Lifecycle extends AutoCloseable {

  /** Starts the component's threads, sockets or timers. */
  void start() throws Exception;

  /** Stops everything {@link #start()} started; never throws for a component already closed. */
  @Override
  void close();
}
