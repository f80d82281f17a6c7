package io.skein.membership.events;

/**
 * A subscription to the {@link ClusterEventBus}. Closing it stops delivery; closing it twice is
 * harmless. Use it in try-with-resources where a subscription has a scope.
 */
public interface SubscriptionHandle extends AutoCloseable {

  /** Whether the subscription still receives events. */
  boolean isActive();

  @Override
  void close();
}
