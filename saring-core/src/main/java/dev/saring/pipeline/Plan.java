package dev.saring.pipeline;

import dev.saring.io.InputFile;
import dev.saring.io.InputFormat;
import dev.saring.io.InputSplit;
import dev.saring.io.InputSplits;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a run is, whatever runs it: the input cut into shards, the pipeline cut into segments at each pass,
 * the name of every shard's output and what marks a shard finished. Computed from the inputs and the
 * pipeline alone, so the local runner and the Spark runner execute the same plan and write the same
 * output. Immutable.
 *
 * <p>A run executes segment after segment. Segment 0 reads the input shards and applies the first steps;
 * segment {@code k > 0} applies the decider of its pass (after the pass observed every document segment
 * {@code k - 1} kept), then its steps. Each shard of each segment is committed on its own, its
 * {@linkplain #doneMarker done marker} last, so a stopped run resumes shard by shard. Names are relative
 * to the output folder, with {@code /} between parts, so that a runner can resolve them against any file
 * system.
 *
 * <pre>{@code
 * Plan plan = Plan.of(Readers.expand(List.of("crawl/")), pipeline);
 * for (Plan.Shard s : plan.shards()) {
 *     s.id();                        // 0, 1, ... in input order
 *     Plan.cleanBase(s.id());        // "clean/part-00000" (+ ".jsonl.zst", ".parquet", ...)
 * }
 * plan.segments().size();            // passes + 1
 * Plan.doneMarker(0, 3);             // "_work/seg-0/stats-00003.json"
 * }</pre>
 *
 * @param pipeline the pipeline the plan runs
 * @param shards   the input shards in input order (file by file, byte range by byte range); {@code shards.get(i).id() == i}
 */
public record Plan(Pipeline pipeline, List<Shard> shards) {

    /** Written last into the output folder of a finished run. */
    public static final String SUCCESS = "_SUCCESS";
    /** The folder of a run's intermediate files, deleted when the run finishes. */
    public static final String WORK = "_work";
    /** In {@link #WORK}: the {@link #text()} of the plan (and options) a stopped run was started with. */
    public static final String PLAN_FILE = WORK + "/plan.txt";

    public Plan {
        Objects.requireNonNull(pipeline, "pipeline");
        shards = List.copyOf(shards);
        for (int i = 0; i < shards.size(); i++) {
            if (shards.get(i).id() != i) {
                throw new IllegalArgumentException("shard " + i + " has id " + shards.get(i).id() + ": ids must be 0, 1, ... in order");
            }
        }
    }

    /**
     * One input shard: a split of one input file (the whole file, or a byte range of a large one that
     * starts at a record boundary). Its output is {@code part-NNNNN} with {@code NNNNN} its id, in every
     * folder of the output; the documents it yields carry the id as {@link dev.saring.model.Source#shard()}.
     * Open it with {@link dev.saring.io.Readers#open(InputFile, InputSplit, dev.saring.io.InputFormat,
     * dev.saring.io.ReaderOptions, dev.saring.io.InputErrorHandler)}.
     *
     * @param file  the input file
     * @param split the part of it; its end is at most the file's size as planned
     */
    public record Shard(InputFile file, InputSplit split) {
        public Shard {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(split, "split");
        }

        /** Index of the shard in the plan, from 0. */
        public int id() {
            return split.shard();
        }

        /** First byte of the shard in the file. */
        public long start() {
            return split.start();
        }

        /** The byte after the shard; the file's size for its last shard. */
        public long end() {
            return split.end();
        }

        /** Bytes of input in this shard. */
        public long length() {
            return split.end() - split.start();
        }
    }

    /**
     * The plan of a run of {@code pipeline} over {@code inputs}: one shard per input file, in the order
     * given ({@link dev.saring.io.Readers#expand} sorts them). A file that cannot be read still gets its
     * shard (of size 0), so that the error is reported where it belongs.
     */
    public static Plan of(List<InputFile> inputs, Pipeline pipeline) {
        var shards = new ArrayList<Shard>(inputs.size());
        for (InputFile f : inputs) shards.add(new Shard(f, new InputSplit(shards.size(), 0, sizeOf(f), 1)));
        return new Plan(pipeline, shards);
    }

    /**
     * The plan of a run in which a large file is cut into shards of about {@code shardBytes} at record
     * boundaries where its format allows ({@link InputSplits}: plain JSON Lines, WARC and WET of one gzip
     * member per record); every other file is one shard. The documents, their order and ids are the same
     * whatever {@code shardBytes}; only the numbering of {@code part-NNNNN} changes.
     *
     * <pre>{@code
     * Plan plan = Plan.of(Readers.expand(List.of("big.jsonl")), pipeline, InputFormat.AUTO, 64L << 20);
     * }</pre>
     */
    public static Plan of(List<InputFile> inputs, Pipeline pipeline, InputFormat format, long shardBytes) {
        var shards = new ArrayList<Shard>(inputs.size());
        for (InputFile f : inputs) {
            long size = sizeOf(f);
            for (InputSplit s : InputSplits.of(f, format, shardBytes, shards.size())) {
                shards.add(new Shard(f, new InputSplit(s.shard(), s.start(), Math.min(s.end(), size), s.firstLine())));
            }
        }
        return new Plan(pipeline, shards);
    }

    /** The pipeline cut at its passes; see {@link Pipeline#segments()}. */
    public List<Pipeline.Segment> segments() {
        return pipeline.segments();
    }

    /** Whether segment {@code k} is the last one, the one that writes {@code clean/}. */
    public boolean isLast(int segment) {
        return segment == segments().size() - 1;
    }

    /** Observe phases and apply phases of a run: one apply per segment, one observe per pass. */
    public int phases() {
        return 2 * segments().size() - 1;
    }

    /** Total input bytes. */
    public long inputBytes() {
        return shards.stream().mapToLong(Shard::length).sum();
    }

    /**
     * What a stopped run must agree on to be resumed: the pipeline and every shard. Options that change
     * the output (compression) are added by the runner.
     */
    public String text() {
        var sb = new StringBuilder();
        sb.append("pipeline ").append(pipeline).append('\n');
        for (Shard s : shards) {
            sb.append("input ").append(s.id()).append(' ').append(s.file().name()).append(' ').append(s.start())
                    .append(' ').append(s.end()).append('\n');
        }
        return sb.toString();
    }

    /**
     * What a stopped run must agree on to be resumed, as both runners record it in {@link #PLAN_FILE}:
     * {@link #text()}, the format and compression of the output, and the version of saring that wrote it (a resumed
     * run of another version could write other bytes for the same input).
     */
    public String resumeText(dev.saring.io.OutputFormat format, dev.saring.io.OutputCompression compression) {
        return text() + "format " + format + "\n" + "compression " + compression + "\n" + "saring " + version() + "\n";
    }

    /** The version of saring in the jar's manifest, {@code dev} when run from classes. */
    public static String version() {
        String v = Plan.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** {@code part-NNNNN.jsonl}: the name of shard {@code shard}'s output, before the compression's suffix. */
    public static String partName(int shard) {
        return String.format("part-%05d.jsonl", shard);
    }

    /**
     * {@code clean/part-NNNNN}: kept documents of the last segment, before the format's extension
     * ({@code .jsonl} and the compression's suffix, or {@code .parquet}).
     */
    public static String cleanBase(int shard) {
        return String.format("clean/part-%05d", shard);
    }

    /** {@code rejects/part-NNNNN.jsonl}: the rejects of every segment of a shard, in segment order. */
    public static String rejectsPart(int shard) {
        return "rejects/" + partName(shard);
    }

    /** The folder of segment {@code k}'s per-shard files. */
    public static String segmentFolder(int segment) {
        return WORK + "/seg-" + segment;
    }

    /** The folder a pass may spill to while it observes, before segment {@code k}. */
    public static String passFolder(int segment) {
        return WORK + "/pass-" + segment;
    }

    /** Documents segment {@code k} kept and hands to the next pass, in internal form and always zstd (add {@code .zst}). */
    public static String keptPart(int segment, int shard) {
        return segmentFolder(segment) + "/" + partName(shard);
    }

    /** What segment {@code k} dropped of a shard (add the compression's suffix). */
    public static String segmentRejects(int segment, int shard) {
        return segmentFolder(segment) + "/rejects-" + partName(shard);
    }

    /** The input errors of a shard met in segment {@code k}, plain JSONL. */
    public static String segmentErrors(int segment, int shard) {
        return segmentFolder(segment) + "/errors-" + partName(shard);
    }

    /** A few documents and lines of a shard in segment {@code k}, for the report. */
    public static String segmentSample(int segment, int shard) {
        return segmentFolder(segment) + String.format("/sample-%05d.json", shard);
    }

    /**
     * The counters of a shard in segment {@code k}; written after everything else of the shard, so it
     * also marks the shard done: a resumed run skips the shards whose marker exists.
     */
    public static String doneMarker(int segment, int shard) {
        return segmentFolder(segment) + String.format("/stats-%05d.json", shard);
    }

    private static long sizeOf(InputFile f) {
        try {
            return Files.size(f.path());
        } catch (IOException e) {
            return 0;
        }
    }
}
