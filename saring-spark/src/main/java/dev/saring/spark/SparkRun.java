package dev.saring.spark;

import dev.saring.cli.ExitCodes;
import dev.saring.cli.RunOptions;
import dev.saring.io.InputException;
import dev.saring.io.InputFile;
import dev.saring.io.Readers;
import dev.saring.pipeline.OutputFolderException;
import dev.saring.pipeline.Stats;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The application of {@code saring-spark.jar}: {@code saring run} on Spark, with the same arguments and
 * config file ({@link RunOptions}); the master and resources come from {@code spark-submit}.
 *
 * <pre>{@code
 * spark-submit --master 'local[4]' saring-spark/target/saring-spark.jar examples/crawl -o out
 * }</pre>
 */
@Command(name = "saring-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"saring run on Apache Spark: the options and config file of 'saring run', the same output."
                + " --threads, --limit and --no-progress are the local runner's; Spark's resources come from spark-submit."})
public final class SparkRun extends RunOptions implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new SparkRun()).execute(args);
        if (code != ExitCodes.OK) System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (limit() != null) {
            err.println("saring-spark: --limit is not supported on Spark: take a prefix of the input instead");
            return ExitCodes.USAGE;
        }
        List<InputFile> files;
        try {
            files = Readers.expand(inputs());
        } catch (NoSuchFileException e) {
            err.println("saring-spark: no such input: " + e.getFile());
            return ExitCodes.NO_INPUT;
        }
        if (files.isEmpty()) {
            err.println("saring-spark: no input files in " + String.join(" ", inputs()));
            return ExitCodes.NO_INPUT;
        }
        Path output = Path.of(spec.commandLine().getParseResult().matchedOption("-o").stringValues().get(0));
        var options = new SparkRunner.Options(output, outputFormat(), compression(), resume(), failFast());
        try {
            shardBytes();
        } catch (IllegalArgumentException e) {
            err.println("saring-spark: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        // a session that was there before (an application that calls this one) is left running
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSession.builder().appName("saring").getOrCreate();
        Stats stats;
        try {
            var jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            var runner = new SparkRunner(jsc, runConfig(), inputFormat(), readerOptions(), options);
            // the plan of saring run's options: the same shards, and part-NNNNN, as the local runner's
            stats = runner.run(plan(files, runner.pipeline()));
        } catch (OutputFolderException e) {
            err.println("saring-spark: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InputException e) {
            err.println("saring-spark: stopped by --fail-fast at " + e.getMessage());
            return ExitCodes.STOPPED;
        } finally {
            if (ownSession) spark.stop();
        }
        Files.writeString(output.resolve(RunOptions.configFileName()), configText());
        long read = stats.get(Stats.DOCUMENTS, "read");
        out.printf("%d documents read, %d kept, %d dropped; output in %s%n", read,
                stats.get(Stats.DOCUMENTS, "kept"), stats.get(Stats.DOCUMENTS, "dropped"), output);
        long errors = stats.section(Stats.ERRORS).values().stream().mapToLong(Long::longValue).sum();
        if (read == 0 && errors > 0) {
            err.println("saring-spark: no input could be read: see " + output.resolve("errors.jsonl"));
            return ExitCodes.NO_INPUT;
        }
        return ExitCodes.OK;
    }
}
