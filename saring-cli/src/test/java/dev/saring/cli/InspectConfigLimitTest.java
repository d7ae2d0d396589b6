package dev.saring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.io.DocumentJson;
import dev.saring.assembly.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.saring.cli.RunCommandTest.EXAMPLES;
import static dev.saring.cli.RunCommandTest.decompressed;
import static dev.saring.cli.RunCommandTest.saring;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code saring inspect}, {@code saring config}, {@code run --limit} and the help texts. */
class InspectConfigLimitTest {

    @TempDir
    static Path tmp;
    static Path run;

    /** A quick pipeline (no language models) over the example crawl. */
    @BeforeAll
    static void runTheExampleCrawl() throws IOException {
        Path config = Files.writeString(tmp.resolve("quick.properties"),
                "steps = extract, clean, non-empty, gopher-quality, dedup-exact\ngopher-quality.min_doc_words = 60\n");
        run = tmp.resolve("run");
        var r = saring("run", EXAMPLES.toString(), "-o", run.toString(), "--no-progress", "--config", config.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void inspectShowsAKeptDocumentsStepsRemovedLinesAndText() {
        var r = saring("inspect", run.toString(), "sp-0003");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("sp-0003  kept", "ekstrak-teks.jsonl, line 3", "lines removed", "dedup-exact          kept",
                "phrase:related", "Read more: Wexley Market Square", "The clock on Wexley Town Hall struck noon");
        assertThat(r.out()).as("plain text when not on a terminal").doesNotContain("\u001b[");
    }

    @Test
    void inspectJsonSaysWhichStepDroppedADocumentAndThatLaterStepsDidNotRun() throws IOException {
        var r = saring("inspect", run.toString(), "sp-0006", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = DocumentJson.MAPPER.readTree(r.out());
        assertThat(j.path("status").asText()).isEqualTo("dropped");
        assertThat(j.path("source").path("line").asInt()).isEqualTo(6);
        var decisions = new ArrayList<String>();
        j.path("steps").forEach(s -> decisions.add(s.path("step").asText() + "=" + s.path("decision").asText()));
        assertThat(decisions).containsExactly("extract=kept", "clean=kept", "non-empty=kept", "gopher-quality=dropped", "dedup-exact=not-run");
        assertThat(j.path("steps").get(3).path("reason").asText()).isEqualTo("gopher:min_words");
        assertThat(j.path("lines").get(0).path("role").asText()).isEqualTo("navigation");
    }

    @Test
    void inspectOfAnUnknownIdIsAOneLineErrorWithExitOne() {
        var r = saring("inspect", run.toString(), "no-such-id");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).contains("no document with id 'no-such-id'").doesNotContain("\n");
    }

    @Test
    void theRunWritesItsConfigWithEverySettingAndItReadsBackToTheSamePipeline() throws IOException {
        String text = Files.readString(run.resolve("config.properties"));
        assertThat(text).contains("steps = extract, clean, non-empty, gopher-quality, dedup-exact",
                "# gopher-quality: config file", "gopher-quality.min_doc_words = 60",
                "# gopher-quality: built-in default", "gopher-quality.max_doc_words = ",
                "# gopher-quality: per-language table", "gopher-quality.id.");
        RunConfig back = RunConfig.load(run.resolve("config.properties"));
        RunConfig original = RunConfig.load(tmp.resolve("quick.properties"));
        assertThat(back.pipeline().toString()).isEqualTo(original.pipeline().toString());
    }

    @Test
    void configListsOnlyTheLanguagesAskedForAndEnglishTheFallback() throws IOException {
        Path cfg = Files.writeString(tmp.resolve("filters.properties"), "steps = language, gopher-quality\n");
        var all = saring("config", "--config", cfg.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).contains("gopher-quality.ja.", "gopher-quality.id.", "language.keep");
        var some = saring("config", "--config", cfg.toString(), "--languages", "id,ms");
        assertThat(some.out()).contains("gopher-quality.id.", "# language: command line", "language.keep = id,ms")
                .doesNotContain("gopher-quality.ja.");
    }

    @Test
    void limitKeepsTheFirstDocumentsInInputOrderWhateverTheThreads() throws IOException {
        Path cfg = Files.writeString(tmp.resolve("fast.properties"), "steps = extract, non-empty\n");
        List<String> ids = new ArrayList<>();
        for (int threads : new int[]{1, 4}) {
            Path out = tmp.resolve("limit-" + threads);
            var r = saring("run", EXAMPLES.toString(), "-o", out.toString(), "--no-progress", "--config", cfg.toString(),
                    "--limit", "10", "--threads", Integer.toString(threads));
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode stats = DocumentJson.MAPPER.readTree(out.resolve("stats.json").toFile());
            assertThat(stats.path("documents").path("read").asLong()).isEqualTo(10);
            var seen = new ArrayList<String>();
            for (String part : List.of("clean/part-00000.jsonl.zst", "rejects/part-00000.jsonl.zst", "clean/part-00001.jsonl.zst", "rejects/part-00001.jsonl.zst")) {
                for (String line : decompressed(out.resolve(part)).split("\n")) {
                    if (!line.isBlank()) seen.add(DocumentJson.MAPPER.readTree(line).path("id").asText());
                }
            }
            ids.add(String.join(",", new java.util.LinkedHashSet<>(seen)));
        }
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        // the JSONL file comes first (7 documents and a bad line), then the first 3 pages of the WARC file
        assertThat(ids.get(0)).startsWith("sp-0001,sp-0002").contains("sp-0008").contains("urn:uuid:");
        assertThat(ids.get(0).split(",")).hasSize(10);
    }

    @Test
    void limitWithResumeIsAUsageError() {
        var r = saring("run", EXAMPLES.toString(), "-o", tmp.resolve("x").toString(), "--limit", "3", "--resume");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--limit");
    }

    @Test
    void everyHelpTextParagraphIsWholeSentences() {
        var problems = new ArrayList<String>();
        check(SaringCommand.commandLine(), problems);
        assertThat(problems).isEmpty();
    }

    private static void check(CommandLine cl, List<String> problems) {
        for (String paragraph : cl.getCommandSpec().usageMessage().description()) {
            String p = paragraph.replace("%n", "").strip();
            if (!p.isEmpty() && !(p.endsWith(".") || p.endsWith(":") || p.endsWith(")"))) {
                problems.add(cl.getCommandSpec().qualifiedName() + ": \"" + p + "\" does not end a sentence");
            }
        }
        cl.getSubcommands().values().forEach(sub -> check(sub, problems));
    }
}
