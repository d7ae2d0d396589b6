package dev.saring.pipeline;

import com.github.luben.zstd.ZstdInputStream;
import dev.saring.io.DocumentJson;
import dev.saring.io.InputException;
import dev.saring.io.InputFile;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalRunnerTest {

    @TempDir
    Path tmp;

    /** Five shards of 700 short texts; every 50th repeats an earlier text, one line per shard is bad. */
    private final Map<InputFile, List<String>> corpus = corpus(5, 700);

    private static Map<InputFile, List<String>> corpus(int shards, int docs) {
        var out = new TreeMap<InputFile, List<String>>((a, b) -> Integer.compare(a.shard(), b.shard()));
        for (int s = 0; s < shards; s++) {
            var texts = new ArrayList<String>();
            for (int i = 0; i < docs; i++) {
                if (i == 17) texts.add("!bad");
                else if (i % 50 == 49) texts.add("shared text " + (i % 7));
                else if (i % 97 == 0) texts.add("   ");
                else texts.add("doc " + s + "/" + i + "\nmenu\nbody line " + i);
            }
            out.put(new InputFile(Path.of("in-" + s + ".jsonl"), "in-" + s + ".jsonl", s), texts);
        }
        return out;
    }

    private ReaderFactory readers() {
        return (shard, errors) -> new ListReader(shard.file(), corpus.get(shard.file()), errors);
    }

    private List<InputFile> inputs() {
        return new ArrayList<>(corpus.keySet());
    }

    /** Drops blank documents, and drops the line "menu" from every document. */
    private static final Step NON_EMPTY = Step.of("non-empty", d -> d.text().isBlank()
            ? Outcome.drop(d, "non-empty", "empty") : Outcome.keep(d));
    private static final Step LINES = Step.of("lines", d -> Outcome.keep(d.withBlocks(Arrays.stream(d.text().split("\n"))
            .map(l -> new Block(Role.BODY, l, l.equals("menu") ? Decision.drop("lines", "menu") : Decision.keep()))
            .toList())));

    private Pipeline pipeline() {
        return Pipeline.builder().step(NON_EMPTY).step(LINES).pass(new FirstTextWins()).step(Step.of("tail", Outcome::keep)).build();
    }

    private LocalRunner.Result run(Pipeline p, Path out, int threads) throws Exception {
        return new LocalRunner(p, LocalRunner.Options.defaults(out).withThreads(threads).withPassMemoryBytes(1 << 20))
                .run(inputs(), readers());
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount() throws Exception {
        run(pipeline(), tmp.resolve("one"), 1);
        run(pipeline(), tmp.resolve("four"), 4);
        assertThat(tree(tmp.resolve("four"))).isEqualTo(tree(tmp.resolve("one")));
    }

    @Test
    void everyDocumentIsKeptOrRejectedWithItsReasonAndBadRecordsAreCounted() throws Exception {
        var r = run(pipeline(), tmp.resolve("out"), 3);
        Path out = tmp.resolve("out");
        assertThat(out.resolve("_SUCCESS")).exists();
        assertThat(out.resolve("_work")).doesNotExist();
        List<String> clean = lines(out.resolve("clean/part-00000.jsonl.zst"));
        List<String> rejects = lines(out.resolve("rejects/part-00000.jsonl.zst"));
        long dropped = rejects.stream().filter(l -> !l.contains("\"step\":\"lines\"")).count();
        assertThat(clean.size() + dropped).isEqualTo(699); // 700 lines, one of them bad
        assertThat(rejects).anySatisfy(l -> assertThat(l).contains("\"step\":\"non-empty\"", "\"reason\":\"empty\""));
        assertThat(rejects).anySatisfy(l -> assertThat(l).contains("\"step\":\"first-text-wins\"", "\"reason\":\"duplicate\""));
        assertThat(rejects).anySatisfy(l -> assertThat(l).contains("\"lines\":[{\"n\":2,\"role\":\"body\",\"step\":\"lines\",\"reason\":\"menu\",\"text\":\"menu\"}]"));
        assertThat(clean).allSatisfy(l -> assertThat(l).doesNotContain("\\nmenu"));
        assertThat(clean.get(0)).startsWith("{\"id\":\"in-0.jsonl:2\",\"url\":\"https://site0.example/2\",\"lang\":null");

        List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
        assertThat(errors).hasSize(5).first().asString()
                .isEqualTo("{\"file\":\"in-0.jsonl\",\"offset\":1800,\"line\":18,\"kind\":\"bad-json\",\"error\":\"not JSON\"}");
        assertThat(r.errors()).isEqualTo(5);
        assertThat(r.documentsRead()).isEqualTo(5 * 699);
        assertThat(r.stats().get(Stats.SKIPPED, "not-html")).isEqualTo(5);
        // every kept document but the 7 first "shared text N" has a "menu" line
        assertThat(r.stats().get(Stats.LINES_DROPPED, "lines:menu")).isEqualTo(r.documentsKept() - 7);
        assertThat(r.documentsKept() + r.stats().get(Stats.DOCUMENTS, "dropped")).isEqualTo(r.documentsRead());
        // "shared text N" for N in 0..6 appear in all shards: only the first in input order survives
        assertThat(r.stats().get(Stats.DROPPED, "first-text-wins:duplicate")).isEqualTo(5 * 14 - 7);
    }

    /** A quality step with settings for Indonesian only, that drops documents whose number ends in 3. */
    private static final class IndonesianOnly implements Step, LanguageAware {
        @Override
        public String name() {
            return "quality";
        }

        @Override
        public Outcome apply(Document d) {
            return d.text().matches("(?s).*body line \\d*3") ? Outcome.drop(d, "quality", "q:three") : Outcome.keep(d);
        }

        @Override
        public boolean hasSettingsFor(String lang) {
            return lang.equals("id");
        }
    }

    @Test
    void keepRatesArePerLanguageAndLanguagesWithoutSettingsAreCountedAndRejectsCarryTheLanguage() throws Exception {
        Step language = Step.of("language", d -> Outcome.keep(d.withLang(
                new dev.saring.model.LanguageGuess((d.id().hashCode() & 1) == 0 ? "id" : "fr", 0.9, "ms", 0.1))));
        var r = run(Pipeline.builder().step(NON_EMPTY).step(language).step(new IndonesianOnly()).build(), tmp.resolve("out"), 2);
        var s = r.stats();
        long none = s.get("language:none", "read");
        assertThat(none).isEqualTo(s.get(Stats.DROPPED, "non-empty:empty")).isPositive();
        for (String lang : List.of("id", "fr")) {
            String section = Stats.LANGUAGE_PREFIX + lang;
            assertThat(s.get(section, "read")).isPositive()
                    .isEqualTo(s.get(section, "kept") + s.get(section, "dropped"));
            assertThat(s.get(section, "dropped")).isEqualTo(s.get(section, "dropped:quality:q:three")).isPositive();
        }
        assertThat(s.get("language:id", "read") + s.get("language:fr", "read") + none).isEqualTo(r.documentsRead());
        assertThat(s.section(Stats.WITHOUT_SETTINGS)).containsOnlyKeys("fr").containsEntry("fr", s.get("language:fr", "read"));
        List<String> rejects = lines(tmp.resolve("out/rejects/part-00000.jsonl.zst"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).contains("\"reason\":\"q:three\"", "\"lang\":\"id\"", "\"lang_score\":0.9"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).contains("\"reason\":\"empty\"", "\"lang\":null"));
    }

    @Test
    void aFailingStepDropsTheDocumentAndTheRunGoesOn() throws Exception {
        Step boom = Step.of("boom", d -> {
            if (d.id().equals("in-1.jsonl:5")) throw new IllegalStateException("kaput");
            return Outcome.keep(d);
        });
        var r = run(Pipeline.builder().step(boom).build(), tmp.resolve("out"), 2);
        assertThat(r.stats().get(Stats.DROPPED, "boom:error:IllegalStateException")).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("out/errors.jsonl"))).contains("\"kind\":\"step-error\"", "kaput");
    }

    @Test
    void anInterruptedRunResumesToTheSameOutputAsAnUninterruptedOne() throws Exception {
        var failing = new AtomicBoolean(true);
        Step flaky = Step.of("flaky", d -> {
            if (failing.get() && d.id().equals("in-3.jsonl:400")) {
                throw new InputException(new dev.saring.io.InputError("in-3.jsonl", -1, 400, "test", "power cut"));
            }
            return Outcome.keep(d);
        });
        Pipeline p = Pipeline.builder().step(flaky).step(NON_EMPTY).pass(new FirstTextWins()).build();
        Path out = tmp.resolve("out");
        var opts = LocalRunner.Options.defaults(out).withThreads(2);
        assertThatThrownBy(() -> new LocalRunner(p, opts).run(inputs(), readers()))
                .isInstanceOf(InputException.class).hasMessageContaining("power cut");
        assertThat(out.resolve("_SUCCESS")).doesNotExist();

        assertThatThrownBy(() -> new LocalRunner(p, opts).run(inputs(), readers()))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("--resume");

        failing.set(false);
        new LocalRunner(p, opts.withResume(true)).run(inputs(), readers());
        new LocalRunner(p, opts.withOutDir(tmp.resolve("fresh"))).run(inputs(), readers());
        assertThat(tree(out)).isEqualTo(tree(tmp.resolve("fresh")));

        var again = new LocalRunner(p, opts.withResume(true)).run(inputs(), readers());
        assertThat(again.alreadyDone()).isTrue();
    }

    @Test
    void aFailedRunReturnsOnlyWhenItsOtherShardsHaveStoppedWriting() throws Exception {
        var busyShardFinished = new AtomicBoolean();
        var busyShardStarted = new java.util.concurrent.CountDownLatch(1);
        Step step = Step.of("slow-or-failing", d -> {
            if (d.id().equals("in-3.jsonl:400")) {
                try {
                    busyShardStarted.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new InputException(new dev.saring.io.InputError("in-3.jsonl", -1, 400, "test", "power cut"));
            }
            if (d.id().equals("in-4.jsonl:1")) {
                // work that does not answer an interrupt (a long regex, a native call) still in flight at the failure
                busyShardStarted.countDown();
                long until = System.nanoTime() + 1_500_000_000L;
                while (System.nanoTime() < until) Thread.onSpinWait();
                busyShardFinished.set(true);
            }
            return Outcome.keep(d);
        });
        Pipeline p = Pipeline.builder().step(step).build();
        var opts = LocalRunner.Options.defaults(tmp.resolve("out")).withThreads(2);
        assertThatThrownBy(() -> new LocalRunner(p, opts).run(inputs(), readers())).isInstanceOf(InputException.class);
        // a resumed run would otherwise race that shard's thread for the same temporary file
        assertThat(busyShardFinished).isTrue();
    }

    @Test
    void everyDocumentIsAccountedForInTotalPerInputFileAndSegmentBySegment() throws Exception {
        var r = run(pipeline(), tmp.resolve("out"), 3);
        var stats = Stats.readJson(DocumentJson.MAPPER.readTree(tmp.resolve("out/stats.json").toFile()));
        assertThat(stats.section(Accounting.SECTION)).containsEntry("read", 5L * 699).containsEntry("unaccounted", 0L)
                .containsEntry("mismatches", 0L).containsEntry("errors", 5L).containsEntry("skipped", 5L)
                .containsEntry("kept", r.documentsKept());
        for (int s = 0; s < 5; s++) {
            String f = "in-" + s + ".jsonl";
            assertThat(stats.get(Accounting.FILE_READ, f)).isEqualTo(699);
            assertThat(stats.get(Accounting.FILE_KEPT, f) + stats.get(Accounting.FILE_DROPPED, f)).isEqualTo(699);
            assertThat(stats.get(Accounting.FILE_ERRORS, f)).isEqualTo(1);
            assertThat(stats.get(Accounting.FILE_SKIPPED, f)).isEqualTo(1);
        }
        // two segments: what the first kept is what the pass's segment read
        assertThat(stats.get(Accounting.SEGMENT_IN, "1")).isEqualTo(stats.get(Accounting.SEGMENT_KEPT, "0")).isPositive();
        assertThat(stats.get(Accounting.SEGMENT_KEPT, "1")).isEqualTo(r.documentsKept());
    }

    @Test
    void aDocumentLostBetweenSegmentsFailsTheRunLoudlyWithoutSuccess() throws Exception {
        var failing = new AtomicBoolean(true);
        Step flaky = Step.of("flaky", d -> {
            if (failing.get()) throw new InputException(new dev.saring.io.InputError(d.id(), -1, -1, "test", "power cut"));
            return Outcome.keep(d);
        });
        // the first segment finishes; the second stops at its first document
        Pipeline p = Pipeline.builder().step(NON_EMPTY).pass(new FirstTextWins()).step(flaky).build();
        Path out = tmp.resolve("out");
        var opts = LocalRunner.Options.defaults(out).withThreads(2);
        assertThatThrownBy(() -> new LocalRunner(p, opts).run(inputs(), readers())).isInstanceOf(InputException.class);
        // a bug that loses one document handed from the first segment to the second: its last record goes
        Path part = out.resolve(Plan.keptPart(0, 2) + ".zst");
        List<String> records = lines(part);
        try (var w = dev.saring.io.JsonlWriter.create(out.resolve(Plan.keptPart(0, 2)), dev.saring.io.OutputCompression.ZSTD)) {
            var raw = w.generator();
            for (String rec : records.subList(0, records.size() - 1)) {
                raw.writeRawValue(rec);
                w.endRecord();
            }
            w.commit();
        }
        failing.set(false);
        assertThatThrownBy(() -> new LocalRunner(p, opts.withResume(true)).run(inputs(), readers()))
                .isInstanceOf(AccountingException.class)
                .hasMessageContaining("1 unaccounted")
                .hasMessageContaining("in-2.jsonl: 699 documents read")
                .hasMessageContaining("segment 1 read");
        assertThat(out.resolve("_SUCCESS")).doesNotExist();
        var stats = Stats.readJson(DocumentJson.MAPPER.readTree(out.resolve("stats.json").toFile()));
        assertThat(stats.get(Accounting.SECTION, "unaccounted")).isEqualTo(1);
    }

    @Test
    void aFinishedOutputFolderIsNeverOverwritten() throws Exception {
        run(pipeline(), tmp.resolve("out"), 1);
        assertThatThrownBy(() -> run(pipeline(), tmp.resolve("out"), 1))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("already holds a finished run");
    }

    /** Every file of the output but stats.json (timings), decompressed, by relative path. */
    private static Map<String, String> tree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.endsWith("stats.json"))
                    .collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> String.join("\n", lines(p)), (a, b) -> a, TreeMap::new));
        }
    }

    static List<String> lines(Path p) {
        try (InputStream in = p.toString().endsWith(".zst") ? new ZstdInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.isEmpty() ? List.of() : List.of(s.split("\n"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A test pass: a document whose text an earlier document (in input order) already had is dropped. */
    static final class FirstTextWins implements Pass {
        @Override
        public String name() {
            return "first-text-wins";
        }

        @Override
        public Observation start(PassContext ctx) {
            var first = new ConcurrentHashMap<String, Long>();
            return new Observation() {
                @Override
                public void observe(Document doc) {
                    first.merge(doc.text(), doc.source().ordinal(), Math::min);
                }

                @Override
                public Step decider() {
                    return Step.of(name(), d -> first.get(d.text()) < d.source().ordinal()
                            ? Outcome.drop(d, name(), "duplicate") : Outcome.keep(d));
                }
            };
        }

        @Override
        public String toString() {
            return "FirstTextWins";
        }
    }

    @Test
    void passNamesMustBeUnique() {
        assertThatThrownBy(() -> Pipeline.builder().step(NON_EMPTY).step(NON_EMPTY).build())
                .hasMessageContaining("non-empty");
        assertThat(Set.copyOf(pipeline().segments().stream().map(s -> s.steps().size()).toList())).contains(2, 1);
    }
}
