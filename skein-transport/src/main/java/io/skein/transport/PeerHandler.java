package io.skein.transport;

import io.skein.core.HostAndPort;

/**
 * Receives what peers send. Called on a transport thread: an implementation that has slow work
 * hands it over instead of blocking the caller.
 */
public interface PeerHandler {

  /**
   * A request from {@code from} (the sender's peer address as it announced it). The handler
   * completes {@code reply} exactly once, from any thread.
   */
  void onRequest(HostAndPort from, MessageChannel channel, byte[] payload, Responder reply);

  /** A one-way message from {@code from}. */
  void onMessage(HostAndPort from, MessageChannel channel, byte[] payload);

  /** Completes one request. */
  interface Responder {
    void reply(byte[] payload);

    /** Answers the request with an error the requester sees as a failed future. */
    void fail(String message);
  }
}
