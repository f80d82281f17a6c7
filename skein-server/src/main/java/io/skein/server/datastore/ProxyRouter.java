package io.skein.server.datastore;

import io.skein.engine.command.CommandSpec;
import io.skein.server.net.ClientConnection;
import io.skein.server.net.CommandRouter;
import io.skein.server.net.ReplyOrder;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The request path of a standalone node in proxy mode: data commands go to the external Redis
 * and its reply bytes go back to the client unchanged; the node's own commands run here; the
 * rest are refused ({@link ProxyRouting}). Install it with {@code
 * ServerContext.router(new ProxyRouter(redis))}.
 *
 * <p>Replies keep the order of the requests: later commands of the connection run while one
 * waits for Redis, and their replies wait behind its slot (see the connection's reply order).
 *
 * <p>Threading: {@link #route} on the client's event loop; the reply completes on the pool's
 * loop and is handed back to the client's.
 */
public final class ProxyRouter implements CommandRouter {

  private final ExternalRedis redis;

  public ProxyRouter(ExternalRedis redis) {
    this.redis = redis;
  }

  @Override
  public boolean route(ClientConnection client, CommandSpec spec, byte[][] argv) {
    ProxyDecision decision = ProxyRouting.decide(spec, argv);
    if (decision instanceof ProxyDecision.Local) {
      return false;
    }
    if (decision instanceof ProxyDecision.Refused refused) {
      client.reply(refused.resp());
      return true;
    }
    CompletableFuture<byte[]> reply = redis.execute(argv, client.id());
    if (reply.isDone()) {
      client.reply(bytes(reply)); // failed fast (no connection, queue full): answer in line
      return true;
    }
    ReplyOrder.Slot slot = client.awaitReply();
    // Always a task of its own: completing inside route() would run the client's next commands
    // from within this one, and a long pipeline failing fast would nest that deeply.
    reply.whenComplete((r, e) -> client.eventLoop().execute(
        () -> client.completeReply(slot, bytes(reply))));
    return true;
  }

  private static byte[] bytes(CompletableFuture<byte[]> done) {
    try {
      return done.join();
    } catch (CompletionException | CancellationException e) {
      return DatastoreException.respError(e);
    }
  }
}
