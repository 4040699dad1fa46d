package vn.cantho.kehoach;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time each phase of a build took: wall-clock time, and the CPU time the whole process spent meanwhile (all
 * threads), which says how much work a phase did even on a machine busy with other things.
 */
final class Phases {
    private final Map<String, Long> wall = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private long wallMark = System.nanoTime();
    private long cpuMark = cpuNanos();

    /** Ends the phase running since the last call (or since this was made), under this name. */
    synchronized void end(String phase) {
        long now = System.nanoTime();
        long cpuNow = cpuNanos();
        wall.put(phase, (now - wallMark) / 1_000_000);
        cpu.put(phase, (cpuNow - cpuMark) / 1_000_000);
        wallMark = now;
        cpuMark = cpuNow;
    }

    synchronized Map<String, Long> wallMillis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(wall));
    }

    synchronized Map<String, Long> cpuMillis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(cpu));
    }

    /** CPU time of this process so far, or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
