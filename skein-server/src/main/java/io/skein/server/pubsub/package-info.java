/**
 * Pub/sub: channels, patterns, and delivery of published messages to subscribers.
 *
 * <p>Entry point: {@link io.skein.server.pubsub.PubSubHub}, used by the pub/sub commands.
 * Threading: thread-safe; deliveries are written from the publisher's thread and Netty runs them
 * on each subscriber's loop. Dependencies: Netty buffers, skein-resp, skein-engine's values.
 */
package io.skein.server.pubsub;
