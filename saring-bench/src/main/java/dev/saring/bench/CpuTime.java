package dev.saring.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Throughput per CPU-second of the calling thread. On a machine shared with other work a wall-clock
 * benchmark measures the sharing as well; the thread's CPU time does not. Used by the {@code *CpuThroughput}
 * mains beside the JMH benchmarks of the same work.
 */
final class CpuTime {

    private static final double NANOS = 1e9;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** Runs {@code round} {@code warmups} times, then {@code rounds} times; the best units per CPU-second. */
    static double bestPerCpuSecond(int warmups, int rounds, double unitsPerRound, Runnable round) {
        for (int w = 0; w < warmups; w++) round.run();
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            round.run();
            best = Math.max(best, unitsPerRound / ((THREADS.getCurrentThreadCpuTime() - c0) / NANOS));
        }
        return best;
    }
}
