package dev.saring.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of a run, for progress displays: read from any thread while the run goes on.
 * A run has phases ({@code read}, {@code observe dedup-near}, {@code apply dedup-near} ...); the byte counts
 * are those of the current phase.
 */
public final class Progress {

    private volatile String phase = "starting";
    private volatile int phaseIndex;
    private volatile int phaseCount = 1;
    private final AtomicLong phaseTotalBytes = new AtomicLong();
    private final AtomicLong phaseDoneBytes = new AtomicLong();
    private final AtomicLong documentsRead = new AtomicLong();
    private final AtomicLong documentsKept = new AtomicLong();
    private final AtomicLong documentsDropped = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    void startPhase(String name, int index, int count, long totalBytes) {
        phaseTotalBytes.set(totalBytes);
        phaseDoneBytes.set(0);
        phaseIndex = index;
        phaseCount = count;
        phase = name;
    }

    void addBytes(long n) {
        phaseDoneBytes.addAndGet(n);
    }

    void addRead(long n) {
        documentsRead.addAndGet(n);
    }

    void addKept(long n) {
        documentsKept.addAndGet(n);
    }

    void addDropped(long n) {
        documentsDropped.addAndGet(n);
    }

    void addErrors(long n) {
        errors.addAndGet(n);
    }

    public String phase() {
        return phase;
    }

    /** 1-based index of the current phase. */
    public int phaseIndex() {
        return phaseIndex;
    }

    public int phaseCount() {
        return phaseCount;
    }

    public long phaseTotalBytes() {
        return phaseTotalBytes.get();
    }

    public long phaseDoneBytes() {
        return phaseDoneBytes.get();
    }

    public long documentsRead() {
        return documentsRead.get();
    }

    public long documentsKept() {
        return documentsKept.get();
    }

    public long documentsDropped() {
        return documentsDropped.get();
    }

    public long errors() {
        return errors.get();
    }
}
