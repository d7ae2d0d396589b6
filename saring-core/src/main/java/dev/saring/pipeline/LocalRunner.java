package dev.saring.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.saring.io.DocumentJson;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputError;
import dev.saring.io.InputErrorHandler;
import dev.saring.io.InputException;
import dev.saring.io.InputFile;
import dev.saring.io.JsonlWriter;
import dev.saring.io.OutputCompression;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs a {@link Pipeline} on one machine, on all its cores, in bounded memory, with output that is the same
 * byte for byte whatever the number of threads.
 *
 * <p>How: the pipeline is cut at its passes into segments. Each segment reads every input shard (a file)
 * on its own thread, in batches; batches are processed by a pool of workers and written back in read
 * order, with a bounded number of batches in flight. A segment followed by a pass writes its kept
 * documents to a work folder; the pass observes them all, then the next segment reads them again with the
 * pass's decider in front of its steps. Every shard of every segment is committed atomically with a done
 * marker, so an interrupted run continues where it stopped ({@link Options#resume()}).
 *
 * <pre>{@code
 * var runner = new LocalRunner(pipeline, LocalRunner.Options.defaults(Path.of("out")));
 * LocalRunner.Result r = runner.run(Readers.expand(List.of("crawl/")),
 *         (file, errors) -> Readers.open(file, InputFormat.AUTO, ReaderOptions.DEFAULTS, errors));
 * }</pre>
 *
 * Output folder: {@code clean/part-NNNNN.jsonl.zst}, {@code rejects/part-NNNNN.jsonl.zst},
 * {@code errors.jsonl}, {@code stats.json}, {@code sample.json} (a few documents and lines, for reports), and
 * {@code _SUCCESS} last.
 */
public final class LocalRunner {

    /** Opens one input file; problems go to the handler. */
    @FunctionalInterface
    public interface ReaderFactory {
        DocumentReader open(InputFile file, InputErrorHandler errors) throws IOException;
    }

    /**
     * How to run.
     *
     * @param outDir          the output folder
     * @param threads         worker threads (and shards read at once)
     * @param compression     of {@code clean/} and {@code rejects/}
     * @param resume          continue an interrupted run in {@code outDir}
     * @param failFast        stop at the first bad input record or failing step
     * @param passMemoryBytes heap a pass may use before spilling to disk
     */
    public record Options(Path outDir, int threads, OutputCompression compression, boolean resume, boolean failFast,
                          long passMemoryBytes) {

        public Options {
            Objects.requireNonNull(outDir, "outDir");
            Objects.requireNonNull(compression, "compression");
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            if (passMemoryBytes < 1) throw new IllegalArgumentException("passMemoryBytes must be >= 1, was " + passMemoryBytes);
        }

        /** All cores, zstd, a quarter of the heap for passes. */
        public static Options defaults(Path outDir) {
            return new Options(outDir, Runtime.getRuntime().availableProcessors(), OutputCompression.ZSTD, false, false,
                    Runtime.getRuntime().maxMemory() / 4);
        }

        public Options withOutDir(Path dir) {
            return new Options(dir, threads, compression, resume, failFast, passMemoryBytes);
        }

        public Options withThreads(int n) {
            return new Options(outDir, n, compression, resume, failFast, passMemoryBytes);
        }

        public Options withCompression(OutputCompression c) {
            return new Options(outDir, threads, c, resume, failFast, passMemoryBytes);
        }

        public Options withResume(boolean r) {
            return new Options(outDir, threads, compression, r, failFast, passMemoryBytes);
        }

        public Options withFailFast(boolean f) {
            return new Options(outDir, threads, compression, resume, f, passMemoryBytes);
        }

        public Options withPassMemoryBytes(long m) {
            return new Options(outDir, threads, compression, resume, failFast, m);
        }
    }

    /**
     * What a run did.
     *
     * @param stats       all counters, as in {@code stats.json}
     * @param alreadyDone the output folder held a finished run and {@code resume} was asked: nothing was done
     */
    public record Result(Stats stats, Duration elapsed, boolean alreadyDone) {
        public long documentsRead() {
            return stats.get(Stats.DOCUMENTS, "read");
        }

        public long documentsKept() {
            return stats.get(Stats.DOCUMENTS, "kept");
        }

        public long errors() {
            return stats.section(Stats.ERRORS).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static final String SUCCESS = "_SUCCESS";
    static final String WORK = "_work";
    private static final String PLAN = "plan.txt";
    /** A batch closes at this many documents or bytes: big enough to amortise hand-offs, small enough to bound memory. */
    private static final int BATCH_DOCS = 256;
    private static final long BATCH_BYTES = 4L << 20;

    private final Pipeline pipeline;
    private final LanguageCounts languageCounts;
    private final Options options;
    private final Progress progress = new Progress();

    public LocalRunner(Pipeline pipeline, Options options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.languageCounts = new LanguageCounts(pipeline);
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Live counters, to show progress from another thread. */
    public Progress progress() {
        return progress;
    }

    /**
     * Runs the pipeline over the inputs into {@link Options#outDir()}.
     *
     * @throws OutputFolderException the output folder cannot be used (not empty, finished, changed plan)
     * @throws InputException        fail-fast was asked and an input record or a step failed
     */
    public Result run(List<InputFile> inputs, ReaderFactory readers) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path out = options.outDir();
        Path work = out.resolve(WORK);
        String plan = plan(inputs);
        if (prepareOutput(out, work, plan)) {
            return new Result(Stats.readJson(DocumentJson.MAPPER.readTree(out.resolve("stats.json").toFile())),
                    Duration.ZERO, true);
        }
        List<Pipeline.Segment> segments = pipeline.segments();
        int phases = 2 * segments.size() - 1;
        var pools = new Pools(options.threads());
        try {
            for (int k = 0; k < segments.size(); k++) {
                runSegment(k, segments, inputs, readers, pools, phases);
            }
        } finally {
            pools.close();
        }
        Stats stats = finish(out, work, inputs.size(), segments.size(), start);
        return new Result(stats, Duration.ofNanos(System.nanoTime() - start), false);
    }

    private void runSegment(int k, List<Pipeline.Segment> segments, List<InputFile> inputs, ReaderFactory readers,
                            Pools pools, int phases) throws IOException, InterruptedException {
        Pipeline.Segment seg = segments.get(k);
        boolean last = k == segments.size() - 1;
        Path segDir = segDir(k);
        Files.createDirectories(segDir);
        List<Step> steps = new ArrayList<>();
        Pass.Observation observation = null;
        try {
            if (seg.pass() != null) {
                Path passDir = options.outDir().resolve(WORK).resolve("pass-" + k);
                deleteTree(passDir);
                Files.createDirectories(passDir);
                observation = seg.pass().start(new PassContext(passDir, options.passMemoryBytes(), options.threads()));
                observe(k, inputs.size(), observation, pools, phases);
                Step decider = observation.decider();
                steps.add(Step.of(seg.pass().name(), decider::apply));
            }
            steps.addAll(seg.steps());
            progress.startPhase(k == 0 ? "read" : "apply " + seg.pass().name(), 2 * k + 1, phases,
                    k == 0 ? totalSize(inputs.stream().map(InputFile::path)) : totalSize(internalParts(k - 1, inputs.size())));
            var tasks = new ArrayList<Callable<Void>>();
            for (int s = 0; s < inputs.size(); s++) {
                if (Files.exists(segDir.resolve(statsName(s)))) continue; // done before an interruption
                final int shard = s;
                tasks.add(() -> {
                    applyShard(k, shard, inputs.get(shard), readers, steps, last, pools);
                    return null;
                });
            }
            pools.runAll(tasks);
        } finally {
            if (observation != null) {
                observation.close();
                deleteTree(options.outDir().resolve(WORK).resolve("pass-" + k));
            }
        }
    }

    private void observe(int k, int shards, Pass.Observation obs, Pools pools, int phases) throws IOException, InterruptedException {
        List<Path> parts = internalParts(k - 1, shards);
        progress.startPhase("observe " + pipeline.segments().get(k).pass().name(), 2 * k, phases, totalSize(parts));
        var tasks = new ArrayList<Callable<Void>>();
        for (Path part : parts) {
            tasks.add(() -> {
                try (var reader = new InternalReader(part)) {
                    orderedBatches(reader, new ArrayList<>(), pools, batch -> {
                        batch.docs().forEach(obs::observe);
                        return null;
                    }, ignored -> {
                    });
                }
                return null;
            });
        }
        pools.runAll(tasks);
    }

    private void applyShard(int k, int shard, InputFile input, ReaderFactory readers, List<Step> steps, boolean last,
                            Pools pools) throws IOException, InterruptedException {
        Path segDir = segDir(k);
        var stats = new Stats();
        var sample = new RunSample();
        var readErrors = new ArrayList<InputError>();
        InputErrorHandler handler = e -> {
            if (options.failFast()) throw new InputException(e);
            readErrors.add(e);
        };
        OutputCompression c = options.compression();
        Path keptBase = last ? options.outDir().resolve("clean").resolve(partName(shard))
                : segDir.resolve(partName(shard));
        try (DocumentReader reader = k == 0 ? readers.open(input, handler) : new InternalReader(internalPart(k - 1, shard));
             JsonlWriter kept = JsonlWriter.create(keptBase, last ? c : OutputCompression.ZSTD);
             JsonlWriter rejects = JsonlWriter.create(segDir.resolve("rejects-" + partName(shard)), c);
             JsonlWriter errors = JsonlWriter.create(segDir.resolve("errors-" + partName(shard)), OutputCompression.NONE)) {
            orderedBatches(reader, readErrors, pools, batch -> {
                        if (k == 0) countRead(batch.docs(), stats);
                        return applySteps(batch, steps, stats);
                    },
                    result -> write(result, last, kept, rejects, errors, stats, sample, k == 0));
            if (k == 0) {
                stats.add(Stats.BYTES, "input", sizeOf(input.path()));
                reader.skipped().forEach((reason, n) -> stats.add(Stats.SKIPPED, reason, n));
            }
            kept.commit();
            rejects.commit();
            errors.commit();
        }
        // the stats file marks the shard done, so it comes last
        try (JsonlWriter sampleFile = JsonlWriter.create(segDir.resolve(sampleName(shard)), OutputCompression.NONE)) {
            sample.writeJson(sampleFile.generator());
            sampleFile.commit();
        }
        try (JsonlWriter statsFile = JsonlWriter.create(segDir.resolve(statsName(shard)), OutputCompression.NONE)) {
            stats.writeJson(statsFile.generator());
            statsFile.commit();
        }
    }

    /** Sizes of documents as read (record bytes), for the report's histogram. */
    private static void countRead(List<Document> docs, Stats stats) {
        for (Document d : docs) {
            long size = d.raw().isPresent() ? d.raw().get().bytes().length : utf8Length(d.text());
            stats.add(Stats.LENGTH_READ, Stats.sizeBucket(size), 1);
            stats.add(Stats.BYTES, "read", size);
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    /** A batch of documents in read order, with the input errors met while reading it. */
    private record Batch(List<Document> docs, List<InputError> readErrors) {
    }

    /** What became of a batch: an outcome per document, in order, and errors (read, then step) in order. */
    private record BatchResult(List<Outcome> outcomes, List<InputError> errors) {
    }

    /**
     * Reads batches on this thread, processes them on the worker pool, and hands results to {@code write} on
     * this thread in read order. At most a fixed number of batches are in flight across all shards.
     */
    private <R> void orderedBatches(DocumentReader reader, List<InputError> readErrors, Pools pools,
                                    Function<Batch, R> work, IoConsumer<R> write) throws IOException, InterruptedException {
        var inflight = new ArrayDeque<Future<R>>();
        long lastBytes = 0;
        try {
            while (true) {
                Batch batch = readBatch(reader, readErrors);
                long bytes = reader.bytesRead();
                progress.addBytes(bytes - lastBytes);
                lastBytes = bytes;
                if (batch == null) break;
                while (!pools.inflight.tryAcquire()) {
                    if (inflight.isEmpty()) {
                        pools.inflight.acquire();
                        break;
                    }
                    drainOne(inflight, pools, write);
                }
                inflight.add(pools.workers.submit(() -> work.apply(batch)));
            }
            while (!inflight.isEmpty()) drainOne(inflight, pools, write);
        } finally {
            for (Future<R> f : inflight) {
                f.cancel(true);
                pools.inflight.release();
            }
        }
    }

    private <R> void drainOne(ArrayDeque<Future<R>> inflight, Pools pools, IoConsumer<R> write)
            throws IOException, InterruptedException {
        Future<R> f = inflight.peek();
        R r;
        try {
            r = f.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        inflight.poll();
        pools.inflight.release();
        write.accept(r);
    }

    private Batch readBatch(DocumentReader reader, List<InputError> readErrors) throws IOException {
        var docs = new ArrayList<Document>();
        long bytes = 0;
        while (docs.size() < BATCH_DOCS && bytes < BATCH_BYTES) {
            var next = reader.next();
            if (next.isEmpty()) break;
            Document d = next.get();
            docs.add(d);
            bytes += d.text().length() + d.raw().map(r -> r.bytes().length).orElse(0);
        }
        var errors = new ArrayList<>(readErrors);
        readErrors.clear();
        progress.addRead(docs.size());
        if (docs.isEmpty() && errors.isEmpty()) return null;
        return new Batch(docs, errors);
    }

    private BatchResult applySteps(Batch batch, List<Step> steps, Stats stats) {
        var outcomes = new ArrayList<Outcome>(batch.docs().size());
        var errors = new ArrayList<>(batch.readErrors());
        for (Document doc : batch.docs()) {
            outcomes.add(applySteps(doc, steps, stats, errors));
        }
        return new BatchResult(outcomes, errors);
    }

    private Outcome applySteps(Document doc, List<Step> steps, Stats stats, List<InputError> errors) {
        Document d = doc;
        for (Step step : steps) {
            long t0 = System.nanoTime();
            Outcome o;
            try {
                o = step.apply(d);
            } catch (InputException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // A step that fails on one document must not stop the run: the document is dropped and explained.
                var error = new InputError(d.source().file(), d.source().offset(), d.source().line(), "step-error",
                        step.name() + " failed on " + d.id() + ": " + e);
                if (options.failFast()) throw new InputException(error);
                errors.add(error);
                o = Outcome.drop(d, step.name(), "error:" + e.getClass().getSimpleName());
            }
            stats.add(Stats.STEP_NANOS, step.name(), System.nanoTime() - t0);
            stats.add(Stats.STEP_IN, step.name(), 1);
            if (o instanceof Outcome.Dropped) {
                stats.add(Stats.STEP_DROPPED, step.name(), 1);
                return o;
            }
            d = o.document();
            stats.add(Stats.STEP_BYTES_OUT, step.name(), utf8Length(d.text()));
        }
        return Outcome.keep(d);
    }

    private void write(BatchResult result, boolean last, JsonlWriter kept, JsonlWriter rejects, JsonlWriter errors,
                       Stats stats, RunSample sample, boolean firstSegment) throws IOException {
        for (InputError e : result.errors()) {
            DocumentJson.writeError(errors.generator(), e);
            errors.endRecord();
            stats.add(Stats.ERRORS, e.kind(), 1);
        }
        progress.addErrors(result.errors().size());
        for (Outcome o : result.outcomes()) {
            if (firstSegment) stats.add(Stats.DOCUMENTS, "read", 1);
            if (o instanceof Outcome.Dropped dr) {
                DocumentJson.writeDroppedDocument(rejects.generator(), dr.document(), dr.step(), dr.reason());
                rejects.endRecord();
                stats.add(Stats.DOCUMENTS, "dropped", 1);
                stats.add(Stats.DROPPED, dr.step() + ":" + dr.reason(), 1);
                languageCounts.dropped(stats, dr.document(), dr.step(), dr.reason());
                countDroppedLines(dr.document(), stats);
                dr.document().lang().ifPresent(l -> stats.add(Stats.LANGUAGE_DROPPED, l.code(), 1));
                sample.offerDropped(dr.document(), dr.step(), dr.reason());
                progress.addDropped(1);
                continue;
            }
            Document d = o.document();
            if (!last) {
                DocumentJson.writeInternal(kept.generator(), d);
                kept.endRecord();
                continue;
            }
            DocumentJson.writeClean(kept.generator(), d);
            kept.endRecord();
            if (DocumentJson.writeDroppedLines(rejects.generator(), d) > 0) rejects.endRecord();
            countDroppedLines(d, stats);
            stats.add(Stats.DOCUMENTS, "kept", 1);
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
    }

    private static void countDroppedLines(Document d, Stats stats) {
        for (Block b : d.blocks()) {
            if (b.isKept()) continue;
            stats.add(Stats.LINES_DROPPED, b.decision().step() + ":" + b.decision().reason(), 1);
            stats.add(Stats.LINES_DROPPED_ROLE, b.role().label() + "/" + b.decision().step() + ":" + b.decision().reason(), 1);
        }
    }

    /** Assembles the shards' parts into the final layout and writes stats.json and _SUCCESS. */
    private Stats finish(Path out, Path work, int shards, int segments, long startNanos) throws IOException {
        var stats = new Stats();
        var sample = new RunSample();
        String suffix = options.compression().suffix();
        Files.createDirectories(out.resolve("rejects"));
        Files.createDirectories(out.resolve("clean"));
        try (var errorsFile = dev.saring.io.AtomicFile.create(out.resolve("errors.jsonl"))) {
            for (int s = 0; s < shards; s++) {
                try (var rejects = dev.saring.io.AtomicFile.create(out.resolve("rejects").resolve(partName(s) + suffix))) {
                    for (int k = 0; k < segments; k++) {
                        // zstd frames, gzip members and plain lines all concatenate into a valid file
                        append(segDir(k).resolve("rejects-" + partName(s) + suffix), rejects.stream());
                        append(segDir(k).resolve("errors-" + partName(s)), errorsFile.stream());
                        stats.merge(Stats.readJson(DocumentJson.MAPPER.readTree(segDir(k).resolve(statsName(s)).toFile())));
                        sample.merge(RunSample.readJson(DocumentJson.MAPPER.readTree(segDir(k).resolve(sampleName(s)).toFile())));
                    }
                    rejects.commit();
                }
            }
            errorsFile.commit();
        }
        stats.add("run", "threads", options.threads());
        stats.add("run", "shards", shards);
        stats.add("run", "elapsed_ms", (System.nanoTime() - startNanos) / 1_000_000);
        try (var f = dev.saring.io.AtomicFile.create(out.resolve("stats.json"))) {
            JsonGenerator g = DocumentJson.FACTORY.createGenerator(f.stream()).useDefaultPrettyPrinter();
            stats.writeJson(g);
            g.flush();
            f.stream().write('\n');
            f.commit();
        }
        try (var f = dev.saring.io.AtomicFile.create(out.resolve(RunSample.FILE))) {
            JsonGenerator g = DocumentJson.FACTORY.createGenerator(f.stream());
            sample.writeJson(g);
            g.flush();
            f.commit();
        }
        deleteTree(work);
        Files.createFile(out.resolve(SUCCESS));
        return stats;
    }

    /**
     * Checks and prepares the output folder. Returns true when it already holds this finished run and
     * resume was asked.
     */
    private boolean prepareOutput(Path out, Path work, String plan) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputFolderException(out + " exists and is not a folder");
        }
        if (Files.exists(out.resolve(SUCCESS))) {
            if (options.resume()) return true;
            throw new OutputFolderException(out + " already holds a finished run: choose another folder or delete it");
        }
        Path planFile = work.resolve(PLAN);
        if (Files.isDirectory(out) && !isEmpty(out)) {
            if (!options.resume()) {
                throw new OutputFolderException(out + " is not empty: add --resume to continue the run that stopped there, or choose another folder");
            }
            if (Files.exists(planFile) && !Files.readString(planFile).equals(plan)) {
                throw new OutputFolderException(out + " holds a run of other inputs or another pipeline: it cannot be resumed with these");
            }
        }
        try {
            Files.createDirectories(work);
            if (!Files.exists(planFile)) Files.writeString(planFile, plan);
        } catch (IOException e) {
            throw new OutputFolderException("cannot write to " + out + ": " + e.getMessage());
        }
        return false;
    }

    /** What a resumed run must agree on: inputs, pipeline, output compression. */
    private String plan(List<InputFile> inputs) throws IOException {
        var sb = new StringBuilder();
        sb.append("pipeline ").append(pipeline).append('\n');
        sb.append("compression ").append(options.compression()).append('\n');
        for (InputFile f : inputs) sb.append("input ").append(f.shard()).append(' ').append(f.name()).append(' ').append(sizeOf(f.path())).append('\n');
        return sb.toString();
    }

    private Path segDir(int k) {
        return options.outDir().resolve(WORK).resolve("seg-" + k);
    }

    private Path internalPart(int k, int shard) {
        return segDir(k).resolve(partName(shard) + OutputCompression.ZSTD.suffix());
    }

    private List<Path> internalParts(int k, int shards) {
        var parts = new ArrayList<Path>();
        for (int s = 0; s < shards; s++) parts.add(internalPart(k, s));
        return parts;
    }

    static String partName(int shard) {
        return String.format("part-%05d.jsonl", shard);
    }

    private static String statsName(int shard) {
        return String.format("stats-%05d.json", shard);
    }

    private static String sampleName(int shard) {
        return String.format("sample-%05d.json", shard);
    }

    private static long totalSize(List<Path> paths) {
        return totalSize(paths.stream());
    }

    private static long totalSize(Stream<Path> paths) {
        return paths.mapToLong(LocalRunner::sizeOf).sum();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void append(Path from, OutputStream to) throws IOException {
        try (InputStream in = Files.newInputStream(from)) {
            in.transferTo(to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static RuntimeException rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) throw io;
        if (t instanceof UncheckedIOException u) throw u.getCause();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    @FunctionalInterface
    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    /** The two pools of a run: one thread per shard being read and written, and the workers that run steps. */
    private static final class Pools implements AutoCloseable {
        final ExecutorService shards;
        final ExecutorService workers;
        final Semaphore inflight;

        Pools(int threads) {
            shards = Executors.newFixedThreadPool(threads, named("saring-shard"));
            workers = Executors.newFixedThreadPool(threads, named("saring-worker"));
            // Two batches per worker keep every core busy while a shard thread writes; the bound holds memory.
            inflight = new Semaphore(2 * threads + 2);
        }

        /** Runs the tasks on the shard pool; the first failure cancels the rest and is thrown. */
        void runAll(List<Callable<Void>> tasks) throws IOException, InterruptedException {
            var futures = new ArrayList<Future<Void>>();
            for (var t : tasks) futures.add(shards.submit(t));
            try {
                for (var f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw rethrow(e.getCause());
                    }
                }
            } finally {
                for (var f : futures) f.cancel(true);
            }
        }

        @Override
        public void close() {
            shards.shutdownNow();
            workers.shutdownNow();
        }

        private static ThreadFactory named(String prefix) {
            var n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
