package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the heap in use every few milliseconds and keeps the highest value seen, for benchmarks. */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The highest heap use seen so far, in MB (garbage not yet collected included). */
    double peakMegabytes() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get() / (1024.0 * 1024);
    }

    /** Heap in use right after a full collection, in MB: what the program really holds. */
    double liveMegabytes() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
