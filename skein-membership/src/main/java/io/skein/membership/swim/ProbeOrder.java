package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * SWIM's randomized round robin: members are probed in a shuffled order, each once per pass,
 * and the order is reshuffled at the end of a pass. Unlike picking at random each time, this
 * bounds the time until a failed member is probed by one pass (N probe intervals), and the
 * shuffle keeps probers from moving in lockstep. A new member goes to a random place, so it is
 * probed within the current pass with fair odds.
 */
final class ProbeOrder {

  private final RandomGenerator random;
  private final List<UniqueAddress> order = new ArrayList<>();
  private final List<UniqueAddress> soon = new ArrayList<>(2);
  private int index;

  ProbeOrder(RandomGenerator random) {
    this.random = random;
  }

  /** Puts {@code member} at a random place in the order. */
  void add(UniqueAddress member) {
    order.add(member);
    int last = order.size() - 1;
    int at = random.nextInt(order.size());
    order.set(last, order.get(at));
    order.set(at, member);
  }

  /**
   * The next member to probe that {@code probeable} accepts, or null when none does. At the end
   * of a pass, members {@code keep} rejects are dropped and the rest reshuffled.
   */
  UniqueAddress next(Predicate<UniqueAddress> probeable, Predicate<UniqueAddress> keep) {
    while (!soon.isEmpty()) {
      UniqueAddress first = soon.remove(0);
      if (probeable.test(first)) {
        return first;
      }
    }
    for (int checked = 0; checked <= order.size(); checked++) {
      if (index >= order.size()) {
        order.removeIf(keep.negate());
        shuffle();
        index = 0;
        if (order.isEmpty()) {
          return null;
        }
      }
      UniqueAddress candidate = order.get(index++);
      if (probeable.test(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Probes {@code member} next, ahead of the order (which it keeps its place in): a member
   * another node suspects is checked at once, to confirm or to carry it the suspicion.
   */
  void probeSoon(UniqueAddress member) {
    if (!soon.contains(member)) {
      soon.add(member);
    }
  }

  int size() {
    return order.size();
  }

  private void shuffle() {
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      UniqueAddress t = order.get(i);
      order.set(i, order.get(j));
      order.set(j, t);
    }
  }
}
