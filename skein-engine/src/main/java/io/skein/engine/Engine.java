package io.skein.engine;

import io.skein.core.Clock;
import io.skein.engine.command.CommandTable;
import io.skein.engine.exec.CommandExecutor;
import io.skein.engine.expiry.ActiveExpiry;
import io.skein.engine.eviction.Evictor;
import io.skein.engine.keyspace.Keyspace;
import io.skein.engine.keyspace.ValueReaders;
import java.util.random.RandomGenerator;

/**
 * The embedded datastore: keyspace, command table and executor, eviction and active expiry,
 * assembled. The server owns one and calls {@link #executor()} from its I/O threads, and
 * {@link #expiry()} from a timer.
 *
 * <p>Starts nothing by itself; it has no threads of its own.
 */
public final class Engine {

  private final EngineConfig config;
  private final Keyspace keyspace;
  private final CommandTable commands;
  private final CommandExecutor executor;
  private final ActiveExpiry expiry;
  private final ValueReaders valueReaders = new ValueReaders();
  private final RandomGenerator random;

  /**
   * @param random seeds eviction sampling and the commands that choose at random (SPOP,
   *     SRANDMEMBER, HRANDFIELD, ...); tests pass a seeded one
   */
  public Engine(EngineConfig config, Clock clock, int databases, RandomGenerator random) {
    this.config = config;
    this.random = random;
    this.keyspace = new Keyspace(clock, databases);
    this.executor = new CommandExecutor(keyspace, new Evictor(keyspace, config, random));
    this.commands = new CommandTable();
    this.expiry = new ActiveExpiry(keyspace, executor.locks());
    EngineCommands.registerAll(commands);
    EngineCommands.registerReaders(valueReaders);
  }

  public EngineConfig config() {
    return config;
  }

  public Keyspace keyspace() {
    return keyspace;
  }

  public CommandTable commands() {
    return commands;
  }

  public CommandExecutor executor() {
    return executor;
  }

  public ActiveExpiry expiry() {
    return expiry;
  }

  /** How RESTORE reads each collection type back. */
  public ValueReaders valueReaders() {
    return valueReaders;
  }

  /**
   * The engine's source of randomness for commands that choose at random. Shared by all I/O
   * threads without a lock: a racy update of a generator such as {@code SplittableRandom} only
   * loses randomness, never correctness, and a seeded single-threaded test stays reproducible.
   */
  public RandomGenerator random() {
    return random;
  }
}
