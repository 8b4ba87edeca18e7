package org.leavenotify.benchmarks.load;

import java.lang.management.ManagementFactory;

/** CPU used by the server and by the load tool over one phase, as a share of one core. */
final class Cpu {

    record Share(double server, double client) {
    }

    private final ControlPort control;
    private final long wallStart;
    private final long serverStart;
    private final long clientStart;

    private Cpu(ControlPort control) {
        this.control = control;
        this.wallStart = System.nanoTime();
        this.serverStart = server(control);
        this.clientStart = client();
    }

    static Cpu start(ControlPort control) {
        return new Cpu(control);
    }

    Share stop() {
        double wall = System.nanoTime() - wallStart;
        return new Share((server(control) - serverStart) / wall, (client() - clientStart) / wall);
    }

    private static long server(ControlPort control) {
        return Long.parseLong(ControlPort.fields(control.call("/cpu", null)).get("cpuNanos"));
    }

    /**
     * This process's CPU time. When the server runs in this same process (the quick mode), both figures
     * are the whole process.
     */
    private static long client() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
