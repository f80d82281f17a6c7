package io.skein.membership.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * In-process bus of {@link ClusterEvent}s.
 *
 * <p>Delivery is synchronous, on the publishing thread, in subscription order; a subscriber that
 * throws does not stop delivery to the others (the failure is handed to the error handler given
 * at construction). Subscribers that need another thread hand the event over themselves.
 */
public final class ClusterEventBus {

  private final List<Subscriber<?>> subscribers = new CopyOnWriteArrayList<>();
  private final Consumer<RuntimeException> errors;

  /** A bus that reports a failing subscriber to {@code errors} (e.g. a logger). */
  public ClusterEventBus(Consumer<RuntimeException> errors) {
    this.errors = errors;
  }

  /** A bus that ignores failing subscribers. */
  public ClusterEventBus() {
    this(e -> { });
  }

  /** Delivers every event to {@code listener} until the handle is closed. */
  public SubscriptionHandle subscribe(Consumer<? super ClusterEvent> listener) {
    return subscribe(ClusterEvent.class, listener);
  }

  /** Delivers the events of type {@code type} to {@code listener} until the handle is closed. */
  public <T extends ClusterEvent> SubscriptionHandle subscribe(
      Class<T> type, Consumer<? super T> listener) {
    Subscriber<T> s = new Subscriber<>(type, listener);
    subscribers.add(s);
    return s;
  }

  /** Delivers {@code event} to every matching subscriber. */
  public void publish(ClusterEvent event) {
    for (Subscriber<?> s : subscribers) {
      try {
        s.offer(event);
      } catch (RuntimeException e) {
        errors.accept(e);
      }
    }
  }

  /** The number of open subscriptions. */
  public int subscriberCount() {
    return subscribers.size();
  }

  private final class Subscriber<T extends ClusterEvent> implements SubscriptionHandle {
    private final Class<T> type;
    private final Consumer<? super T> listener;
    private final AtomicBoolean active = new AtomicBoolean(true);

    Subscriber(Class<T> type, Consumer<? super T> listener) {
      this.type = type;
      this.listener = listener;
    }

    void offer(ClusterEvent event) {
      if (active.get() && type.isInstance(event)) {
        listener.accept(type.cast(event));
      }
    }

    @Override
    public boolean isActive() {
      return active.get();
    }

    @Override
    public void close() {
      if (active.compareAndSet(true, false)) {
        subscribers.remove(this);
      }
    }
  }
}
