package dev.saring.spark;

import com.github.luben.zstd.ZstdInputStream;
import dev.saring.assembly.RunConfig;
import dev.saring.cli.ExitCodes;
import dev.saring.cli.RunOptions;
import dev.saring.cli.SaringCommand;
import dev.saring.io.DocumentJson;
import dev.saring.io.InputFile;
import dev.saring.io.InputFormat;
import dev.saring.io.OutputCompression;
import dev.saring.io.OutputFormat;
import dev.saring.io.ReaderOptions;
import dev.saring.io.Readers;
import dev.saring.pipeline.LocalRunner;
import dev.saring.pipeline.Stats;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Spark runner's output equals the local runner's, on the example crawl and on the shared corpora. */
class SparkRunnerTest {

    static final Path ROOT = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
            Path.of("").toAbsolutePath().getParent().toString()));
    static final Path SHARED = Path.of(System.getProperty("saring.shared", ROOT.resolve("../shared").toString()));
    /** Counters that measure time or the machine, not the output. */
    private static final List<String> UNCOMPARED = List.of(Stats.STEP_NANOS, "run");

    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("saring-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    void exampleCrawlGivesTheLocalRunnersOutput() throws Exception {
        Map<String, Map<String, Long>> stats = assertSameOutput(List.of(ROOT.resolve("examples/crawl").toString()));
        assertThat(stats.get(Stats.DOCUMENTS).get("read")).isPositive();
    }

    @Test
    void sharedCorporaGiveTheLocalRunnersOutputWithBothDedups() throws Exception {
        Path warc = SHARED.resolve("corpora/warc");
        Path neardup = SHARED.resolve("corpora/neardup");
        assumeTrue(Files.isDirectory(warc) && Files.isDirectory(neardup), "no shared corpora at " + SHARED + ": skipped");
        Map<String, Map<String, Long>> stats = assertSameOutput(List.of(warc.toString(), neardup.toString()));
        // the comparison covers the passes only if they dropped something
        assertThat(stats.get(Stats.DROPPED).keySet()).anyMatch(k -> k.startsWith("dedup-exact:"));
        assertThat(stats.get(Stats.DROPPED).keySet()).anyMatch(k -> k.startsWith("dedup-near:"));
        assertThat(stats.get(Stats.LINES_DROPPED).keySet()).anyMatch(k -> k.startsWith("repeated-lines:"));
    }

    @Test
    void theJarCutsALargeFileIntoTheShardsOfSaringRun() throws Exception {
        // a WARC of one gzip member per record: --shard-size cuts it at record boundaries
        String warc = ROOT.resolve("examples/crawl/warung-berita.warc.gz").toString();
        Path local = tmp.resolve("local");
        Path onSpark = tmp.resolve("spark");
        assertThat(SaringCommand.commandLine().execute("run", warc, "-o", local.toString(), "--shard-size", "16k", "--no-progress")).isZero();
        assertThat(new CommandLine(new SparkRun()).execute(warc, "-o", onSpark.toString(), "--shard-size", "16k")).isZero();
        assertThat(names(local.resolve("clean"))).as("parts of one file cut at 16k").hasSizeGreaterThan(2);
        Map<String, Map<String, Long>> stats = assertSameFolders(local, onSpark, readStats(local));
        assertThat(stats.get(Stats.DOCUMENTS).get("read")).isPositive();
        assertThat(onSpark.resolve(RunOptions.configFileName())).hasSameTextualContentAs(local.resolve(RunOptions.configFileName()));
    }

    @Test
    void parquetOutputIsTheLocalRunnersAndSparkReadsTheJsonlRecordsFromIt() throws Exception {
        String crawl = ROOT.resolve("examples/crawl").toString();
        Path jsonl = tmp.resolve("jsonl");
        Path local = tmp.resolve("local");
        Path onSpark = tmp.resolve("spark");
        assertThat(SaringCommand.commandLine().execute("run", crawl, "-o", jsonl.toString(), "--compression", "none", "--no-progress")).isZero();
        assertThat(SaringCommand.commandLine().execute("run", crawl, "-o", local.toString(), "--output-format", "parquet", "--no-progress")).isZero();
        assertThat(new CommandLine(new SparkRun()).execute(crawl, "-o", onSpark.toString(), "--output-format", "parquet")).isZero();
        assertThat(names(onSpark.resolve("clean"))).containsExactly("part-00000.parquet", "part-00001.parquet");
        for (String part : names(local.resolve("clean"))) {
            assertThat(Files.readAllBytes(onSpark.resolve("clean").resolve(part))).as(part)
                    .isEqualTo(Files.readAllBytes(local.resolve("clean").resolve(part)));
        }
        assertSameFolders(local, onSpark, readStats(local));

        // Spark's own Parquet reader: the JSONL run's records, field for field (Spark leaves nulls out)
        var expected = new TreeMap<String, com.fasterxml.jackson.databind.JsonNode>();
        for (String part : names(jsonl.resolve("clean"))) {
            for (String line : lines(jsonl.resolve("clean").resolve(part))) {
                if (line.isEmpty()) continue;
                var n = (com.fasterxml.jackson.databind.node.ObjectNode) DocumentJson.MAPPER.readTree(line);
                withoutNulls(n);
                expected.put(n.get("id").asText(), n);
            }
        }
        var actual = new TreeMap<String, com.fasterxml.jackson.databind.JsonNode>();
        for (String row : spark.read().parquet(local.resolve("clean").toString()).toJSON().collectAsList()) {
            var n = (com.fasterxml.jackson.databind.node.ObjectNode) DocumentJson.MAPPER.readTree(row);
            n.set("meta", DocumentJson.MAPPER.readTree(n.get("meta").asText()));
            actual.put(n.get("id").asText(), n);
        }
        assertThat(actual).isNotEmpty().isEqualTo(expected);
    }

    private static void withoutNulls(com.fasterxml.jackson.databind.node.ObjectNode n) {
        var names = new ArrayList<String>();
        n.fieldNames().forEachRemaining(names::add);
        for (String f : names) {
            if (n.get(f).isNull()) n.remove(f);
            else if (n.get(f).isObject() && !f.equals("meta")) withoutNulls((com.fasterxml.jackson.databind.node.ObjectNode) n.get(f));
        }
    }

    @Test
    void theJarRefusesAShardSizeThatIsNoSize() {
        var err = new StringWriter();
        int code = new CommandLine(new SparkRun()).setErr(new PrintWriter(err))
                .execute(ROOT.resolve("examples/crawl").toString(), "-o", tmp.resolve("out").toString(), "--shard-size", "lots");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--shard-size").contains("lots");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    /** Runs both runners on the inputs; asserts equal clean/, rejects/, errors and counters; returns the counters. */
    private Map<String, Map<String, Long>> assertSameOutput(List<String> inputs) throws Exception {
        List<InputFile> files = Readers.expand(inputs);
        RunConfig config = RunConfig.defaults();
        Path local = tmp.resolve("local");
        Path onSpark = tmp.resolve("spark");
        var localRunner = new LocalRunner(config.pipeline(), LocalRunner.Options.defaults(local).withThreads(2));
        Stats localStats = localRunner.run(files, (shard, errors) -> Readers.open(shard.file(), InputFormat.AUTO, ReaderOptions.DEFAULTS, errors)).stats();
        Stats sparkStats = new SparkRunner(jsc, config, InputFormat.AUTO, ReaderOptions.DEFAULTS,
                new SparkRunner.Options(onSpark, OutputFormat.JSONL, OutputCompression.ZSTD, false, false)).run(files);

        assertThat(names(local.resolve("clean"))).hasSize(files.size());
        Map<String, Map<String, Long>> expected = assertSameFolders(local, onSpark, localStats);
        assertThat(compared(sparkStats)).isEqualTo(expected);
        return expected;
    }

    /**
     * Asserts that two output folders hold the same clean/, rejects/, errors and stats.json counters as
     * {@code localStats}; returns those counters.
     */
    static Map<String, Map<String, Long>> assertSameFolders(Path local, Path onSpark, Stats localStats) throws IOException {
        assertThat(names(onSpark.resolve("clean"))).isEqualTo(names(local.resolve("clean")));
        assertThat(names(onSpark.resolve("rejects"))).isEqualTo(names(local.resolve("rejects")));
        for (String dir : List.of("clean", "rejects")) {
            for (String part : names(local.resolve(dir))) {
                assertThat(lines(onSpark.resolve(dir).resolve(part))).as(dir + "/" + part)
                        .containsExactlyElementsOf(lines(local.resolve(dir).resolve(part)));
            }
        }
        // within a shard the local runner writes a batch's read errors before its step errors
        assertThat(lines(onSpark.resolve("errors.jsonl"))).containsExactlyInAnyOrderElementsOf(lines(local.resolve("errors.jsonl")));
        assertThat(onSpark.resolve("_SUCCESS")).exists();
        Map<String, Map<String, Long>> expected = compared(localStats);
        assertThat(compared(readStats(onSpark))).isEqualTo(expected);
        return expected;
    }

    static Stats readStats(Path out) throws IOException {
        return Stats.readJson(DocumentJson.MAPPER.readTree(out.resolve("stats.json").toFile()));
    }

    private static Map<String, Map<String, Long>> compared(Stats stats) {
        var out = new TreeMap<>(stats.snapshot());
        UNCOMPARED.forEach(out::remove);
        return out;
    }

    static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> lines(Path file) throws IOException {
        try (InputStream in = file.toString().endsWith(".zst") ? new ZstdInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : new ArrayList<>(List.of(text.split("\n", -1)));
        }
    }
}
