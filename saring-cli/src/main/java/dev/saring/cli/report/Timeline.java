package dev.saring.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.io.AtomicFile;
import dev.saring.io.DocumentJson;
import dev.saring.pipeline.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The throughput of a run over time: the run's counters polled at an interval that doubles whenever the
 * points reach a bound, so a run of any length gives a few hundred points. Written as {@code timeline.json}.
 *
 * <pre>{@code
 * try (var timeline = Timeline.start(runner.progress())) {
 *     runner.run(...);
 *     timeline.stop().write(outDir);
 * }
 * }</pre>
 */
public final class Timeline implements AutoCloseable {

    public static final String FILE = "timeline.json";
    static final int MAX_POINTS = 400;
    private static final long FIRST_INTERVAL_MS = 250;

    /**
     * One observation.
     *
     * @param millis    since the start
     * @param phase     the run's phase then ({@code read}, {@code observe dedup-near} ...)
     * @param documents documents processed so far, in all phases
     * @param bytes     input bytes processed so far, in all phases
     */
    public record Point(long millis, String phase, long documents, long bytes) {
    }

    private final Progress progress;
    private final long start = System.nanoTime();
    private final List<Point> points = new ArrayList<>();
    private final ScheduledExecutorService ticker;
    private long interval = FIRST_INTERVAL_MS;
    private long lastAt;
    private String phase = "";
    private long bytesBeforePhase;
    private long lastPhaseBytes;

    private Timeline(Progress progress, boolean poll) {
        this.progress = progress;
        this.ticker = poll ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "saring-timeline");
            t.setDaemon(true);
            return t;
        }) : null;
        tick(true);
        if (poll) ticker.scheduleAtFixedRate(() -> tick(false), FIRST_INTERVAL_MS, FIRST_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /** Starts polling {@code progress}. */
    public static Timeline start(Progress progress) {
        return new Timeline(progress, true);
    }

    /** Points read back from {@code timeline.json}, or none when the file is absent. */
    public static List<Point> read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        var out = new ArrayList<Point>();
        if (!Files.exists(f)) return out;
        JsonNode n = DocumentJson.MAPPER.readTree(f.toFile());
        for (JsonNode p : n.path("points")) {
            out.add(new Point(p.path("t").asLong(), p.path("phase").asText(), p.path("documents").asLong(), p.path("bytes").asLong()));
        }
        return out;
    }

    private synchronized void tick(boolean force) {
        long now = (System.nanoTime() - start) / 1_000_000;
        if (!force && now - lastAt < interval) return;
        String p = progress.phase();
        long phaseBytes = progress.phaseDoneBytes();
        if (!p.equals(phase)) {
            bytesBeforePhase += lastPhaseBytes;
            phase = p;
        }
        lastPhaseBytes = phaseBytes;
        points.add(new Point(now, p, progress.documentsRead(), bytesBeforePhase + phaseBytes));
        lastAt = now;
        if (points.size() >= MAX_POINTS) {
            // keep every other point and poll half as often: the bound holds for a run of any length
            var thinned = new ArrayList<Point>();
            for (int i = 0; i < points.size(); i += 2) thinned.add(points.get(i));
            points.clear();
            points.addAll(thinned);
            interval *= 2;
        }
    }

    /** Stops polling and takes a last point. */
    public synchronized Timeline stop() {
        if (ticker != null) ticker.shutdownNow();
        tick(true);
        return this;
    }

    public synchronized List<Point> points() {
        return List.copyOf(points);
    }

    /** Writes {@code timeline.json} into the folder. */
    public synchronized void write(Path dir) throws IOException {
        try (var f = AtomicFile.create(dir.resolve(FILE))) {
            JsonGenerator g = DocumentJson.FACTORY.createGenerator(f.stream());
            g.writeStartObject();
            g.writeArrayFieldStart("points");
            for (Point p : points) {
                g.writeStartObject();
                g.writeNumberField("t", p.millis());
                g.writeStringField("phase", p.phase());
                g.writeNumberField("documents", p.documents());
                g.writeNumberField("bytes", p.bytes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            f.commit();
        }
    }

    @Override
    public void close() {
        if (ticker != null) ticker.shutdownNow();
    }
}
