package dev.saring.cli;

import dev.saring.cli.report.ReportPage;
import dev.saring.cli.report.Timeline;
import dev.saring.io.InputException;
import dev.saring.io.InputFile;
import dev.saring.io.InputFormat;
import dev.saring.io.OutputCompression;
import dev.saring.io.OutputWriteException;
import dev.saring.io.ReaderOptions;
import dev.saring.io.Readers;
import dev.saring.pipeline.AccountingException;
import dev.saring.pipeline.LocalRunner;
import dev.saring.pipeline.OutputFolderException;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Plan;
import dev.saring.pipeline.ReaderFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code saring run}: the main job, from crawl files to a clean corpus. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Reads crawl files (WARC, WET, JSONL, CSV, TSV, HTML, text; gzip or zstd), runs the pipeline and writes"
                + " the clean corpus, the rejects with their reasons, errors.jsonl, stats.json, config.properties and"
                + " report.html into the output folder."},
        footer = {"", "Examples:",
                "  saring run examples/crawl -o out",
                "  saring run 'crawl/*.warc.gz' -o out --threads 8 --compression gzip",
                "  saring run dump.jsonl.zst -o out --text-field content --id-field doc_id",
                "  saring run news.csv.gz -o out --text-field FullText --url-field Url",
                "  saring run crawl/ -o out --languages id,ms --config my.properties",
                "  saring run 'crawl/*.warc.gz' -o sample --limit 1000",
                "", "Exit codes: 0 done (bad input records are counted, not fatal), 1 usage or config,"
                + " 2 no input could be read, 3 stopped by --fail-fast, 4 output could not be written (disk full, read-only;"
                + " --resume continues), 5 documents went missing between reading and writing (a bug; stats.json has the account),"
                + " 130 interrupted (--resume continues)."})
public final class RunCommand extends RunOptions implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (limit != null && resume) throw new IllegalArgumentException("--limit and --resume do not go together: a limited run is short, run it again");
        ConfigText.Effective effective = ConfigText.effective(config, languages, highAccuracy);
        Pipeline pipeline = effective.pipeline();
        InputFormat format = InputFormat.parse(inputFormat);
        ReaderOptions readerOptions = ReaderOptions.DEFAULTS.withFields(textField, idField, urlField);
        var options = LocalRunner.Options.defaults(output)
                .withFormat(outputFormat())
                .withCompression(compression())
                .withResume(resume)
                .withFailFast(failFast);
        if (threads != null) {
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
            options = options.withThreads(threads);
        }

        List<InputFile> files;
        try {
            files = Readers.expand(inputs);
        } catch (NoSuchFileException e) {
            err.println("saring: no such input: " + e.getFile());
            return ExitCodes.NO_INPUT;
        }
        if (files.isEmpty()) {
            err.println("saring: no input files in " + String.join(" ", inputs));
            return ExitCodes.NO_INPUT;
        }

        Plan plan = plan(files, pipeline);
        var runner = new LocalRunner(pipeline, options);
        var interrupted = new Thread(() -> err.println("\nsaring: interrupted; run the same command with --resume to continue"));
        Runtime.getRuntime().addShutdownHook(interrupted);
        LocalRunner.Result result;
        Timeline timeline = Timeline.start(runner.progress());
        try (timeline; var display = noProgress ? ProgressDisplay.none() : ProgressDisplay.start(runner.progress(), err)) {
            ReaderFactory readers = (shard, errors) -> Readers.open(shard.file(), shard.split(), format, readerOptions, errors);
            if (limit != null) readers = new DocumentLimit(limit, plan.shards().size()).wrap(readers);
            // the report and the config are part of the run: written before _SUCCESS, so a run killed before
            // them is finished by --resume
            result = runner.run(plan, readers, (dir, stats) -> {
                timeline.stop().write(dir);
                effective.write(dir);
                ReportPage.write(dir, SaringCommand.Version.versions());
            });
        } catch (OutputFolderException e) {
            err.println("saring: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InputException e) {
            err.println("saring: stopped by --fail-fast at " + e.getMessage());
            return ExitCodes.STOPPED;
        } catch (OutputWriteException e) {
            err.println("saring: " + e.getMessage() + "; free space (or make " + output
                    + " writable) and run the same command with --resume to continue");
            return ExitCodes.OUTPUT_FAILED;
        } catch (AccountingException e) {
            err.println("saring: " + e.getMessage());
            return ExitCodes.ACCOUNTING;
        } catch (IOException e) {
            err.println("saring: " + e);
            return ExitCodes.USAGE;
        } finally {
            Runtime.getRuntime().removeShutdownHook(interrupted);
        }
        if (result.alreadyDone()) {
            out.println(output + " already holds this finished run: nothing to do.");
            return ExitCodes.OK;
        }
        Summary.print(out, result, output, files.size());
        if (result.documentsRead() == 0 && result.errors() > 0) {
            err.println("saring: no input could be read: see " + output.resolve("errors.jsonl"));
            return ExitCodes.NO_INPUT;
        }
        return ExitCodes.OK;
    }
}
