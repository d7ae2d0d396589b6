package dev.saring.cli;

import dev.saring.pipeline.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a run's progress: a progress bar per phase on a terminal, a plain line every few seconds
 * otherwise (logs, CI). Polls {@link Progress}; never slows the run.
 */
abstract class ProgressDisplay implements AutoCloseable {

    private static final long BAR_TICK_MS = 200;
    private static final long LINE_TICK_MS = 5_000;
    private static final int MB = 1 << 20;

    static ProgressDisplay none() {
        return new ProgressDisplay() {
            @Override
            public void close() {
            }
        };
    }

    static ProgressDisplay start(Progress progress, PrintWriter err) {
        return System.console() != null ? new Bar(progress) : new Lines(progress, err);
    }

    @Override
    public abstract void close();

    private static String counts(Progress p) {
        return String.format("%,d docs, %,d kept, %,d dropped, %,d errors",
                p.documentsRead(), p.documentsKept(), p.documentsDropped(), p.errors());
    }

    private static ScheduledExecutorService ticker() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "saring-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** A progress bar on the terminal, one per phase. */
    private static final class Bar extends ProgressDisplay {
        private final Progress progress;
        private final ScheduledExecutorService ticker = ticker();
        private ProgressBar bar;
        private String phase;

        Bar(Progress progress) {
            this.progress = progress;
            ticker.scheduleAtFixedRate(this::tick, 0, BAR_TICK_MS, TimeUnit.MILLISECONDS);
        }

        private synchronized void tick() {
            String now = progress.phase();
            if (!now.equals(phase)) {
                if (bar != null) {
                    bar.stepTo(bar.getMax());
                    bar.close();
                }
                phase = now;
                bar = new ProgressBarBuilder()
                        .setTaskName(String.format("[%d/%d] %s", progress.phaseIndex(), progress.phaseCount(), now))
                        .setInitialMax(Math.max(1, progress.phaseTotalBytes()))
                        .setUnit(" MB", MB)
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .showSpeed()
                        .continuousUpdate()
                        .build();
            }
            bar.maxHint(Math.max(1, progress.phaseTotalBytes()));
            bar.stepTo(Math.min(progress.phaseDoneBytes(), bar.getMax()));
            bar.setExtraMessage(counts(progress));
        }

        @Override
        public synchronized void close() {
            ticker.shutdownNow();
            if (bar != null) {
                bar.stepTo(bar.getMax());
                bar.setExtraMessage(counts(progress));
                bar.close();
            }
        }
    }

    /** A plain line now and then, for logs. */
    private static final class Lines extends ProgressDisplay {
        private final Progress progress;
        private final PrintWriter err;
        private final ScheduledExecutorService ticker = ticker();

        Lines(Progress progress, PrintWriter err) {
            this.progress = progress;
            this.err = err;
            ticker.scheduleAtFixedRate(this::tick, LINE_TICK_MS, LINE_TICK_MS, TimeUnit.MILLISECONDS);
        }

        private void tick() {
            long total = progress.phaseTotalBytes();
            long done = Math.min(progress.phaseDoneBytes(), total);
            err.printf("[%d/%d] %s: %d%% of %.1f MB; %s%n", progress.phaseIndex(), progress.phaseCount(), progress.phase(),
                    total == 0 ? 0 : 100 * done / total, total / (double) MB, counts(progress));
            err.flush();
        }

        @Override
        public void close() {
            ticker.shutdownNow();
        }
    }
}
