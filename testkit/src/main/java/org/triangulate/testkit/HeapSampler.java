package org.triangulate.testkit;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap in use over a measured section, sampled every few milliseconds on a daemon thread. Summing the
 * per-pool peaks of the memory beans overstates (pools peak at different times, and a young-generation peak is
 * mostly garbage), so benchmarks report this instead: the largest heap-in-use figure seen at any one moment.
 */
public final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler(long periodMillis) {
        peak = memory.getHeapMemoryUsage().getUsed();
        thread = new Thread(() -> {
            while (running) {
                long used = memory.getHeapMemoryUsage().getUsed();
                if (used > peak) {
                    peak = used;
                }
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts sampling every {@code periodMillis} ms. */
    public static HeapSampler start(long periodMillis) {
        if (periodMillis < 1) {
            throw new IllegalArgumentException("periodMillis must be >= 1, got " + periodMillis);
        }
        return new HeapSampler(periodMillis);
    }

    /** The largest heap in use seen so far, in bytes. */
    public long peakBytes() {
        long used = memory.getHeapMemoryUsage().getUsed();
        return Math.max(peak, used);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
