package io.skein.server.commands;

import static io.skein.server.commands.InfoCommand.human;
import static io.skein.server.commands.InfoCommand.line;

import io.skein.engine.Engine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * INFO memory and INFO cpu: the engine's own accounting of its data, and what the operating
 * system says of the process (resident memory from /proc/self/status, CPU seconds from
 * /proc/self/stat on Linux, the JVM's process CPU time elsewhere).
 */
final class InfoResources {

  private static final Path STAT = Path.of("/proc/self/stat");
  /** USER_HZ: the unit of /proc's CPU times on every Linux build in use. */
  private static final double TICKS_PER_SECOND = 100.0;

  private InfoResources() {}

  static void memory(Engine engine, StringBuilder sb) {
    long used = engine.keyspace().stats().usedMemory.sum();
    long rss = ProcessMemory.residentBytes();
    long system = totalSystemMemory();
    Runtime rt = Runtime.getRuntime();
    line(sb, "used_memory", used);
    line(sb, "used_memory_human", human(used));
    line(sb, "used_memory_rss", rss);
    line(sb, "used_memory_rss_human", human(rss));
    line(sb, "total_system_memory", system);
    line(sb, "total_system_memory_human", human(system));
    // No Lua and no functions: the counts are truly zero.
    line(sb, "used_memory_lua", 0);
    line(sb, "used_memory_lua_human", "0B");
    line(sb, "number_of_cached_scripts", 0);
    line(sb, "number_of_functions", 0);
    line(sb, "number_of_libraries", 0);
    line(sb, "maxmemory", engine.config().maxmemory());
    line(sb, "maxmemory_human", human(engine.config().maxmemory()));
    line(sb, "maxmemory_policy", engine.config().policy().redisName());
    line(sb, "mem_fragmentation_ratio", used == 0 ? "0.00"
        : String.format(Locale.ROOT, "%.2f", (double) rss / used));
    line(sb, "mem_fragmentation_bytes", rss - used);
    line(sb, "mem_allocator", "jvm");
    line(sb, "used_memory_heap", rt.totalMemory() - rt.freeMemory());
    line(sb, "used_memory_heap_committed", rt.totalMemory());
    GcPauses.appendInfo(sb);
  }

  static void cpu(StringBuilder sb) {
    double[] times = cpuSeconds();
    line(sb, "used_cpu_sys", seconds(times[1]));
    line(sb, "used_cpu_user", seconds(times[0]));
    line(sb, "used_cpu_sys_children", seconds(times[3]));
    line(sb, "used_cpu_user_children", seconds(times[2]));
  }

  /** {user, sys, children user, children sys} in seconds. */
  static double[] cpuSeconds() {
    try {
      String stat = Files.readString(STAT);
      // Fields after the command name (which may hold spaces) start after the last ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
      // f[0] is field 3 (state): utime, stime, cutime, cstime are fields 14 to 17.
      return new double[] {ticks(f[11]), ticks(f[12]), ticks(f[13]), ticks(f[14])};
    } catch (IOException | RuntimeException e) {
      var os = ManagementFactory.getOperatingSystemMXBean();
      long nanos = os instanceof com.sun.management.OperatingSystemMXBean sun
          ? sun.getProcessCpuTime() : -1;
      return new double[] {Math.max(0, nanos) / 1e9, 0, 0, 0};
    }
  }

  private static double ticks(String field) {
    return Long.parseLong(field) / TICKS_PER_SECOND;
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.6f", s);
  }

  private static long totalSystemMemory() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getTotalMemorySize() : 0;
  }
}
