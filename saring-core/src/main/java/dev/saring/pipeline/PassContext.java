package dev.saring.pipeline;

import java.nio.file.Path;

/**
 * What a pass may use during one run.
 *
 * @param workDir     a private folder for spill files, deleted after the run
 * @param memoryBytes how much heap the pass may hold before it spills to {@code workDir}
 * @param threads     how many threads the runner uses (for sizing, not for starting threads of its own)
 */
public record PassContext(Path workDir, long memoryBytes, int threads) {

    public PassContext {
        if (memoryBytes <= 0) throw new IllegalArgumentException("memoryBytes must be > 0, was " + memoryBytes);
        if (threads <= 0) throw new IllegalArgumentException("threads must be > 0, was " + threads);
    }
}
