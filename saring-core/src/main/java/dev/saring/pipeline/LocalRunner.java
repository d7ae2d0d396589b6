package dev.saring.pipeline;

import dev.saring.io.AtomicFile;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputError;
import dev.saring.io.InputErrorHandler;
import dev.saring.io.InputException;
import dev.saring.io.InputFile;
import dev.saring.io.OutputCompression;
import dev.saring.io.OutputFormat;
import dev.saring.model.Document;
import dev.saring.model.Outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Executes a {@link Plan} on one machine, on all its cores, in bounded memory, with output that is the same
 * byte for byte whatever the number of threads. The plan says what the run is (shards, segments, names,
 * done markers); {@link StepChain} and {@link ShardSink} do the work on each document and shard, as in every
 * runner; this class only says how the work is spread over threads.
 *
 * <p>How: each segment reads every input shard on its own thread, in batches; batches are processed by a
 * pool of workers and written back in read order, with a bounded number of batches in flight. A segment
 * followed by a pass writes its kept documents to the work folder; the pass observes them all, then the
 * next segment reads them again with the pass's decider in front of its steps. Every shard of every
 * segment is committed atomically with a done marker, so an interrupted run continues where it stopped
 * ({@link Options#resume()}).
 *
 * <pre>{@code
 * var runner = new LocalRunner(pipeline, LocalRunner.Options.defaults(Path.of("out")));
 * LocalRunner.Result r = runner.run(Readers.expand(List.of("crawl/")),
 *         (shard, errors) -> Readers.open(shard.file(), InputFormat.AUTO, ReaderOptions.DEFAULTS, errors));
 * }</pre>
 *
 * Output folder: {@code clean/part-NNNNN.jsonl.zst}, {@code rejects/part-NNNNN.jsonl.zst},
 * {@code errors.jsonl}, {@code stats.json}, {@code sample.json} (a few documents and lines, for reports), and
 * {@code _SUCCESS} last; see {@link OutputFolder}.
 */
public final class LocalRunner {

    /**
     * How to run.
     *
     * @param outDir          the output folder
     * @param threads         worker threads (and shards read at once)
     * @param format          of {@code clean/}: JSONL or Parquet
     * @param compression     of {@code clean/} and {@code rejects/}
     * @param resume          continue an interrupted run in {@code outDir}
     * @param failFast        stop at the first bad input record or failing step
     * @param passMemoryBytes heap a pass may use before spilling to disk
     */
    public record Options(Path outDir, int threads, OutputFormat format, OutputCompression compression, boolean resume,
                          boolean failFast, long passMemoryBytes) {

        public Options {
            Objects.requireNonNull(outDir, "outDir");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(compression, "compression");
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            if (passMemoryBytes < 1) throw new IllegalArgumentException("passMemoryBytes must be >= 1, was " + passMemoryBytes);
        }

        /** All cores, JSONL and zstd, a quarter of the heap for passes. */
        public static Options defaults(Path outDir) {
            return new Options(outDir, Runtime.getRuntime().availableProcessors(), OutputFormat.JSONL, OutputCompression.ZSTD,
                    false, false, Runtime.getRuntime().maxMemory() / 4);
        }

        public Options withOutDir(Path dir) {
            return new Options(dir, threads, format, compression, resume, failFast, passMemoryBytes);
        }

        public Options withThreads(int n) {
            return new Options(outDir, n, format, compression, resume, failFast, passMemoryBytes);
        }

        public Options withFormat(OutputFormat f) {
            return new Options(outDir, threads, f, compression, resume, failFast, passMemoryBytes);
        }

        public Options withCompression(OutputCompression c) {
            return new Options(outDir, threads, format, c, resume, failFast, passMemoryBytes);
        }

        public Options withResume(boolean r) {
            return new Options(outDir, threads, format, compression, r, failFast, passMemoryBytes);
        }

        public Options withFailFast(boolean f) {
            return new Options(outDir, threads, format, compression, resume, f, passMemoryBytes);
        }

        public Options withPassMemoryBytes(long m) {
            return new Options(outDir, threads, format, compression, resume, failFast, m);
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

    /** A batch closes at this many documents or bytes: big enough to amortise hand-offs, small enough to bound memory. */
    private static final int BATCH_DOCS = 256;
    private static final long BATCH_BYTES = 4L << 20;

    private final Pipeline pipeline;
    private final Options options;
    private final Progress progress = new Progress();

    public LocalRunner(Pipeline pipeline, Options options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Live counters, to show progress from another thread. */
    public Progress progress() {
        return progress;
    }

    /**
     * Runs the pipeline over the inputs into {@link Options#outDir()}: the {@link Plan} of these inputs.
     *
     * @throws OutputFolderException the output folder cannot be used (not empty, finished, changed plan)
     * @throws InputException        fail-fast was asked and an input record or a step failed
     */
    public Result run(List<InputFile> inputs, ReaderFactory readers) throws IOException, InterruptedException {
        return run(Plan.of(inputs, pipeline), readers);
    }

    /** Executes a plan of this runner's pipeline; see {@link #run(List, ReaderFactory)}. */
    public Result run(Plan plan, ReaderFactory readers) throws IOException, InterruptedException {
        return run(plan, readers, (dir, stats) -> {
        });
    }

    /**
     * What the caller of a run adds to its output folder (a report, the config it ran with): called once
     * {@code stats.json} is written and before {@code _SUCCESS}, so that {@code _SUCCESS} still comes last
     * and a run killed before it is finished by {@code --resume}, these files included.
     */
    @FunctionalInterface
    public interface Finisher {
        void finish(Path outDir, Stats stats) throws IOException;
    }

    /**
     * Executes a plan of this runner's pipeline and lets {@code finisher} add its files before
     * {@code _SUCCESS}; not called when the folder already held the finished run.
     */
    public Result run(Plan plan, ReaderFactory readers, Finisher finisher) throws IOException, InterruptedException {
        Objects.requireNonNull(finisher, "finisher");
        if (!plan.pipeline().equals(pipeline)) throw new IllegalArgumentException("the plan is of another pipeline");
        long start = System.nanoTime();
        Path out = options.outDir();
        if (OutputFolder.prepare(out, plan.resumeText(options.format(), options.compression()), options.resume())) {
            return new Result(OutputFolder.finishedStats(out), Duration.ZERO, true);
        }
        try (var pools = new Pools(options.threads())) {
            for (int k = 0; k < plan.segments().size(); k++) runSegment(plan, k, readers, pools);
        }
        Stats stats = OutputFolder.assemble(out, plan, options.compression());
        stats.add("run", "threads", options.threads());
        stats.add("run", "shards", plan.shards().size());
        stats.add("run", "elapsed_ms", (System.nanoTime() - start) / 1_000_000);
        OutputFolder.writeStats(out, plan, stats);
        finisher.finish(out, stats);
        OutputFolder.markDone(out);
        return new Result(stats, Duration.ofNanos(System.nanoTime() - start), false);
    }

    private void runSegment(Plan plan, int k, ReaderFactory readers, Pools pools) throws IOException, InterruptedException {
        Pipeline.Segment seg = plan.segments().get(k);
        Path out = options.outDir();
        // a resumed run does not observe a pass again for a segment whose every shard is done
        if (plan.shards().stream().allMatch(s -> Files.exists(out.resolve(Plan.doneMarker(k, s.id()))))) return;
        AtomicFile.createDirectories(out.resolve(Plan.segmentFolder(k)));
        Pass.Observation observation = null;
        Path passDir = out.resolve(Plan.passFolder(k));
        try {
            Step decider = null;
            if (seg.pass() != null) {
                OutputFolder.deleteTree(passDir);
                AtomicFile.createDirectories(passDir);
                observation = seg.pass().start(new PassContext(passDir, options.passMemoryBytes(), options.threads()));
                observe(plan, k, observation, pools);
                decider = observation.decider();
            }
            var chain = StepChain.of(seg, decider, options.failFast());
            progress.startPhase(k == 0 ? "read" : "apply " + seg.pass().name(), 2 * k + 1, plan.phases(),
                    k == 0 ? plan.inputBytes() : totalSize(keptParts(plan, k - 1)));
            var tasks = new ArrayList<Callable<Void>>();
            for (Plan.Shard shard : plan.shards()) {
                if (Files.exists(out.resolve(Plan.doneMarker(k, shard.id())))) continue; // done before an interruption
                tasks.add(() -> {
                    applyShard(plan, k, shard, readers, chain, pools);
                    return null;
                });
            }
            pools.runAll(tasks);
        } finally {
            if (observation != null) {
                observation.close();
                OutputFolder.deleteTree(passDir);
            }
        }
    }

    private void observe(Plan plan, int k, Pass.Observation obs, Pools pools) throws IOException, InterruptedException {
        List<Path> parts = keptParts(plan, k - 1);
        progress.startPhase("observe " + plan.segments().get(k).pass().name(), 2 * k, plan.phases(), totalSize(parts));
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

    private void applyShard(Plan plan, int k, Plan.Shard shard, ReaderFactory readers, StepChain chain, Pools pools)
            throws IOException, InterruptedException {
        var readErrors = new ArrayList<InputError>();
        InputErrorHandler handler = e -> {
            if (options.failFast()) throw new InputException(e);
            readErrors.add(e);
        };
        Path out = options.outDir();
        try (var sink = ShardSink.open(out, plan, k, shard, options.format(), options.compression(), progress);
             DocumentReader reader = k == 0 ? readers.open(shard, handler) : new InternalReader(keptPart(k - 1, shard.id()))) {
            Stats stats = sink.stats();
            orderedBatches(reader, readErrors, pools, batch -> {
                        var outcomes = new ArrayList<Outcome>(batch.docs().size());
                        var errors = new ArrayList<>(batch.readErrors());
                        for (Document d : batch.docs()) {
                            if (k == 0) stats.countRead(d);
                            outcomes.add(chain.apply(d, stats, errors));
                        }
                        return new BatchResult(outcomes, errors);
                    },
                    result -> {
                        for (InputError e : result.errors()) sink.error(e);
                        for (Outcome o : result.outcomes()) sink.write(o);
                    });
            if (k == 0) sink.countInput(shard, reader);
            sink.commit();
        }
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

    private Path keptPart(int k, int shard) {
        return options.outDir().resolve(Plan.keptPart(k, shard) + OutputCompression.ZSTD.suffix());
    }

    private List<Path> keptParts(Plan plan, int k) {
        return plan.shards().stream().map(s -> keptPart(k, s.id())).toList();
    }

    private static long totalSize(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            try {
                n += Files.size(p);
            } catch (IOException e) {
                // a part not written yet counts as empty in the progress display
            }
        }
        return n;
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
        private static final long STOP_WAIT_SECONDS = 60;
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
            boolean done = false;
            try {
                for (var f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw rethrow(e.getCause());
                    }
                }
                done = true;
            } finally {
                // A failure ends the run: its other shards stop before the failure is thrown, so that none is
                // still writing (or deleting its temporary file) when the caller resumes into the same folder.
                if (!done) close();
            }
        }

        /** Interrupts every thread of the run and waits for them to stop touching the output folder. */
        @Override
        public void close() {
            shards.shutdownNow();
            workers.shutdownNow();
            try {
                if (!shards.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)
                        || !workers.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    System.getLogger(LocalRunner.class.getName()).log(System.Logger.Level.WARNING,
                            "threads of the stopped run still busy after {0} s; do not resume into its folder"
                                    + " before this process exits", STOP_WAIT_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
