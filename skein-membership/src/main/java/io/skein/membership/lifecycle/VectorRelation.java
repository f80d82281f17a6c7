package io.skein.membership.lifecycle;

/**
 * How one {@link VectorClock} stands to another: {@code a.compare(b)} answers "a is ... b".
 */
public enum VectorRelation {
  /** Every entry of {@code a} is at most the one in {@code b}, and one is lower: b saw all of a. */
  BEFORE,
  /** The mirror of {@link #BEFORE}: a saw all of b and more. */
  AFTER,
  /** The same entries: the same version. */
  SAME,
  /** Each has an entry the other has not seen: the two histories forked and must be merged. */
  CONCURRENT
}
