package dev.saring.cli;

import com.github.luben.zstd.ZstdInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {

    /** The embedded example crawl, relative to this module. */
    static final Path EXAMPLES = Path.of("..", "examples", "crawl");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run saring(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cl = SaringCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void runOnTheExampleCrawlWritesTheOutputFolderDesignMdDescribes() throws IOException {
        Path out = tmp.resolve("out");
        Run r = saring("run", EXAMPLES.toString(), "-o", out.toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("documents read", "kept", "input errors");
        assertThat(out.resolve("_SUCCESS")).exists();
        assertThat(out.resolve("stats.json")).exists();
        assertThat(out.resolve("clean/part-00000.jsonl.zst")).exists();
        assertThat(out.resolve("clean/part-00001.jsonl.zst")).exists();
        assertThat(out.resolve("rejects/part-00000.jsonl.zst")).exists();
        // the example JSONL has exactly one line that is not JSON
        List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("\"file\":\"" + EXAMPLES + "/ekstrak-teks.jsonl\"", "\"line\":5", "\"kind\":\"bad-json\"");
        String clean = decompressed(out.resolve("clean/part-00001.jsonl.zst"));
        assertThat(clean.contains("kabarnusa.example/")).as("an Indonesian page is kept").isTrue();
        assertThat(clean.contains("<p>") || clean.contains("<script")).as("no markup in the text").isFalse();
        // the example crawl holds the same page at a second URL: the later copy is rejected and says which it copies
        String rejects = decompressed(out.resolve("rejects/part-00001.jsonl.zst"));
        assertThat(rejects.lines().filter(l -> l.contains("\"reason\":\"dedup:exact\"")))
                .singleElement().asString().contains("utm_source=whatsapp", "\"dup_of\":\"");
    }

    @Test
    void outputIsByteIdenticalWithOneAndFourThreads() throws IOException {
        assertThat(saring("run", EXAMPLES.toString(), "-o", tmp.resolve("t1").toString(), "--threads", "1", "--no-progress").exit()).isZero();
        assertThat(saring("run", EXAMPLES.toString(), "-o", tmp.resolve("t4").toString(), "--threads", "4", "--no-progress").exit()).isZero();
        assertThat(files(tmp.resolve("t4"))).isEqualTo(files(tmp.resolve("t1")));
    }

    @Test
    void parquetOutputHoldsCleanAsParquetWithoutHadoopAndLeavesEverythingElseAsJsonlHasIt() throws IOException {
        // the CLI's class path is the jar's: parquet-java writes here with no Hadoop to lean on
        assertThat(ClassLoader.getSystemClassLoader().getResource("org/apache/hadoop/conf/Configuration.class")).isNull();
        Path jsonl = tmp.resolve("jsonl");
        Path parquet = tmp.resolve("parquet");
        assertThat(saring("run", EXAMPLES.toString(), "-o", jsonl.toString(), "--no-progress").exit()).isZero();
        Run r = saring("run", EXAMPLES.toString(), "-o", parquet.toString(), "--no-progress", "--output-format", "parquet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("SLF4J");

        Map<String, String> a = files(jsonl);
        Map<String, String> b = files(parquet);
        a.keySet().removeIf(k -> k.startsWith("clean/") || k.equals("plan.txt"));
        b.keySet().removeIf(k -> k.startsWith("clean/") || k.equals("plan.txt"));
        assertThat(b).as("rejects, errors and the rest").isEqualTo(a);
        try (var parts = Files.list(parquet.resolve("clean"))) {
            var names = parts.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactly("part-00000.parquet", "part-00001.parquet");
        }
        byte[] part = Files.readAllBytes(parquet.resolve("clean/part-00001.parquet"));
        assertThat(new String(part, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(part, part.length - 4, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        var kept = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(parquet.resolve("stats.json").toFile())
                .path("documents").path("kept").asLong();
        assertThat(kept).isPositive();
    }

    @Test
    void aMissingInputIsAOneLineErrorWithExitTwo() {
        Run r = saring("run", tmp.resolve("nope.warc.gz").toString(), "-o", tmp.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.err().strip()).startsWith("saring: no such input:").doesNotContain("\n", "Exception");
    }

    @Test
    void anOutputFolderThatIsAFileIsAOneLineErrorWithExitOne() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        Run r = saring("run", EXAMPLES.toString(), "-o", file.toString(), "--no-progress");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).contains("is not a folder").doesNotContain("\n");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitOne() {
        Run r = saring("run", "--frobnicate", "x", "-o", "y");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void anUnknownStageInTheConfigNamesItAndTheKnownOnes() throws IOException {
        Path cfg = Files.writeString(tmp.resolve("c.properties"), "steps = extract, sparkle\n");
        Run r = saring("run", EXAMPLES.toString(), "-o", tmp.resolve("out").toString(), "--config", cfg.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("sparkle", "known:", "extract");
    }

    @Test
    void failFastStopsAtTheFirstBadRecordWithExitThree() {
        Run r = saring("run", EXAMPLES.toString(), "-o", tmp.resolve("out").toString(), "--fail-fast", "--no-progress");
        assertThat(r.exit()).isEqualTo(ExitCodes.STOPPED);
        assertThat(r.err()).contains("ekstrak-teks.jsonl:5", "bad-json");
    }

    @Test
    void helpAndVersionWork() {
        assertThat(saring("--help").out()).contains("run", "Example");
        assertThat(saring("run", "--help").out()).contains("--resume", "--fail-fast", "Examples:");
        assertThat(saring("--version").out()).startsWith("saring ");
    }

    static String decompressed(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".zst") ? new ZstdInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> files(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            // timings differ from run to run: stats.json, timeline.json and the report that shows them
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.endsWith("stats.json") && !p.endsWith("timeline.json") && !p.endsWith("report.html"))
                    .collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                        try {
                            return decompressed(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, (a, b) -> a, TreeMap::new));
        }
    }
}
