package io.skein.routing.collect;

import java.util.Arrays;

/**
 * What came back from one replica.
 */
public sealed interface Reply {

  /**
   * The replica's datastore answered. Any answer counts, Redis error replies such as
   * {@code -WRONGTYPE} included: they are the command's result, carried in {@code payload}.
   *
   * @param payload the encoded reply, opaque here; not copied, callers must not change it
   * @param version the version of the key the replica holds (a write's: the version it
   *     applied); 0 when the replica has no version of the key at all
   */
  record Value(byte[] payload, long version) implements Reply {

    /** True when two replies are the same answer: the same bytes at the same version. */
    public boolean sameAs(Value other) {
      return version == other.version && Arrays.equals(payload, other.payload);
    }

    /** True when the replica had no version of the key. */
    public boolean absent() {
      return version == 0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Value v && sameAs(v);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(payload) * 31 + Long.hashCode(version);
    }

    @Override
    public String toString() {
      return "Value[" + payload.length + " bytes, version " + version + "]";
    }
  }

  /**
   * No answer from the datastore: the connection failed, the peer refused, the frame was bad.
   *
   * @param reason for logs
   */
  record Failure(String reason) implements Reply {}

  /** The replica's own timeout expired before it answered. */
  enum Timeout implements Reply {
    INSTANCE
  }
}
