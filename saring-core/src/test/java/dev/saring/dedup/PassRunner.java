package dev.saring.dedup;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a pass as a runner would: observe from several threads in some order, then decide in input order. */
final class PassRunner {

    static final long ROOMY = 64L << 20;

    private PassRunner() {
    }

    /** Observes {@code docs} in input order on one thread, then decides. */
    static List<Outcome> run(Pass pass, List<Document> docs, Path workDir) throws IOException {
        return run(pass, docs, workDir, 1, 0, ROOMY);
    }

    /**
     * @param threads      observing threads
     * @param shuffleSeed  0 for input order, else the seed of a shuffle of the observation order
     * @param memoryBytes  the pass's memory bound
     */
    static List<Outcome> run(Pass pass, List<Document> docs, Path workDir, int threads, long shuffleSeed,
                             long memoryBytes) throws IOException {
        var order = new ArrayList<>(docs);
        if (shuffleSeed != 0) Collections.shuffle(order, new Random(shuffleSeed));
        try (Pass.Observation obs = pass.start(new PassContext(workDir, memoryBytes, threads))) {
            var next = new AtomicInteger();
            var pool = Executors.newFixedThreadPool(threads);
            try {
                var futures = new ArrayList<Future<?>>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < order.size(); i = next.getAndIncrement()) {
                            obs.observe(order.get(i));
                        }
                    }));
                }
                for (Future<?> f : futures) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
            Step decide = obs.decider();
            var out = new ArrayList<Outcome>(docs.size());
            for (Document d : docs) out.add(decide.apply(d));
            return out;
        }
    }

    /** One line per outcome with everything a sink would write: for comparing runs. */
    static List<String> describe(List<Outcome> outcomes) {
        var out = new ArrayList<String>();
        for (Outcome o : outcomes) {
            Document d = o.document();
            String what = o instanceof Outcome.Dropped dr ? "drop " + dr.step() + " " + dr.reason() : "keep";
            out.add(d.id() + " " + what + " " + d.meta() + " " + d.blocks().size() + " " + d.text().hashCode());
        }
        return out;
    }
}
