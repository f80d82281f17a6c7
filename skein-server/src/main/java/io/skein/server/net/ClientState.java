package io.skein.server.net;

import io.skein.engine.command.CommandSpec;
import io.skein.engine.exec.Watcher;
import io.skein.engine.util.ByteString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a connection remembers between commands: authentication, names, the open transaction,
 * WATCHed keys, pub/sub subscriptions and the CLIENT REPLY mode.
 *
 * <p>Used on the connection's event loop only, except the fields CLIENT LIST reads, which are
 * volatile.
 */
public final class ClientState {

  volatile boolean authenticated;
  volatile String name = "";
  volatile String libName = "";
  volatile String libVersion = "";
  volatile long lastInteractionMillis;
  volatile CommandSpec lastCommand;
  byte[][] lastArgv;
  volatile boolean noEvict;
  final Watcher watcher = new Watcher();
  final Set<ByteString> channels = new HashSet<>();
  final Set<ByteString> patterns = new HashSet<>();
  final ReplyMode replies = new ReplyMode();
  private List<CommandSpec> queuedSpecs;
  private List<byte[][]> queuedArgvs;
  private boolean transactionFailed;

  public boolean authenticated() {
    return authenticated;
  }

  public String name() {
    return name;
  }

  public void name(String name) {
    this.name = name;
  }

  public void library(String name, String version) {
    if (name != null) {
      this.libName = name;
    }
    if (version != null) {
      this.libVersion = version;
    }
  }

  public String libName() {
    return libName;
  }

  public String libVersion() {
    return libVersion;
  }

  public long lastInteractionMillis() {
    return lastInteractionMillis;
  }

  public CommandSpec lastCommand() {
    return lastCommand;
  }

  public Watcher watcher() {
    return watcher;
  }

  public boolean noEvict() {
    return noEvict;
  }

  public void noEvict(boolean yes) {
    noEvict = yes;
  }

  public ReplyMode replies() {
    return replies;
  }

  public Set<ByteString> channels() {
    return channels;
  }

  public Set<ByteString> patterns() {
    return patterns;
  }

  /** Number of channel and pattern subscriptions, as (UN)SUBSCRIBE replies count them. */
  public int subscriptionCount() {
    return channels.size() + patterns.size();
  }

  public boolean inMulti() {
    return queuedSpecs != null;
  }

  public void beginMulti() {
    queuedSpecs = new ArrayList<>();
    queuedArgvs = new ArrayList<>();
    transactionFailed = false;
  }

  void queue(CommandSpec spec, byte[][] argv) {
    queuedSpecs.add(spec);
    queuedArgvs.add(argv);
  }

  /** A command refused while queuing dooms the transaction (EXECABORT), as in Redis. */
  void transactionError(CommandSpec spec) {
    if (inMulti()) {
      transactionFailed = true;
    }
  }

  public boolean transactionFailed() {
    return transactionFailed;
  }

  public List<CommandSpec> queuedSpecs() {
    return queuedSpecs;
  }

  public List<byte[][]> queuedArgvs() {
    return queuedArgvs;
  }

  /** Leaves MULTI state (EXEC, DISCARD, RESET). */
  public void endMulti() {
    queuedSpecs = null;
    queuedArgvs = null;
    transactionFailed = false;
  }

  /** {@code -1} outside MULTI, else the number of queued commands, as CLIENT LIST shows it. */
  public int multiCount() {
    List<CommandSpec> q = queuedSpecs;
    return q == null ? -1 : q.size();
  }
}
