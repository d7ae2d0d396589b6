package dev.saring.pipeline;

import dev.saring.io.CleanWriter;
import dev.saring.io.DocumentJson;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputError;
import dev.saring.io.JsonlWriter;
import dev.saring.io.OutputCompression;
import dev.saring.io.OutputFormat;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes what one segment of a {@link Plan} made of one shard, under the plan's names in an output folder:
 * kept documents (to {@code clean/} in the last segment, in internal form for the next pass otherwise),
 * rejects (dropped documents, and dropped lines of kept ones), input errors, a sample for the report, and
 * the shard's {@link Stats}. Every file is written under a temporary name and renamed into place on
 * {@link #commit()}, the stats file (the shard's {@linkplain Plan#doneMarker done marker}) last: a shard is
 * either done or absent, never half written. Counts documents kept and dropped, per language, lines
 * dropped, lengths. Not thread-safe: one sink per shard, fed in the shard's document order; {@link #stats()}
 * is, so workers may count into it. Keeps the counters of the run's {@link Accounting}: per input file
 * and per segment.
 *
 * <pre>{@code
 * try (ShardSink sink = ShardSink.open(out, plan, 0, plan.shards().get(0), OutputFormat.JSONL, OutputCompression.ZSTD,
 *         new Progress())) {
 *     for (Document d : docs) sink.write(chain.apply(d, sink.stats(), errors));
 *     errors.forEach(sink::error);
 *     sink.commit();
 * }
 * }</pre>
 */
public final class ShardSink implements AutoCloseable {

    private final int segment;
    private final int shard;
    private final String segmentKey;
    private final String file;
    private final Path outDir;
    private final boolean first;
    private final boolean last;
    private final LanguageCounts languageCounts;
    private final Progress progress;
    private final Stats stats = new Stats();
    private final RunSample sample = new RunSample();
    /** Kept documents for the next pass, in internal form; null in the last segment. */
    private final JsonlWriter kept;
    /** Kept documents of the last segment, to {@code clean/}; null before it. */
    private final CleanWriter clean;
    private final JsonlWriter rejects;
    private final JsonlWriter errors;

    private ShardSink(Path outDir, Plan plan, int segment, int shard, OutputFormat format, OutputCompression compression,
                      Progress progress) throws IOException {
        this.outDir = outDir;
        this.segment = segment;
        this.shard = shard;
        this.segmentKey = Integer.toString(segment);
        this.file = plan.shards().get(shard).file().name();
        this.first = segment == 0;
        this.last = plan.isLast(segment);
        this.languageCounts = new LanguageCounts(plan.pipeline());
        this.progress = progress;
        JsonlWriter k = null;
        CleanWriter c = null;
        JsonlWriter r = null;
        try {
            if (last) c = CleanWriter.create(outDir.resolve(Plan.cleanBase(shard)), format, compression);
            else k = JsonlWriter.create(outDir.resolve(Plan.keptPart(segment, shard)), OutputCompression.ZSTD);
            r = JsonlWriter.create(outDir.resolve(Plan.segmentRejects(segment, shard)), compression);
            this.errors = JsonlWriter.create(outDir.resolve(Plan.segmentErrors(segment, shard)), OutputCompression.NONE);
        } catch (IOException | RuntimeException e) {
            if (k != null) k.close();
            if (c != null) c.close();
            if (r != null) r.close();
            throw e;
        }
        this.kept = k;
        this.clean = c;
        this.rejects = r;
    }

    /**
     * A sink for {@code shard} in segment {@code segment} of {@code plan}, writing under {@code outDir}.
     *
     * @param format      of {@code clean/}
     * @param compression of {@code clean/} and rejects; what segments hand to passes is always zstd
     * @param progress    live counters to update (kept, dropped, errors)
     */
    public static ShardSink open(Path outDir, Plan plan, int segment, Plan.Shard shard, OutputFormat format,
                                 OutputCompression compression, Progress progress) throws IOException {
        Objects.requireNonNull(plan, "plan");
        if (segment < 0 || segment >= plan.segments().size()) {
            throw new IllegalArgumentException("segment must be in [0, " + plan.segments().size() + "), was " + segment);
        }
        return new ShardSink(outDir, plan, segment, shard.id(), Objects.requireNonNull(format, "format"),
                Objects.requireNonNull(compression, "compression"),
                Objects.requireNonNull(progress, "progress"));
    }

    /** The shard's counters; thread-safe, so a {@link StepChain} on another thread may count into it. */
    public Stats stats() {
        return stats;
    }

    /** Counts what the reader of the shard's input saw in the first segment: input bytes, skipped records. */
    public void countInput(Plan.Shard input, DocumentReader reader) {
        stats.add(Stats.BYTES, "input", input.length());
        reader.skipped().forEach((reason, n) -> {
            stats.add(Stats.SKIPPED, reason, n);
            stats.add(Accounting.FILE_SKIPPED, file, n);
        });
    }

    /** Writes an input or step error to the shard's errors. */
    public void error(InputError e) throws IOException {
        DocumentJson.writeError(errors.generator(), e);
        errors.endRecord();
        stats.add(Stats.ERRORS, e.kind(), 1);
        stats.add(Accounting.FILE_ERRORS, file, 1);
        progress.addErrors(1);
    }

    /** Writes a document's outcome: a drop to rejects, a kept document to clean (or to the next pass). */
    public void write(Outcome o) throws IOException {
        if (first) {
            stats.add(Stats.DOCUMENTS, "read", 1);
            stats.add(Accounting.FILE_READ, file, 1);
        }
        stats.add(Accounting.SEGMENT_IN, segmentKey, 1);
        if (o instanceof Outcome.Dropped dr) {
            DocumentJson.writeDroppedDocument(rejects.generator(), dr.document(), dr.step(), dr.reason());
            rejects.endRecord();
            stats.add(Stats.DOCUMENTS, "dropped", 1);
            stats.add(Stats.DROPPED, dr.step() + ":" + dr.reason(), 1);
            stats.add(Accounting.FILE_DROPPED, file, 1);
            stats.add(Accounting.SEGMENT_DROPPED, segmentKey, 1);
            languageCounts.dropped(stats, dr.document(), dr.step(), dr.reason());
            countDroppedLines(dr.document());
            dr.document().lang().ifPresent(l -> stats.add(Stats.LANGUAGE_DROPPED, l.code(), 1));
            sample.offerDropped(dr.document(), dr.step(), dr.reason());
            progress.addDropped(1);
            return;
        }
        Document d = o.document();
        stats.add(Accounting.SEGMENT_KEPT, segmentKey, 1);
        if (!last) {
            DocumentJson.writeInternal(kept.generator(), d);
            kept.endRecord();
            return;
        }
        clean.write(d);
        if (DocumentJson.writeDroppedLines(rejects.generator(), d) > 0) rejects.endRecord();
        countDroppedLines(d);
        stats.add(Stats.DOCUMENTS, "kept", 1);
        stats.add(Accounting.FILE_KEPT, file, 1);
        stats.countKept(d);
        languageCounts.kept(stats, d);
        long textBytes = d.text().getBytes(StandardCharsets.UTF_8).length;
        stats.add(Stats.BYTES, "output_text", textBytes);
        stats.add(Stats.LENGTH_KEPT, Stats.sizeBucket(textBytes), 1);
        d.lang().ifPresent(l -> stats.add(Stats.LANGUAGE_KEPT, l.code(), 1));
        d.meta().get("dup_cluster_size").ifPresent(n -> stats.add(Stats.DUP_CLUSTER_SIZE, n.toString(), 1));
        sample.offerKept(d);
        progress.addKept(1);
    }

    private void countDroppedLines(Document d) {
        for (Block b : d.blocks()) {
            if (b.isKept()) continue;
            stats.add(Stats.LINES_DROPPED, b.decision().step() + ":" + b.decision().reason(), 1);
            stats.add(Stats.LINES_DROPPED_ROLE, b.role().label() + "/" + b.decision().step() + ":" + b.decision().reason(), 1);
        }
    }

    /** Renames every file of the shard into place; the done marker comes last. */
    public void commit() throws IOException {
        if (kept != null) kept.commit();
        if (clean != null) clean.commit();
        rejects.commit();
        errors.commit();
        try (JsonlWriter sampleFile = JsonlWriter.create(outDir.resolve(Plan.segmentSample(segment, shard)), OutputCompression.NONE)) {
            sample.writeJson(sampleFile.generator());
            sampleFile.commit();
        }
        try (JsonlWriter statsFile = JsonlWriter.create(outDir.resolve(Plan.doneMarker(segment, shard)), OutputCompression.NONE)) {
            stats.writeJson(statsFile.generator());
            statsFile.commit();
        }
    }

    /** Deletes the temporary files of a shard that was not committed. */
    @Override
    public void close() throws IOException {
        try (kept; clean; rejects; errors) {
            // closes every one, even if one fails (try-with-resources skips the null one)
        }
    }
}
