package io.skein.server.commands;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Garbage-collector counters for INFO memory, so operators see pauses beside latency. */
final class GcPauses {

  private GcPauses() {}

  static void appendInfo(StringBuilder sb) {
    long count = 0;
    long millis = 0;
    StringBuilder names = new StringBuilder();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
      if (names.length() > 0) {
        names.append(',');
      }
      names.append(gc.getName().replace(' ', '_'));
    }
    sb.append("gc_collectors:").append(names).append("\r\n");
    sb.append("gc_collections:").append(count).append("\r\n");
    sb.append("gc_time_ms:").append(millis).append("\r\n");
  }
}
