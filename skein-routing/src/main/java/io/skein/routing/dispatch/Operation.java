package io.skein.routing.dispatch;

/** Whether a request reads or writes; each has its own consistency level. */
public enum Operation {
  READ,
  WRITE
}
