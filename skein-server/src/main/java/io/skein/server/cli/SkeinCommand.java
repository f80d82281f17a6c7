package io.skein.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code skein} program: {@code skein server} runs a node, {@code skein local} runs a
 * cluster of nodes on this machine; more subcommands follow.
 */
@Command(name = "skein", mixinStandardHelpOptions = true, version = "skein 0.1.0",
    description = "A Redis-compatible, distributed, in-memory data store.",
    subcommands = {ServerCommand.class, LocalCommand.class})
public final class SkeinCommand implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    int code = new CommandLine(new SkeinCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
