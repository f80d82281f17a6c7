package io.skein.engine.exec;

import io.skein.core.HashSlot;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The engine's locks: one per stripe of hash slots, shared by all databases. A command holds the
 * stripes of its keys' slots while it runs, so commands on different slots run in parallel on
 * different I/O threads and there is no global lock. Several stripes are always taken in
 * ascending order, so two commands can never deadlock.
 *
 * <p>Design note: 1024 stripes make two random single-key commands collide one time in 1024,
 * while locking everything (FLUSHALL, KEYS) stays cheap enough for the rare commands that must.
 */
public final class StripeLocks {

  /** Number of stripes; a power of two dividing {@link HashSlot#SLOT_COUNT}. */
  public static final int STRIPES = 1024;

  /**
   * Checks, each after a spin-wait hint, that a thread finding its stripe taken makes before it
   * parks: a few microseconds, about what a short command holds a stripe. Parking costs both
   * threads a system call and a context switch: with one hot key (a benchmark's one list or
   * hash) the two I/O threads spent more CPU in futex wake-ups than in the commands.
   */
  private static final int SPINS = 256;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  public StripeLocks() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  public static int stripeOf(int slot) {
    return slot & (STRIPES - 1);
  }

  public static int stripeOfKey(byte[] key) {
    return stripeOf(HashSlot.of(key));
  }

  public void lock(int stripe) {
    lock(locks[stripe]);
  }

  private static void lock(ReentrantLock lock) {
    if (lock.tryLock()) {
      return;
    }
    for (int i = 0; i < SPINS; i++) {
      Thread.onSpinWait();
      if (!lock.isLocked() && lock.tryLock()) {
        return;
      }
    }
    lock.lock();
  }

  public void unlock(int stripe) {
    locks[stripe].unlock();
  }

  /** Whether the current thread holds {@code stripe}. */
  public boolean heldByCurrentThread(int stripe) {
    return locks[stripe].isHeldByCurrentThread();
  }

  /** Sorted distinct stripes of the given keys. */
  public static int[] stripesOf(byte[][] keys, int count) {
    int[] stripes = new int[count];
    for (int i = 0; i < count; i++) {
      stripes[i] = stripeOfKey(keys[i]);
    }
    Arrays.sort(stripes);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || stripes[distinct - 1] != stripes[i]) {
        stripes[distinct++] = stripes[i];
      }
    }
    return distinct == count ? stripes : Arrays.copyOf(stripes, distinct);
  }

  /** Locks the sorted {@code stripes}. */
  public void lockAll(int[] stripes) {
    for (int s : stripes) {
      lock(locks[s]);
    }
  }

  public void unlockAll(int[] stripes) {
    for (int i = stripes.length - 1; i >= 0; i--) {
      locks[stripes[i]].unlock();
    }
  }

  /** Locks every stripe, in order. */
  public void lockEverything() {
    for (ReentrantLock l : locks) {
      l.lock();
    }
  }

  public void unlockEverything() {
    for (int i = STRIPES - 1; i >= 0; i--) {
      locks[i].unlock();
    }
  }
}
