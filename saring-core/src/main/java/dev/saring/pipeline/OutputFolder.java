package dev.saring.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.saring.io.AtomicFile;
import dev.saring.io.DocumentJson;
import dev.saring.io.OutputCompression;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The output folder of a run, before and after the shards of its {@link Plan} are written: checks that it
 * may be used (empty, or a stopped run of the same plan to resume), and assembles the committed shards
 * of every segment into the final layout ({@code rejects/part-NNNNN}, {@code errors.jsonl},
 * {@code stats.json}, {@code sample.json}, {@code _SUCCESS} last). Any runner that wrote its shards with
 * {@link ShardSink} finishes the same way, so the layout is in one place.
 *
 * <pre>{@code
 * if (OutputFolder.prepare(out, plan.text(), resume)) return;    // already finished
 * ... every shard of every segment through a ShardSink ...
 * Stats stats = OutputFolder.assemble(out, plan, OutputCompression.ZSTD);
 * stats.add("run", "threads", 8);     // what the runner adds
 * OutputFolder.complete(out, plan, stats);  // checks the Accounting
 * }</pre>
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Checks and prepares the output folder, and records {@code planText} in it so that a resumed run can
     * check it continues the same plan.
     *
     * @param planText what a resumed run must agree on: {@link Plan#text()} and the options that change output
     * @return true when the folder already holds a finished run and {@code resume} was asked: nothing to do
     * @throws OutputFolderException the folder cannot be used: not a folder, finished, not empty without
     *                               resume, or holding a run of another plan
     */
    public static boolean prepare(Path out, String planText, boolean resume) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputFolderException(out + " exists and is not a folder");
        }
        if (Files.exists(out.resolve(Plan.SUCCESS))) {
            if (resume) return true;
            throw new OutputFolderException(out + " already holds a finished run: choose another folder or delete it");
        }
        Path planFile = out.resolve(Plan.PLAN_FILE);
        if (Files.isDirectory(out) && !isEmpty(out)) {
            if (!resume) {
                throw new OutputFolderException(out + " is not empty: add --resume to continue the run that stopped there, or choose another folder");
            }
            if (Files.exists(planFile) && !Files.readString(planFile).equals(planText)) {
                throw new OutputFolderException(out + " holds a run " + difference(Files.readString(planFile), planText)
                        + ": it cannot be resumed with these; run the same command as before, or choose another folder");
            }
        }
        try {
            Files.createDirectories(out.resolve(Plan.WORK));
            if (!Files.exists(planFile)) {
                // atomically: a run killed while writing it must not leave a plan that no resume agrees with
                try (var f = AtomicFile.create(planFile)) {
                    f.stream().write(planText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    f.commit();
                }
            }
        } catch (dev.saring.io.OutputWriteException e) {
            throw e; // a full disk or a read-only folder: says which file, and --resume continues
        } catch (IOException e) {
            throw new OutputFolderException("cannot write to " + out + ": " + e.getMessage());
        }
        return false;
    }

    /**
     * What tells the plan of a stopped run from this one, for a person: the first kind of line that differs
     * ({@code pipeline}, {@code input}, or an option such as {@code compression} or {@code saring}, the version).
     */
    static String difference(String before, String now) {
        var was = kinds(before);
        var is = kinds(now);
        if (!was.getOrDefault("saring", "").equals(is.getOrDefault("saring", ""))) {
            return "made by " + was.getOrDefault("saring", "another saring") + ", not " + is.getOrDefault("saring", "this one");
        }
        if (!was.getOrDefault("pipeline", "").equals(is.getOrDefault("pipeline", ""))) {
            return "of another pipeline (its steps or settings: --config, --languages)";
        }
        if (!was.getOrDefault("input", "").equals(is.getOrDefault("input", ""))) {
            return "of other inputs (files added, removed, or of another size)";
        }
        for (String kind : is.keySet()) {
            if (!is.get(kind).equals(was.getOrDefault(kind, ""))) {
                return "with another " + kind + " (" + was.getOrDefault(kind, "none").strip() + ", not " + is.get(kind).strip() + ")";
            }
        }
        return "of another plan";
    }

    /** The lines of a plan text by their first word, each kind's lines joined. */
    private static java.util.Map<String, String> kinds(String planText) {
        var out = new java.util.LinkedHashMap<String, String>();
        for (String line : planText.split("\n")) {
            if (line.isEmpty()) continue;
            int sp = line.indexOf(' ');
            String kind = sp < 0 ? line : line.substring(0, sp);
            String rest = kind.equals("saring") ? line : sp < 0 ? "" : line.substring(sp + 1);
            out.merge(kind, rest + "\n", String::concat);
        }
        return out;
    }

    /** The counters of a finished run in {@code out} ({@code stats.json}). */
    public static Stats finishedStats(Path out) throws IOException {
        return Stats.readJson(DocumentJson.MAPPER.readTree(out.resolve("stats.json").toFile()));
    }

    /**
     * Assembles every shard's files of every segment, once all are done: the rejects of a shard (segment
     * after segment) into {@code rejects/part-NNNNN}, all errors (shard after shard) into
     * {@code errors.jsonl}, the samples into {@code sample.json}; returns the merged counters.
     */
    public static Stats assemble(Path out, Plan plan, OutputCompression compression) throws IOException {
        var stats = new Stats();
        var sample = new RunSample();
        String suffix = compression.suffix();
        int segments = plan.segments().size();
        AtomicFile.createDirectories(out.resolve("rejects"));
        AtomicFile.createDirectories(out.resolve("clean"));
        try (var errorsFile = AtomicFile.create(out.resolve("errors.jsonl"))) {
            for (Plan.Shard shard : plan.shards()) {
                int s = shard.id();
                try (var rejects = AtomicFile.create(out.resolve(Plan.rejectsPart(s) + suffix))) {
                    for (int k = 0; k < segments; k++) {
                        // zstd frames, gzip members and plain lines all concatenate into a valid file
                        append(out.resolve(Plan.segmentRejects(k, s) + suffix), rejects.stream());
                        append(out.resolve(Plan.segmentErrors(k, s)), errorsFile.stream());
                        stats.merge(Stats.readJson(DocumentJson.MAPPER.readTree(out.resolve(Plan.doneMarker(k, s)).toFile())));
                        sample.merge(RunSample.readJson(DocumentJson.MAPPER.readTree(out.resolve(Plan.segmentSample(k, s)).toFile())));
                    }
                    rejects.commit();
                }
            }
            errorsFile.commit();
        }
        try (var f = AtomicFile.create(out.resolve(RunSample.FILE))) {
            JsonGenerator g = DocumentJson.FACTORY.createGenerator(f.stream());
            sample.writeJson(g);
            g.flush();
            f.commit();
        }
        return stats;
    }

    /**
     * Checks the run's {@link Accounting}, writes it with every counter as {@code stats.json}, deletes the
     * work folder and marks the run finished ({@code _SUCCESS}): {@link #writeStats} then {@link #markDone}.
     *
     * @throws AccountingException documents were lost or counted twice: {@code stats.json} is written, the
     *                             work folder kept and {@code _SUCCESS} not written
     */
    public static void complete(Path out, Plan plan, Stats stats) throws IOException {
        writeStats(out, plan, stats);
        markDone(out);
    }

    /**
     * Checks the run's {@link Accounting} and writes it with every counter as {@code stats.json}. A runner
     * that adds files to the folder (a report) writes them after this and before {@link #markDone}, so that
     * {@code _SUCCESS} still says everything is there.
     *
     * @throws AccountingException documents were lost or counted twice: {@code stats.json} is written anyway
     */
    public static void writeStats(Path out, Plan plan, Stats stats) throws IOException {
        Accounting accounting = Accounting.of(stats, plan.segments().size());
        accounting.addTo(stats);
        try (var f = AtomicFile.create(out.resolve("stats.json"))) {
            JsonGenerator g = DocumentJson.FACTORY.createGenerator(f.stream()).useDefaultPrettyPrinter();
            stats.writeJson(g);
            g.flush();
            f.stream().write('\n');
            f.commit();
        }
        if (!accounting.balanced()) throw new AccountingException(accounting);
    }

    /**
     * Deletes the work folder and writes {@code _SUCCESS}, last. A run killed while the work folder is
     * being deleted resumes by doing again the shards whose done markers are gone, to the same bytes.
     */
    public static void markDone(Path out) throws IOException {
        deleteTree(out.resolve(Plan.WORK));
        Path success = out.resolve(Plan.SUCCESS);
        try {
            Files.createFile(success);
        } catch (IOException e) {
            throw new dev.saring.io.OutputWriteException(success, e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
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
}
