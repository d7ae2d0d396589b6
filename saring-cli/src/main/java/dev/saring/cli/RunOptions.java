package dev.saring.cli;

import dev.saring.io.InputFormat;
import dev.saring.io.OutputCompression;
import dev.saring.io.OutputFormat;
import dev.saring.io.ReaderOptions;
import dev.saring.assembly.RunConfig;
import dev.saring.io.InputFile;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Plan;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code saring run}, declared once for every runner that takes them: the command line's
 * {@link RunCommand} and the Spark runner's application jar, so that both read the same arguments and
 * the same config file. A runner extends this class and lets picocli fill it.
 *
 * <pre>{@code
 * class MyRunner extends RunOptions { ... }
 * var opts = new MyRunner();
 * new CommandLine(opts).parseArgs("crawl/", "-o", "out");
 * RunConfig cfg = opts.runConfig();
 * }</pre>
 */
public class RunOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (walked) or globs.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder (new, or an interrupted run's with --resume).")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file: steps and settings by stage name.")
    Path config;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, warc, wet, jsonl, csv, tsv, html or text (default: ${DEFAULT-VALUE}: by name, then by content;"
                    + " CSV and TSV by name only: .csv, .tsv, also .gz/.zst; they need a header row).")
    String inputFormat;

    @Option(names = "--text-field", paramLabel = "F", defaultValue = "text", description = "JSONL field or CSV/TSV column with the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "F", defaultValue = "id", description = "JSONL field or CSV/TSV column with the id (default: ${DEFAULT-VALUE}; missing: file:line).")
    String idField;

    @Option(names = "--url-field", paramLabel = "F", defaultValue = "url", description = "JSONL field or CSV/TSV column with the URL (default: ${DEFAULT-VALUE}).")
    String urlField;

    @Option(names = "--languages", paramLabel = "CODES", split = ",",
            description = "Keep only documents in these languages (ISO 639-1: id,ms,en); others are rejected as language:<code>.")
    List<String> languages;

    @Option(names = "--high-accuracy", description = "Lingua's high-accuracy models: better on short texts, slower, about 1.5 GB of heap.")
    boolean highAccuracy;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--shard-size", paramLabel = "SIZE", defaultValue = "64m",
            description = "Cut a large plain JSONL file, or a WARC/WET file of one gzip member per record, into shards of about"
                    + " this size (k, m, g suffixes; default: ${DEFAULT-VALUE}), so that one big input uses every core."
                    + " The output is the same whatever the size, but for the numbering of its parts.")
    String shardSize;

    @Option(names = "--output-format", paramLabel = "F", defaultValue = "jsonl",
            description = "Format of clean/: jsonl or parquet (rejects/ and errors.jsonl are JSONL in both; default: ${DEFAULT-VALUE}).")
    String outputFormat;

    @Option(names = "--compression", paramLabel = "C", defaultValue = "zstd",
            description = "zstd, gzip or none: of the JSONL files, and of the Parquet pages (default: ${DEFAULT-VALUE}).")
    String compression;

    @Option(names = "--resume", description = "Continue an interrupted run in the output folder.")
    boolean resume;

    @Option(names = "--fail-fast", description = "Stop at the first bad input record or failing step.")
    boolean failFast;

    @Option(names = "--limit", paramLabel = "N",
            description = "Stop after the first N documents in input order: the same prefix of the corpus whatever the thread count.")
    Long limit;

    @Option(names = "--no-progress", description = "No progress display.")
    boolean noProgress;

    /** The inputs as given: files, folders or globs. */
    public List<String> inputs() {
        return List.copyOf(inputs);
    }

    /** The config file and the language options, as the config of the run. */
    public RunConfig runConfig() throws IOException {
        return effective().config();
    }

    /** The effective config with the origin of every setting: what a run writes as {@code config.properties}. */
    public String configText() throws IOException {
        return effective().text();
    }

    /** The name of the file {@link #configText()} is written to in the output folder. */
    public static String configFileName() {
        return ConfigText.FILE;
    }

    ConfigText.Effective effective() throws IOException {
        return ConfigText.effective(config, languages, highAccuracy);
    }

    public InputFormat inputFormat() {
        return InputFormat.parse(inputFormat);
    }

    public ReaderOptions readerOptions() {
        return ReaderOptions.DEFAULTS.withFields(textField, idField, urlField);
    }

    /** The --shard-size in bytes. @throws IllegalArgumentException naming the option, for a value that is no size */
    public long shardBytes() {
        return ByteSize.parse("--shard-size", shardSize);
    }

    /**
     * The plan of a run of {@code pipeline} over {@code files} with these options (input format, shard
     * size): what every runner executes, so that the same arguments cut the input into the same shards
     * and give the same {@code part-NNNNN} whatever runs them.
     */
    public Plan plan(List<InputFile> files, Pipeline pipeline) {
        return Plan.of(files, pipeline, inputFormat(), shardBytes());
    }

    public OutputCompression compression() {
        return OutputCompression.parse(compression);
    }

    public OutputFormat outputFormat() {
        return OutputFormat.parse(outputFormat);
    }

    public boolean failFast() {
        return failFast;
    }

    public boolean resume() {
        return resume;
    }

    /** The --threads given, or null. */
    public Integer threads() {
        return threads;
    }

    /** The --limit given, or null. */
    public Long limit() {
        return limit;
    }
}
